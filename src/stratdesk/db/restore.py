"""Bring a backup back: choose one, say what it holds, and put it in place of the plan.

The file being replaced is never deleted: it is renamed beside the plan with the date and time
(“plan (replaced 2025-03-01 12.00.05).stratdesk”), with any journal SQLite left beside it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from stratdesk.db.backups import BackupInfo, BackupManager
from stratdesk.db.copying import replace_with_copy, verify_copy
from stratdesk.db.engine import connect
from stratdesk.db.errors import BackupError, PlanFileError, is_disk_full
from stratdesk.db.identify import FileKind, identify, refusal_message
from stratdesk.db.lock import PlanLock
from stratdesk.i18n import translate

# What a backup's one-line summary counts, by table.
SUMMARY_TABLES = ("swot_item", "objective", "mix_action", "campaign", "kpi", "kpi_measurement")
_SIDE_FILES = ("-journal", "-wal", "-shm")
# Files that may be moved aside: a plan, even a damaged one. Anything else is refused.
_REPLACEABLE = frozenset(
    {
        FileKind.CURRENT,
        FileKind.NEEDS_MIGRATION,
        FileKind.NEWER,
        FileKind.DAMAGED,
        FileKind.NEEDS_RECOVERY,
        FileKind.EMPTY,
    }
)


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds: its plan's title and row counts (None if it cannot be read)."""

    title: str | None
    counts: dict[str, int]


@dataclass(frozen=True)
class RestoreResult:
    plan_path: Path
    backup: Path
    kept_aside: Path | None  # the replaced file, renamed beside the plan (None: there was none)
    created: datetime | None = None  # when the backup was taken (UTC), when known


def summarize(path: Path) -> BackupSummary:
    """The title and item counts of the plan in `path` (read-only; never raises)."""
    try:
        connection = connect(Path(path), read_only=True)
    except sqlite3.Error:
        return BackupSummary(None, {})
    try:
        listed = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = {row[0] for row in listed}
        counts = {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in SUMMARY_TABLES
            if table in tables
        }
        row = connection.execute("SELECT title FROM plan ORDER BY id LIMIT 1").fetchone()
        return BackupSummary(str(row[0]) if row else None, counts)
    except sqlite3.Error:
        return BackupSummary(None, {})
    finally:
        connection.close()


def newest_sound(manager: BackupManager) -> BackupInfo | None:
    """The newest backup of the plan that passes verification, None if there is none."""
    for info in reversed(manager.restorable()):
        if verify_copy(info.path) is None:
            return info
    return None


def find_backup(manager: BackupManager, backup_id: str) -> BackupInfo:
    """The backup whose id is `backup_id` (or starts with it, if only one does)."""
    infos = manager.restorable()
    exact = [info for info in infos if info.id == backup_id]
    found = exact or [info for info in infos if info.id.startswith(backup_id)]
    if len(found) != 1:
        text = (
            translate("PlanFile", "No backup of “{name}” is called “{id}”.")
            if not found
            else translate("PlanFile", "Several backups of “{name}” start with “{id}”.")
        )
        raise BackupError(text.format(name=manager.plan_path.name, id=backup_id))
    return found[0]


def restore_backup(
    manager: BackupManager, backup: BackupInfo | Path, dest: Path | None = None
) -> RestoreResult:
    """Put a copy of `backup` at `dest` (default: the plan's path), atomically.

    The file at `dest` is locked meanwhile (an open window makes this `PlanLocked`) and is
    renamed beside it rather than replaced; on failure it goes back. At the plan's own path
    any file is moved aside (even one too damaged to be recognised); elsewhere, only a plan.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    dest = Path(dest) if dest is not None else manager.plan_path
    problem = verify_copy(source)
    if problem is not None:
        text = translate("PlanFile", "The backup “{name}” is damaged: {problem}")
        raise BackupError(text.format(name=source.name, problem=problem))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with PlanLock.acquire(dest):
            own = os.path.abspath(dest) == os.path.abspath(manager.plan_path)
            aside = _move_aside(dest, own)
            try:
                replace_with_copy(source, dest)
            except BaseException:
                if aside is not None:
                    _rename_with_side_files(aside, dest)
                raise
    except (OSError, sqlite3.Error) as error:
        raise _cannot_restore(dest, error) from error
    created = backup.created if isinstance(backup, BackupInfo) else None
    return RestoreResult(dest, source, aside, created)


def _move_aside(dest: Path, own: bool) -> Path | None:
    identity = identify(dest)
    if identity.kind is FileKind.MISSING:
        return None
    if identity.kind is FileKind.UNREADABLE or (not own and identity.kind not in _REPLACEABLE):
        raise PlanFileError(refusal_message(identity) or str(dest), dest, identity.kind)
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H.%M.%S")
    label = translate("PlanFile", "replaced")
    aside = dest.with_name(f"{dest.stem} ({label} {stamp}){dest.suffix}")
    counter = 2
    while aside.exists():
        aside = dest.with_name(f"{dest.stem} ({label} {stamp} {counter}){dest.suffix}")
        counter += 1
    _rename_with_side_files(dest, aside)
    return aside


def _rename_with_side_files(source: Path, target: Path) -> None:
    """Rename a plan and the journal beside it: a journal left behind would be played back
    into whatever file takes the name next."""
    os.rename(source, target)
    for side in _SIDE_FILES:
        old = source.with_name(source.name + side)
        if old.exists():
            os.rename(old, target.with_name(target.name + side))


def _cannot_restore(dest: Path, error: BaseException) -> PlanFileError:
    if is_disk_full(error):
        text = translate(
            "PlanFile", "The disk is full: “{name}” could not be restored. Nothing was changed."
        )
        return PlanFileError(text.format(name=dest.name), dest)
    text = translate("PlanFile", "“{name}” could not be restored: {reason}")
    reason = getattr(error, "strerror", None) or str(error)
    return PlanFileError(text.format(name=dest.name, reason=reason), dest)
