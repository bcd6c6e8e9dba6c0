"""Checks the command line makes before it starts work: a plan file's name, and a display.

- `plan_file(path)`: `stratdesk demo` and `stratdesk new` write a plan *file*. A folder
  (`./`, an existing directory) is refused in a sentence; a name without the `.stratdesk`
  suffix gets it (`notes.txt` → `notes.txt.stratdesk`), and the command says so.
- `missing_display()`: on Linux, a window needs an X11 or Wayland display. Without
  `DISPLAY`, `WAYLAND_DISPLAY` or an explicit `QT_QPA_PLATFORM`, Qt would abort with its
  "Reinstalling the application may fix this problem" (exit 134); stratdesk says in one
  sentence what is missing, and how to get pictures of a plan without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import translate

SUFFIX = ".stratdesk"
NO_DISPLAY_EXIT = 2


def plan_file(path: Path) -> tuple[Path, bool]:
    """The plan file to write for `path`, and whether `.stratdesk` was added to its name."""
    text = str(path)
    if path.is_dir() or text.endswith(("/", os.sep)) or path.name in ("", ".", ".."):
        example = (path / "plan").with_suffix(SUFFIX) if path.name else Path("plan" + SUFFIX)
        raise StratdeskError(
            translate(
                "Cli", "“{path}” is a folder: give the plan a file name, such as {example}."
            ).format(path=text, example=example)
        )
    if path.suffix.lower() == SUFFIX:
        return path, False
    return path.with_name(path.name + SUFFIX), True


def suffix_note() -> str:
    """What `demo` and `new` say when they added the suffix."""
    return translate("Cli", "(“{suffix}” added: plan files end with it)").format(suffix=SUFFIX)


def missing_display(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why a window cannot open here (one sentence), or None when a display is there."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None  # Windows and macOS always have their own display
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return translate(
        "Cli",
        "the window needs a display and none was found (DISPLAY and WAYLAND_DISPLAY are not "
        "set): to get every page of a plan as PNG pictures without one, run "
        "“stratdesk screenshots FILE -o FOLDER”.",
    )
