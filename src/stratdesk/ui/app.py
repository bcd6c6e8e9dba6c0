"""The composition root: the application object, its language, its settings and its window.

Nothing here is global: `run_gui` builds the settings and the window and passes them down; the
window builds one `PlanDocument` (workspace, services, undo stack) per open file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stratdesk import APP_NAME, ORG_NAME, __version__
from stratdesk.i18n import SUPPORTED_LANGUAGES, set_language, system_language
from stratdesk.i18n.formatting import locale_for
from stratdesk.ui.crash import CrashReporter
from stratdesk.ui.gui_thread_gc import GuiThreadCollector
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.settings import Settings
from stratdesk.ui.style import apply_base_font, follow_color_scheme


def choose_language(requested: str | None, settings: Settings | None = None) -> str:
    """`--lang` if given, else the saved choice, else French for a French system, else English."""
    if requested in SUPPORTED_LANGUAGES:
        return str(requested)
    saved = settings.language() if settings is not None else None
    return saved or system_language()


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), named so QSettings finds its place."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    apply_base_font(app)
    follow_color_scheme(app)
    try:
        from stratdesk.resources import resource

        app.setWindowIcon(QIcon(str(resource("icons", "stratdesk.svg"))))
    except FileNotFoundError:
        pass  # a checkout without resources still runs
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings and stratdesk's for `language`; missing catalogues are skipped."""
    for old in app.findChildren(QTranslator, "stratdesk-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    try:
        set_language(language)  # the Qt-free side (validation messages, PDF, demo)
    except (OSError, ValueError):
        set_language("en")
    QLocale.setDefault(QLocale(locale_for(language)))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    candidates = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}")
    ]
    try:
        from stratdesk.resources import resource

        candidates.append((str(resource("translations")), f"stratdesk_{language}"))
    except FileNotFoundError:
        pass
    for folder, name in candidates:
        translator = QTranslator(app)
        translator.setObjectName("stratdesk-translator")
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def launch(
    settings: Settings,
    language: str,
    path: Path | None = None,
    *,
    demo: bool = False,
) -> MainWindow:
    """Build the main window on `path`, on the demo plan, or on the start screen; show it."""
    window = MainWindow(settings, language=language)
    if path is not None or demo:
        # Show the window first, open the file right after: the window appears at once.
        window.open_when_shown(Path(path) if path is not None else None, demo=demo)
    else:
        window.show_start()
    window.show()
    return window


class _ReportContentShown(QObject):
    """For the start-up benchmark: say when the window first paints, and when the plan's
    content has painted (then quit)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.window_painted = False
        self.poll = QTimer(self)
        self.poll.setInterval(1)
        self.poll.timeout.connect(self._check_content)
        self.poll.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.window_painted:
            self.window_painted = True
            print("window-painted", flush=True)
        return False

    def _check_content(self) -> None:
        if self.window_painted and self.window.plan_view is not None:
            self.poll.stop()
            self.window.repaint()  # paints the page now, synchronously
            print("window-shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def run_gui(path: Path | None = None, *, demo: bool = False, language: str | None = None) -> int:
    """Start the desktop application; returns its exit code."""
    app = create_application()
    # Garbage collected on this thread only: worker threads must never destroy Qt objects.
    collector = GuiThreadCollector(app)
    settings = Settings()
    chosen = choose_language(language, settings)
    install_translations(app, chosen)
    # An exception in a slot is logged and told in a sentence; the app goes on.
    with CrashReporter(parent=app).installed():
        window = launch(settings, chosen, path, demo=demo)
        if os.environ.get("STRATDESK_EXIT_AFTER_SHOW"):
            probe = _ReportContentShown(window)
            app.installEventFilter(probe)
        code = app.exec()
        del window
    collector.stop()
    return code
