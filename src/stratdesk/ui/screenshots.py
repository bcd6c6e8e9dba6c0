"""Screenshots of every page of a plan, and of the start screen (works offscreen).

`stratdesk screenshots FILE -o DIR` calls `render_pages`; the images feed the documentation
and let a person (or a reviewer) look at every page without clicking through. Qt's offscreen
platform warns about what it cannot do for a window ("This plugin does not support
propagateSizeHints()"): expected there, those few are kept off the terminal while rendering;
any other message still goes through.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stratdesk.i18n import current_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

WINDOW_SIZE = (1400, 900)
# What the offscreen platform says of every window it shows: true, expected, not a problem.
OFFSCREEN_NOTES = frozenset({"This plugin does not support propagateSizeHints()"})


@contextmanager
def offscreen_notes_dropped() -> Iterator[None]:
    """While inside, Qt messages in `OFFSCREEN_NOTES` are dropped; others pass as before."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode: Any, context: Any, message: str) -> None:
        if message in OFFSCREEN_NOTES:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(f"{message}\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def render_pages(
    path: Path,
    out_dir: Path,
    language: str | None = None,
    size: tuple[int, int] = WINDOW_SIZE,
) -> list[Path]:
    """Write `out_dir/<workspace>-<page>.png` for every page and `out_dir/start.png`, and
    `out_dir/workshop-<step>.png` for a few workshop steps at 1920×1080.

    A page may show more than one state: a method `screenshot_states()` that yields a short
    name after putting the page in each state in turn (and puts it back once exhausted) adds
    `out_dir/<workspace>-<page>-<name>.png` (e.g. `operations-campaigns-budget.png`).

    `language` is the interface language (default: the plan's own language). Raises
    `StratdeskError` when the file cannot be opened.
    """
    # Without a display, draw offscreen (a no-op when an application already exists).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with offscreen_notes_dropped():
        return _render(path, out_dir, language, size)


def _render(path: Path, out_dir: Path, language: str | None, size: tuple[int, int]) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from stratdesk.services.workspace import Workspace
    from stratdesk.ui.app import create_application, install_translations
    from stratdesk.ui.main_window import MainWindow
    from stratdesk.ui.settings import Settings

    app = create_application()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    previous_language = current_language()
    # Read-only: no lock (the plan may be open in the app meanwhile) and no backup.
    workspace = Workspace.open(Path(path), read_only=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="stratdesk-shots-") as tmp:
        # Screenshots must not touch the person's recent files or window layout.
        settings = Settings.at(Path(tmp) / "settings.ini")
        try:
            chosen = language or str(workspace.services.plans.get_plan(workspace.plan_id).language)
            install_translations(app, chosen)
            window = MainWindow(settings, language=chosen)
            window.resize(*size)
            # Drawn as a person editing sees them (the file stays read-only underneath).
            if not window.set_workspace(workspace, looks_editable=True):
                raise RuntimeError(f"cannot show {path}")
            window.read_only_label.hide()  # true, but not what the pictures are about
            window.show()
            assert window.plan_view is not None
            for key, view in window.plan_view.workspaces.items():
                for page in view.page_keys():
                    window.show_workspace(key, page)
                    written.append(_grab(window, out_dir / f"{key}-{page}.png"))
                    # A page with more to see (other views, tabs) shows each in turn.
                    states = getattr(view.page_widget(page), "screenshot_states", None)
                    for state in states() if callable(states) else ():
                        written.append(_grab(window, out_dir / f"{key}-{page}-{state}.png"))
            if window.document is not None:
                from stratdesk.ui.workshop.shots import render_workshop

                written += render_workshop(window.document, out_dir)
            window.close_file()
            written.append(_grab(window, out_dir / "start.png"))
            window.close()
            window.deleteLater()
        finally:
            workspace.close()
            install_translations(app, previous_language)
            QApplication.processEvents()
    return written


def _grab(window: QWidget, target: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # let layouts settle before painting
    if not window.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    return target
