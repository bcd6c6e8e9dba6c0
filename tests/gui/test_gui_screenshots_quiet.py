"""`stratdesk screenshots` prints the pictures it wrote, and no Qt warning about the offscreen
platform ("This plugin does not support propagateSizeHints()")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from stratdesk.ui.screenshots import offscreen_notes_dropped


def test_screenshots_print_no_qt_warnings(plan_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STRATDESK_DATA_DIR": str(tmp_path)}
    out = tmp_path / "shots"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "stratdesk",
            "--lang",
            "en",
            "screenshots",
            str(plan_path),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    written = [Path(line) for line in result.stdout.splitlines()]
    assert written and all(path.is_file() for path in written)


def test_only_the_known_offscreen_notes_are_dropped() -> None:
    heard: list[str] = []

    def outer(_mode: QtMsgType, _context: object, message: str) -> None:
        heard.append(message)

    previous = qInstallMessageHandler(outer)
    try:
        with offscreen_notes_dropped():
            from PySide6.QtCore import qWarning

            qWarning("This plugin does not support propagateSizeHints()")
            qWarning("Something else went wrong")
        qWarning("This plugin does not support propagateSizeHints()")  # outside: heard again
    finally:
        qInstallMessageHandler(previous)
    assert heard == [
        "Something else went wrong",
        "This plugin does not support propagateSizeHints()",
    ]
