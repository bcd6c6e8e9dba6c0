"""The PySide6 interface: windows, views, item models and undo commands over the services."""
