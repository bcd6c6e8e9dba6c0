"""Automatic, verified backups of a plan file, kept in the user data folder.

Each plan gets its own folder under `userdirs.backup_dir()` (never next to the plan), named
after the plan's identity (see `backup_folders`). A copy is taken with SQLite's backup API
into a temporary name, checked (`quick_check`, our application id) and only then given its
final name; a small JSON index remembers the content hash of the plan each copy came from, so
an unchanged plan is not copied twice. At most one automatic backup is taken per
`MIN_INTERVAL`, and `thin` keeps the folder within the policy's ages and total size.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from stratdesk import FILE_SUFFIX, userdirs
from stratdesk.db.backup_folders import (
    INDEX_NAME,
    folder_name,
    folders_for_path,
    read_plan_uuid,
    resolve_folder,
)
from stratdesk.db.copying import file_sha256, snapshot_copy, verify_copy
from stratdesk.db.errors import BackupError
from stratdesk.db.thinning import ThinningPolicy, to_remove
from stratdesk.i18n import translate

__all__ = ["INDEX_NAME", "MIN_INTERVAL", "BackupInfo", "BackupManager", "folder_name"]

_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME_RE = re.compile(r"^(\d{8}T\d{12}Z)(?:-\d+)?" + re.escape(FILE_SUFFIX) + "$")
# At most one automatic backup per quarter of an hour, however often the plan is reopened.
MIN_INTERVAL = timedelta(minutes=15)
# Temporary copies (and SQLite's side files) older than this were left by a crash.
_STRAY_AGE_SECONDS = 10 * 60
_UNSET = object()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    size: int
    source_sha256: str | None  # hash of the plan file it was copied from, when recorded

    @property
    def id(self) -> str:
        """What `stratdesk restore --backup ID` takes: the file name without its suffix."""
        return self.path.name.removesuffix(FILE_SUFFIX)


class BackupManager:
    """The backups of one plan file."""

    def __init__(
        self, plan_path: Path, root: Path | None = None, *, plan_uuid: object = _UNSET
    ) -> None:
        self.plan_path = Path(plan_path).absolute()
        self.root = Path(root) if root is not None else userdirs.backup_dir()
        uuid = read_plan_uuid(self.plan_path) if plan_uuid is _UNSET else plan_uuid
        self.plan_uuid: str | None = uuid if isinstance(uuid, str) else None
        self.folder = resolve_folder(self.root, self.plan_path, self.plan_uuid)

    # -- reading -------------------------------------------------------------------------
    def _index(self, folder: Path | None = None) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(((folder or self.folder) / INDEX_NAME).read_text(encoding="utf-8"))
            return dict(data.get("backups", {}))
        except (OSError, ValueError, AttributeError, TypeError):
            return {}  # a lost index only costs one extra copy

    def _write_index(self, entries: dict[str, dict[str, str]]) -> None:
        data = {"plan": str(self.plan_path), "plan_uuid": self.plan_uuid, "backups": entries}
        temp = self.folder / f".{INDEX_NAME}.tmp"
        temp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, self.folder / INDEX_NAME)

    def backups(self) -> list[BackupInfo]:
        """The backups in this plan's folder, oldest first."""
        return _backups_in(self.folder, self._index())

    def restorable(self) -> list[BackupInfo]:
        """Every backup of this plan, oldest first: its folder, and the folders that recorded
        its path (found even when the file is too damaged to read its identity)."""
        found = {info.path: info for info in self.backups()}
        for folder in folders_for_path(self.root, self.plan_path):
            for info in _backups_in(folder, self._index(folder)):
                found.setdefault(info.path, info)
        return sorted(found.values(), key=lambda info: (info.created, info.path.name))

    def latest(self) -> BackupInfo | None:
        infos = self.backups()
        return infos[-1] if infos else None

    # -- writing -------------------------------------------------------------------------
    def backup_if_changed(self, now: datetime | None = None) -> Path | None:
        """A new verified backup; None when the plan has not changed since the last one, or
        when the last one is less than `MIN_INTERVAL` old.

        Older backups are thinned after each new one, so callers need nothing else.
        """
        now = now or datetime.now(UTC)
        latest = self.latest()
        if latest is not None and timedelta(0) <= now - latest.created < MIN_INTERVAL:
            return None
        path, fresh = self._backup(now)
        if not fresh:
            return None
        self.thin(now)
        return path

    def ensure_backup(self, now: datetime | None = None) -> Path:
        """A backup of the plan as it is now: the latest one if unchanged, else a new one
        (whatever its age: taken before a migration or a restore)."""
        return self._backup(now)[0]

    def _backup(self, now: datetime | None) -> tuple[Path, bool]:
        """(backup path, whether it is new)."""
        now = now or datetime.now(UTC)
        latest = self.latest()
        recorded = latest.source_sha256 if latest is not None else None
        # Hashing is far cheaper than a copy and its verification.
        if latest is not None and recorded is not None and file_sha256(self.plan_path) == recorded:
            return latest.path, False
        self.folder.mkdir(parents=True, exist_ok=True)
        remove_strays(self.folder)
        final = self._free_name(now)
        temp = self.folder / f".{final.name}.tmp"
        try:
            source_hash = snapshot_copy(self.plan_path, temp)
            problem = verify_copy(temp)
        except sqlite3.Error as error:
            _discard(temp)
            text = translate("PlanFile", "“{name}” could not be backed up: {reason}")
            raise BackupError(text.format(name=self.plan_path.name, reason=error)) from error
        except BaseException:
            _discard(temp)
            raise
        if problem is not None:
            _discard(temp)
            text = translate(
                "PlanFile",
                "The backup copy of “{name}” failed its check and was discarded: {problem}",
            )
            raise BackupError(text.format(name=self.plan_path.name, problem=problem))
        if latest is not None and recorded == source_hash:  # changed back meanwhile
            _discard(temp)
            return latest.path, False
        os.replace(temp, final)
        index = self._index()
        index[final.name] = {"source_sha256": source_hash, "created": now.isoformat()}
        self._write_index({k: v for k, v in index.items() if (self.folder / k).exists()})
        return final, True

    def _free_name(self, now: datetime) -> Path:
        stamp = now.astimezone(UTC).strftime(_STAMP)
        candidate = self.folder / f"{stamp}{FILE_SUFFIX}"
        counter = 1
        while candidate.exists():
            candidate = self.folder / f"{stamp}-{counter}{FILE_SUFFIX}"
            counter += 1
        return candidate

    def thin(self, now: datetime | None = None, policy: ThinningPolicy | None = None) -> list[Path]:
        """Delete the backups the policy no longer keeps (by age, then by total size)."""
        now = now or datetime.now(UTC)
        infos = self.backups()
        removed = to_remove([i.created for i in infos], now, policy, sizes=[i.size for i in infos])
        doomed = [infos[i].path for i in sorted(removed)]
        for path in doomed:
            path.unlink(missing_ok=True)
        if doomed:
            index = self._index()
            self._write_index({k: v for k, v in index.items() if (self.folder / k).exists()})
        if self.folder.is_dir():
            remove_strays(self.folder)
        return doomed

    def restore_to(self, backup: BackupInfo | Path, dest: Path) -> Path:
        """Copy a backup to `dest`; see `db.restore.restore_backup`. Returns `dest`."""
        from stratdesk.db.restore import restore_backup

        return restore_backup(self, backup, dest).plan_path


