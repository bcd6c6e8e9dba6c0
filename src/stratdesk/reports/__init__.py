"""Qt-free PDF reports drawn from read models (reportlab, imported only when printing)."""
