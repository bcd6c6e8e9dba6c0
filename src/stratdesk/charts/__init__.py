"""pyqtgraph charts, fed by Qt-free series builders."""
