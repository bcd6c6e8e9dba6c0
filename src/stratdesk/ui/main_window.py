"""The main window: the start screen or one open plan, its menus, toolbar and status bar.

Start-up speed matters (`stratdesk --demo` must appear about as fast as an empty Qt window):
this module imports no service, database or page module; the window shows first, then opens
its file (see `open_when_shown`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from stratdesk.domain.errors import StratdeskError
from stratdesk.ui.actions import WindowActions
from stratdesk.ui.busy import busy_cursor
from stratdesk.ui.file_prompts import (
    offer_damaged_choices,
    offer_locked_choices,
    tell_writing_stopped,
)
from stratdesk.ui.files import FileChooser, ensure_demo, suggested_file_name
from stratdesk.ui.first_paint import AfterFirstPaint
from stratdesk.ui.pages import STRATEGY
from stratdesk.ui.settings import Settings
from stratdesk.ui.style import secondary_label, sized_font
from stratdesk.ui.widgets.elided_label import ElidedLabel
from stratdesk.ui.widgets.side_panel import remember_panels
from stratdesk.ui.widgets.workspace_bar import WorkspaceBar

if TYPE_CHECKING:
    from stratdesk.services.workspace import Workspace
    from stratdesk.ui.dialogs.new_plan import NewPlanDialog
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.plan_view import PlanView
    from stratdesk.ui.workshop.window import WorkshopWindow

APP_TITLE = "stratdesk"
MIN_SIZE = (900, 600)
PREFERRED_SIZE = (1440, 900)


def default_size(window: QWidget) -> QSize:
    """The preferred size, or less on a small screen (a 1366×768 laptop, a projector)."""
    width, height = PREFERRED_SIZE
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, max(room.width() - 40, MIN_SIZE[0]))
        height = min(height, max(room.height() - 60, MIN_SIZE[1]))
    return QSize(width, height)


def open_workspace(
    path: Path, *, read_only: bool = False, allow_damaged: bool = False
) -> Workspace:
    from stratdesk.services.workspace import Workspace  # not at start-up: it is heavy

    return Workspace.open(path, read_only=read_only, allow_damaged=allow_damaged)


NOTICE_MS = 10_000


class MainWindow(QMainWindow):
    """One window: the start screen when no plan is open, else the plan's two workspaces."""

    # The window's actions by name (`actions.open`, `actions.undo`…) stand in for the list
    # QWidget.actions() gives, which nothing reads: a known, deliberate shadowing.
    actions: WindowActions  # type: ignore[assignment]

    def __init__(
        self,
        settings: Settings,
        *,
        language: str = "en",
        chooser: FileChooser | None = None,
        open_workspace: Callable[..., Workspace] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.chooser = chooser or FileChooser()
        self._open_workspace = open_workspace
        self.document: PlanDocument | None = None
        self.last_backup_failure: str | None = None  # of the plan closed last, if its backup failed
        self.plan_view: PlanView | None = None
        self.start_view: Any = None  # built when first needed (not at all for --demo)
        self.export_runner: Any = None  # the last export (File › Export)
        self.workshop: WorkshopWindow | None = None  # View › Workshop mode (F5), while open
        self._focus_before_workshop: QWidget | None = None
        self._after_first_paint = AfterFirstPaint(self)
        self.undo_group = QUndoGroup(self)
        self.actions = WindowActions(self, self.undo_group)
        self.central = QStackedWidget()
        self.setCentralWidget(self.central)
        self._build_toolbar()
        self._build_status_bar()
        self.setWindowTitle(APP_TITLE)
        # Every page fits this (a 1024×768 projector, less the desktop's panels, has room).
        self.setMinimumSize(*MIN_SIZE)
        self.resize(default_size(self))
        if (geometry := settings.geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := settings.window_state()) is not None:
            self.restoreState(state)

    def _build_toolbar(self) -> None:
        switches = [self.actions.strategy, self.actions.operations]
        self.workspace_bar = WorkspaceBar(self.tr("Workspaces"), switches, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.workspace_bar)
        self.workspace_bar.hide()

    def _build_status_bar(self) -> None:
        # A long path gives way (elided in its middle, whole in the tooltip), not the window.
        self.path_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle, min_chars=12)
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setFont(sized_font(self.read_only_label, 11, bold=True))
        self.statusBar().addPermanentWidget(self.path_label)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.read_only_label.hide()

    # -- showing ---------------------------------------------------------------------------
    def show_start(self) -> None:
        if self.start_view is None:
            from stratdesk.ui.start_screen import StartView

            self.start_view = StartView(self.settings)
            self.start_view.new_plan_requested.connect(self.new_plan)
            self.start_view.open_requested.connect(self.choose_and_open)
            self.start_view.open_file_requested.connect(self.open_file)
            self.start_view.demo_requested.connect(self.open_demo)
            self.central.addWidget(self.start_view)
        self.central.setCurrentWidget(self.start_view)
        self.start_view.reload()

    def open_when_shown(self, path: Path | None = None, *, demo: bool = False) -> None:
        """Open `path` (or the demo plan) once the window is on screen, so that it appears at
        once; the start screen takes over if that fails."""
        loading = secondary_label(self.tr("Opening the plan…"), 16)
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central.addWidget(loading)
        self.central.setCurrentWidget(loading)

        def load() -> None:
            opened = False
            try:
                opened = self.open_file(path) if path is not None else demo and self.open_demo()
            finally:
                # Whatever happened, never stay on "Opening the plan…".
                self.central.removeWidget(loading)
                loading.deleteLater()
                if not opened:
                    self.show_start()

        self._after_first_paint.call(load)

    def show_workspace(self, key: str, page: str | None = None) -> None:
        if self.plan_view is not None:
            self.plan_view.show_workspace(key, page)

    def show_notice(self, message: str) -> None:
        """A refusal or a warning that needs no answer: shown in the status bar."""
        self.statusBar().showMessage(message, NOTICE_MS)

    def show_error(self, title: str, text: str) -> QMessageBox:
        """A window-modal message that keeps the app usable (no nested event loop)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.isVisible():
            box.open()
        else:  # at start-up: after the window shows, so the message sits on top of it
            QTimer.singleShot(0, box.open)
        return box

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(APP_TITLE)
            self.setWindowModified(False)
            return
        self.setWindowTitle(f"{self.document.title()}[*] — {APP_TITLE}")
        self.workspace_bar.set_plan_title(self.document.title())

    def _on_location_changed(self, workspace: str, page: str) -> None:
        self.actions.check_workspace(workspace)
        self.settings.set_last_workspace(workspace)
        self.settings.set_last_page(workspace, page)

    # -- files -----------------------------------------------------------------------------
    def open_file(
        self, path: Path, *, read_only: bool = False, allow_damaged: bool = False
    ) -> bool:
        """Open the plan at `path` in this window; on refusal, say why and keep what was open.

        `allow_damaged` (with `read_only`): the person chose to look at a damaged file.
        """
        path = Path(path)
        if self.document is not None and Path(self.document.path).resolve() == path.resolve():
            return True
        extra = {"allow_damaged": True} if allow_damaged else {}
        try:
            with busy_cursor():
                opener = self._open_workspace or open_workspace
                workspace = opener(path, read_only=read_only, **extra)
        except StratdeskError as exc:
            kind = getattr(exc, "kind", None)
            if kind == "locked" and not read_only:
                offer_locked_choices(self, path, exc)
            elif kind == "damaged" and not allow_damaged:
                offer_damaged_choices(self, path, str(exc))
            else:
                self.show_error(self.tr("The plan could not be opened"), str(exc))
            return False
        return self.set_workspace(workspace)

    def restore_backup(self, path: Path | None = None) -> QWidget | None:
        """File › Restore from a backup…: of `path`, the open plan, or a file the person picks."""
        from stratdesk.ui.dialogs.restore import open_restore

        return open_restore(self, path)

    def _on_writing_stopped(self, text: str, kind: str) -> None:
        """The open plan was taken over elsewhere or found damaged: it is read-only now."""
        self.read_only_label.show()
        tell_writing_stopped(self, text, kind)

    def set_workspace(
        self, workspace: Workspace, *, looks_editable: bool = False, new: bool = False
    ) -> bool:
        """Show an opened workspace (closing the plan that was open), on the page last shown.

        `new`: a plan just created, shown on the first Strategy page (where a plan begins),
        not on the page another plan was left on. `looks_editable`: a read-only workspace's
        pages drawn as a person editing sees them (screenshots); its undo runner still refuses
        every write.
        """
        from stratdesk.ui.document import PlanDocument
        from stratdesk.ui.plan_view import PlanView

        try:
            document = PlanDocument(workspace)
        except StratdeskError as exc:
            workspace.close()
            self.show_error(self.tr("The plan could not be opened"), str(exc))
            return False
        if looks_editable:
            document.read_only = False  # edit controls on; `document.runner` stays read-only
        self._close_document()
        self.document = document
        self.undo_group.addStack(document.stack)
        self.undo_group.setActiveStack(document.stack)
        document.runner.failed.connect(self.show_notice)
        document.runner.running_changed.connect(self.setWindowModified)
        document.backup_failed.connect(self.show_notice)
        document.notice.connect(self.show_notice)
        document.writing_stopped.connect(self._on_writing_stopped)
        document.plan_changed.connect(self._update_title)
        self.plan_view = PlanView(document)
        self.plan_view.location_changed.connect(self._on_location_changed)
        self.plan_view.page_built.connect(self._remember_panels)
        self.plan_view.set_page_list_visible(self.settings.page_list_visible())
        self.actions.page_list.setChecked(self.settings.page_list_visible())
        self.central.addWidget(self.plan_view)
        self.central.setCurrentWidget(self.plan_view)
        if new:
            self.plan_view.show_workspace(
                STRATEGY, self.plan_view.workspace(STRATEGY).page_keys()[0]
            )
        else:
            workspace_key = self.settings.last_workspace() or STRATEGY
            self.plan_view.show_workspace(workspace_key, self.settings.last_page(workspace_key))
        self.workspace_bar.show()
        self.actions.set_plan_open(True)
        self.path_label.setText(str(document.path))
        self.read_only_label.setVisible(document.read_only)
        self.settings.add_recent_file(Path(document.path))
        self._update_title()
        # The db layer backs a file up on open; if that failed, say so (the plan is fine).
        if warning := workspace.backup_warning:
            self.show_notice(
                self.tr("The automatic backup failed: {reason}").format(reason=warning)
            )
        return True

    def close_file(self) -> bool:
        """Close the open plan (if any) and go back to the start screen."""
        if not self._close_document():
            return False
        self.show_start()
        return True

    def _close_document(self) -> bool:
        if self.document is None:
            return False
        if self.workshop is not None:
            self.workshop.close()  # its pages show this plan
        self._finish_editing()
        if self.export_runner is not None:
            self.export_runner.wait()  # an export reading the plan ends before it closes
        document, view = self.document, self.plan_view
        self.document, self.plan_view = None, None
        self.undo_group.removeStack(document.stack)
        if view is not None:
            self.central.removeWidget(view)
            view.deleteLater()
        self.last_backup_failure = document.close()  # the file is released even if it failed
        document.deleteLater()
        self.workspace_bar.hide()
        self.actions.set_plan_open(False)
        self.path_label.clear()
        self.read_only_label.hide()
        self._update_title()
        return True

    def _finish_editing(self) -> None:
        """Commit the cell being edited (its editor commits when it loses the focus)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.plan_view is not None and self.plan_view.isAncestorOf(focus):
            focus.clearFocus()

    def choose_and_open(self, *, read_only: bool = False) -> None:
        path = self.chooser.open_path(self)
        if path is not None:
            self.open_file(path, read_only=read_only)

    def open_demo(self) -> bool:
        try:
            with busy_cursor():
                path = ensure_demo(self.language)
        except (StratdeskError, OSError) as exc:
            self.show_error(self.tr("The demo plan could not be built"), str(exc))
            return False
        return self.open_file(path)

    def new_plan(self) -> NewPlanDialog:
        """Ask for the new plan (non-blocking); on OK, ask where to save it and create it."""
        from stratdesk.ui.dialogs.new_plan import NewPlanDialog

        dialog = NewPlanDialog(self.language, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create_plan(dialog.client_data(), dialog.plan_data()))
        dialog.open()
        return dialog

    def create_plan(self, client: dict[str, Any], plan: dict[str, Any]) -> bool:
        path = self.chooser.save_path(self, suggested_file_name(client["name"], plan["title"]))
        if path is None:
            return False
        from stratdesk.services.workspace import Workspace

        try:
            workspace = Workspace.create(path, client, plan)
        except StratdeskError as exc:
            self.show_error(self.tr("The plan could not be created"), str(exc))
            return False
        return self.set_workspace(workspace, new=True)

    def export_calendar(self) -> Any:
        """File › Export › Calendar…: the campaigns as an .ics file, written in the background."""
        if self.document is None:
            return None
        from stratdesk.ui.exports.calendar import export_calendar

        self._finish_editing()  # what is being typed is part of the export
        self.export_runner = export_calendar(self, self.document, notify=self.show_notice)
        return self.export_runner

    def export_pdf(self) -> Any:
        """File › Export PDF…: the options, where to save, then the PDF in the background."""
        if self.document is None:
            return None
        from stratdesk.ui.exports.pdf import export_pdf

        self._finish_editing()
        self.export_runner = export_pdf(self, self.document, notify=self.show_notice)
        return self.export_runner

    def export_workbook(self) -> Any:
        """File › Export › Workbook…: the plan as an .xlsx file, written in the background."""
        if self.document is None:
            return None
        from stratdesk.ui.exports.pdf import export_workbook

        self._finish_editing()
        self.export_runner = export_workbook(self, self.document, notify=self.show_notice)
        return self.export_runner

    # -- window ----------------------------------------------------------------------------
    def set_page_list_visible(self, visible: bool) -> None:
        """View › Page list (Ctrl+B): hide it to give the page the whole width."""
        self.settings.set_page_list_visible(visible)
        self.actions.page_list.setChecked(visible)
        if self.plan_view is not None:
            self.plan_view.set_page_list_visible(visible)

    def _remember_panels(self, page: QWidget) -> None:
        """A page was built: its side panels take their remembered widths."""
        remember_panels(page, self.settings.panel_state, self.settings.set_panel_state)

    def start_workshop(self) -> WorkshopWindow | None:
        """View › Workshop mode (F5): the plan's boards full screen, on the projector if any."""
        if self.workshop is not None:
            self.workshop.activateWindow()
            self.workshop.raise_()
            return self.workshop
        from stratdesk.ui.workshop import start_workshop

        self._focus_before_workshop = QApplication.focusWidget()
        self._finish_editing()  # what is being typed is part of the plan the room sees
        self.workshop = start_workshop(self)
        if self.workshop is not None:
            self.workshop.left.connect(self._on_workshop_left)
        return self.workshop

    def _on_workshop_left(self) -> None:
        """Back from the workshop: this window, on the page it showed, the keyboard where it was."""
        self.workshop = None
        self.activateWindow()
        self.raise_()
        focus, self._focus_before_workshop = self._focus_before_workshop, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        self.actions.full_screen.setChecked(self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        if self._close_document() and self.last_backup_failure is not None:
            # The plan is closed and saved; only its backup failed. Say so before going.
            event.ignore()
            self.show_start()
            box = self.show_error(
                self.tr("The backup failed"),
                self.tr(
                    "The plan was closed and all its changes are saved, but the automatic "
                    "backup failed: {reason}"
                ).format(reason=self.last_backup_failure),
            )
            self.last_backup_failure = None
            box.finished.connect(self.close)
            return
        self.settings.sync()
        super().closeEvent(event)
