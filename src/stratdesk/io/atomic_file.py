"""Writing an export safely: into the target folder under a temporary name, then renamed.

A reader (a calendar app, a PDF viewer) never sees half a file, and a failure leaves nothing
behind: the temporary file is removed and the target, if it existed, is untouched. Every
exporter (ICS, PDF, XLSX) goes through `write_atomically`.

    check_target(path)                        # refuses a missing or read-only folder early
    write_atomically(path, lambda out: out.write(data), progress)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import translate


class ExportRefused(StratdeskError):
    """The export could not be written; nothing was left in the target folder."""


def check_target(path: Path) -> None:
    """Refuse, in words, a target whose folder is missing or not writable, or a folder."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportRefused(
            translate(
                "Export", "The folder “{folder}” does not exist: choose another place."
            ).format(folder=folder)
        )
    if path.is_dir():
        raise ExportRefused(
            translate("Export", "“{path}” is a folder: give a file name.").format(path=path)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _read_only(folder)


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Call `write(stream)` on a temporary file beside `path`, then rename it to `path`.

    Any exception from `write` (a cancel included) removes the temporary file and goes on;
    an OSError becomes an `ExportRefused` saying why in words.
    """
    path = Path(path)
    check_target(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except PermissionError:
        raise _read_only(path.parent) from None
    except OSError as exc:
        raise _failed(path, exc) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, PermissionError):
            raise _read_only(path.parent) from None
        if isinstance(exc, OSError):
            raise _failed(path, exc) from None
        raise
    return path


def _read_only(folder: Path) -> ExportRefused:
    return ExportRefused(
        translate(
            "Export", "The folder “{folder}” cannot be written to: choose another place."
        ).format(folder=folder)
    )


def _failed(path: Path, error: OSError) -> ExportRefused:
    return ExportRefused(
        translate("Export", "“{name}” could not be written: {reason}").format(
            name=path.name, reason=error.strerror or error
        )
    )
