"""The refusals that keep a plan file safe: damaged, disk full, taken over by another window.

A damaged file's refusal says whether a backup can be brought back, and how (the menu entry
and the command), so that nobody is left with a broken file and no way out.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from stratdesk.db.errors import LockLost, PlanDamaged, PlanFileError
from stratdesk.i18n import translate


def restore_hint(path: Path, backup_root: Path | None = None) -> str:
    """One sentence: the newest backup of `path` and how to restore it, or that there is none."""
    from stratdesk import userdirs
    from stratdesk.db.backups import BackupManager

    root = backup_root if backup_root is not None else userdirs.backup_dir(create=False)
    try:
        backups = BackupManager(path, root).restorable()
    except OSError:
        backups = []
    if not backups:
        return translate("PlanFile", "No automatic backup of it was found.")
    text = translate(
        "PlanFile",
        "A backup from {date} can be brought back: File › Restore from a backup…, or the "
        'command stratdesk restore "{path}".',
    )
    return text.format(date=local_time(backups[-1].created), path=Path(path).absolute())


def local_time(moment: datetime) -> str:
    """A UTC moment as the reader's local date and time, in their language."""
    from stratdesk.i18n import current_language
    from stratdesk.i18n.formatting import format_datetime

    return format_datetime(moment.astimezone(), current_language())


def damaged_error(path: Path, problem: str, backup_root: Path | None = None) -> PlanDamaged:
    text = translate(
        "PlanFile",
        "“{name}” is damaged ({problem}); stratdesk will not change it. {hint}",
    )
    problem = problem.strip().rstrip(".")
    if len(problem) > 200:
        problem = problem[:199] + "…"
    hint = restore_hint(path, backup_root)
    message = text.format(name=Path(path).name, problem=problem, hint=hint)
    return PlanDamaged(message, Path(path), problem)


def disk_full_error(path: Path) -> PlanFileError:
    text = translate(
        "PlanFile",
        "The disk holding “{name}” is full. Free some space, then try again; nothing was changed.",
    )
    return PlanFileError(text.format(name=Path(path).name), Path(path), "disk_full")


def lock_lost_error(path: Path) -> LockLost:
    text = translate(
        "PlanFile",
        "“{name}” was taken over by stratdesk on another computer or window; this window no "
        "longer changes it. Close it and open it again to see the latest version.",
    )
    return LockLost(text.format(name=Path(path).name), Path(path))
