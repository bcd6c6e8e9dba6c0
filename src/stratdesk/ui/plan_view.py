"""The open plan: the Strategy and Operations workspaces, one shown at a time."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from stratdesk.ui.pages import WorkspaceSpec, workspaces
from stratdesk.ui.workspace_view import WorkspaceView

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


class PlanView(QWidget):
    """Both workspaces of one document; remembers the current page of each."""

    location_changed = Signal(str, str)  # workspace key, page key
    page_built = Signal(QWidget)  # a page of either workspace was built

    def __init__(
        self,
        document: PlanDocument,
        specs: tuple[WorkspaceSpec, ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.stack = QStackedWidget()
        self.workspaces: dict[str, WorkspaceView] = {}
        for spec in specs if specs is not None else workspaces():
            view = WorkspaceView(spec, document)
            view.setObjectName(f"workspace_{spec.key}")
            view.current_page_changed.connect(partial(self._on_page_changed, spec.key))
            view.page_built.connect(self.page_built)
            self.workspaces[spec.key] = view
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        document.show_requested.connect(self.show_item)

    def current_workspace(self) -> str:
        view = self.stack.currentWidget()
        assert isinstance(view, WorkspaceView)
        return view.spec.key

    def current_page(self) -> str:
        return self.workspaces[self.current_workspace()].current_page()

    def workspace(self, key: str) -> WorkspaceView:
        return self.workspaces[key]

    def show_workspace(self, key: str, page: str | None = None) -> None:
        """Show workspace `key` on `page` (else on the page it was last on, else the first)."""
        view = self.workspaces.get(key)
        if view is None:
            return
        self.stack.setCurrentWidget(view)
        shown = page is not None and view.show_page(page)
        if not shown and view.page_list.currentRow() < 0:
            view.show_page(view.page_keys()[0])
        self.location_changed.emit(key, view.current_page())

    def set_page_list_visible(self, visible: bool) -> None:
        """Show or hide the page list of both workspaces (the page takes the width)."""
        for view in self.workspaces.values():
            view.set_page_list_visible(visible)

    def show_page(self, workspace: str, page: str) -> None:
        self.show_workspace(workspace, page)

    def show_item(self, workspace: str, page: str, item_id: object = None) -> None:
        """Follow a link from another page: show `page`, and select `item_id` there when the
        page can (`select_id`)."""
        self.show_workspace(workspace, page)
        view = self.workspaces.get(workspace)
        if view is None or item_id is None or page not in view.page_keys():
            return
        widget = view.page_widget(page)
        select = getattr(widget, "select_id", None)
        if callable(select):
            select(item_id)

    def _on_page_changed(self, workspace: str, page: str) -> None:
        if self.workspaces[workspace] is self.stack.currentWidget():
            self.location_changed.emit(workspace, page)
