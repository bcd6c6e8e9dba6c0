"""The backups of a plan file as the interface and the command line show them, and restoring one.

`list_backups` gives each backup's id, time, size and what it holds; `restore` brings one back
in place of the (closed) plan file, which is kept aside beside it, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from stratdesk.db.backups import BackupInfo, BackupManager
from stratdesk.db.damage import local_time
from stratdesk.db.errors import BackupError
from stratdesk.db.restore import (
    RestoreResult,
    find_backup,
    newest_sound,
    restore_backup,
    summarize,
)
from stratdesk.i18n import translate

__all__ = [
    "BackupEntry",
    "RestoreResult",
    "format_size",
    "list_backups",
    "local_time",
    "restore",
]


def _labels() -> dict[str, str]:
    return {
        "swot_item": translate("Backup", "SWOT items: {n}"),
        "objective": translate("Backup", "objectives: {n}"),
        "mix_action": translate("Backup", "actions: {n}"),
        "campaign": translate("Backup", "campaigns: {n}"),
        "kpi": translate("Backup", "KPIs: {n}"),
        "kpi_measurement": translate("Backup", "measurements: {n}"),
    }


@dataclass(frozen=True)
class BackupEntry:
    """One backup: `id` for `restore`, when (UTC), its size and what it holds."""

    id: str
    created: datetime
    size: int
    title: str | None
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """One line: the plan's title and its counts of items."""
        if self.title is None:
            return translate("Backup", "(cannot be read)")
        labels = _labels()
        parts = [labels[k].format(n=n) for k, n in self.counts.items() if k in labels]
        return " · ".join([self.title, *parts])

    def when(self) -> str:
        """The local date and time, in the reader's language."""
        return local_time(self.created)

    def size_text(self) -> str:
        """The size in kB or MB, in the reader's language."""
        return format_size(self.size)


def format_size(size: int) -> str:
    """`1.4 MB`, `286 kB` (1 kB = 1,000 bytes, as file managers count)."""
    from stratdesk.i18n import current_language
    from stratdesk.i18n.formatting import format_number

    language = current_language()
    if size >= 1_000_000:
        return translate("Backup", "{size} MB").format(
            size=format_number(size / 1_000_000, language, 1)
        )
    return translate("Backup", "{size} kB").format(
        size=format_number(max(size / 1000, 1), language)
    )


def _entry(info: BackupInfo) -> BackupEntry:
    summary = summarize(info.path)
    return BackupEntry(info.id, info.created, info.size, summary.title, summary.counts)


def list_backups(plan_path: Path, backup_root: Path | None = None) -> list[BackupEntry]:
    """Every backup of the plan at `plan_path` (which may be damaged or gone), newest first."""
    manager = BackupManager(Path(plan_path), backup_root)
    return [_entry(info) for info in reversed(manager.restorable())]


def restore(
    plan_path: Path, backup_id: str | None = None, backup_root: Path | None = None
) -> RestoreResult:
    """Put a backup in place of the plan file (closed: an open one is `PlanLocked`).

    Without `backup_id`, the newest backup that passes verification. The file replaced is
    renamed beside the plan (`RestoreResult.kept_aside`).
    """
    manager = BackupManager(Path(plan_path), backup_root)
    if backup_id is None:
        info = newest_sound(manager)
        if info is None:
            text = translate("PlanFile", "There is no sound backup of “{name}” to restore.")
            raise BackupError(text.format(name=Path(plan_path).name))
    else:
        info = find_backup(manager, backup_id)
    return restore_backup(manager, info, Path(plan_path))