def _backups_in(folder: Path, index: dict[str, dict[str, str]]) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME_RE.match(path.name)
        if not match or not path.is_file():
            continue
        created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        source = index.get(path.name, {}).get("source_sha256")
        found.append(BackupInfo(path, created, path.stat().st_size, source))
    return sorted(found, key=lambda info: (info.created, info.path.name))


def _discard(temp: Path) -> None:
    for path in (temp, *(temp.with_name(temp.name + side) for side in _SIDE_FILES)):
        path.unlink(missing_ok=True)


_SIDE_FILES = ("-journal", "-wal", "-shm")


def remove_strays(folder: Path, max_age: float = _STRAY_AGE_SECONDS) -> list[Path]:
    """Delete temporary copies and SQLite side files a crash left in a backup folder."""
    removed = []
    now = time.time()
    for path in folder.iterdir():
        name = path.name
        stray = name.startswith(".") and (
            name.endswith(".tmp") or any(name.endswith(".tmp" + side) for side in _SIDE_FILES)
        )
        # SQLite's side files of a backup (a copy once opened in WAL mode) are strays too.
        side_of_backup = any(name.endswith(FILE_SUFFIX + side) for side in _SIDE_FILES)
        if not (stray or side_of_backup) or not path.is_file():
            continue
        try:
            if now - path.stat().st_mtime >= max_age:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed
