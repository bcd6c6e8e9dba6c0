"""Going from one page to another (a campaign's experiment → the Experiments page).

A page does not know the shell: it walks up to the widget that shows pages (the plan view,
which has `show_page(workspace, page)` and `workspace(key).page_widget(page)`) and asks it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_page(origin: QWidget, workspace: str, page: str) -> QWidget | None:
    """Show `page` of `workspace` and return it (built if need be); None outside a plan view."""
    widget = origin.parentWidget()
    while widget is not None:
        if hasattr(widget, "show_page") and hasattr(widget, "workspace"):
            widget.show_page(workspace, page)
            return widget.workspace(workspace).page_widget(page)
        widget = widget.parentWidget()
    return None
