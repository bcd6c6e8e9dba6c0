"""A pytest plugin: a GUI test fails on any traceback or Qt warning it causes, whenever it happens.

pytest-qt already fails a test on an exception raised in a slot (it swaps `sys.excepthook`)
and on a Qt warning logged during its set-up and call. Three holes stay open, closed here:

- an exception handled by any other `sys.excepthook` (one the application installs, or the
  default one after pytest-qt let go of it): an audit hook sees every exception that reaches
  `sys.excepthook`, whichever hook is installed, and cannot be swapped out;
- a Qt warning during teardown (closing windows and documents) or between tests: a Qt message
  handler installed for the whole session records what pytest-qt's own handler does not see;
- a traceback printed on stderr by other means (`traceback.print_exc()`, a logging handler):
  the phase's captured stderr is read.

Each is reported as a failure of the phase (set-up, call or teardown) in which it happened.
A test that expects one of these says so: `capfd.readouterr()` consumes what it printed, the
`qt_log_ignore` / `no_qt_log` marks of pytest-qt cover Qt messages, and pytest-qt's
`qt_no_exception_capture` mark lets exceptions through. The GUI conftest registers this
plugin; `test_gui_strict_qt.py` proves each hole is closed.
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Generator
from typing import Any

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from pytestqt.exceptions import _except_hook as _pytest_qt_hook

TRACEBACK = "Traceback (most recent call last)"
QUIET = (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)

# What went wrong since the last phase was reported: (kind, text).
_noticed: list[tuple[str, str]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Python raises this audit event before it calls `sys.excepthook`, whichever it is."""
    if event != "sys.excepthook":
        return
    hook, kind, value, tb = args
    if getattr(hook, "func", None) is _pytest_qt_hook:
        return  # pytest-qt records it and fails the test itself
    text = "".join(traceback.format_exception(kind, value, tb))
    _noticed.append(("exception", text))


def _on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt messages while pytest-qt's handler is not installed (teardown, between tests)."""
    if kind in QUIET:
        return
    _noticed.append(("qt", message))
    sys.stderr.write(f"{kind.name}: {message}\n")


sys.addaudithook(_audit)
qInstallMessageHandler(_on_qt_message)


def _ignored_qt_patterns(item: pytest.Item) -> list[str] | None:
    """pytest-qt's `qt_log_ignore` setting and mark; None when the test ignores Qt messages."""
    if item.get_closest_marker("no_qt_log") is not None:
        return None
    patterns = list(item.config.getini("qt_log_ignore"))
    mark = item.get_closest_marker("qt_log_ignore")
    if mark is not None:
        patterns = [*patterns, *mark.args] if mark.kwargs.get("extend", True) else [*mark.args]
    return patterns


def problems_of(item: pytest.Item, when: str, report: pytest.TestReport) -> list[str]:
    """What the phase `when` left behind, in words; empties the record."""
    noticed = list(_noticed)
    _noticed.clear()
    found: list[str] = []
    lets_exceptions_through = item.get_closest_marker("qt_no_exception_capture") is not None
    patterns = _ignored_qt_patterns(item)
    for kind, text in noticed:
        if kind == "exception" and not lets_exceptions_through:
            found.append(f"An exception reached sys.excepthook:\n{text}")
        elif (
            kind == "qt"
            and patterns is not None
            and not any(re.search(pattern, text) for pattern in patterns)
        ):
            found.append(f"Qt warning: {text}")
    for title, content in report.sections:
        if title == f"Captured stderr {when}" and TRACEBACK in content:
            found.append(f"A traceback was printed on stderr:\n{content}")
    return found


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    found = problems_of(item, call.when, report)
    if found and report.outcome == "passed":
        report.outcome = "failed"
        report.longrepr = f"{call.when.upper()}: " + "\n\n".join(found)
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Whatever happened after the last test (closing the last windows) fails the run too."""
    patterns = session.config.getini("qt_log_ignore")
    texts = [
        text
        for kind, text in _noticed
        if kind == "exception" or not any(re.search(pattern, text) for pattern in patterns)
    ]
    _noticed.clear()
    if texts:
        sys.stderr.write("After the last test:\n" + "\n".join(texts) + "\n")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
