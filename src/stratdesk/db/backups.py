"""Automatic, verified backups of a plan file, kept in the user data folder.

Each plan gets its own folder under `userdirs.backup_dir()` (never next to the plan). A copy
is taken with SQLite's backup API into a temporary name, checked (`quick_check`, our
application id) and only then given its final name; a small JSON index remembers the
content hash of the plan each copy came from, so an unchanged plan is not copied twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from stratdesk import FILE_SUFFIX, userdirs
from stratdesk.db.copying import file_sha256, replace_with_copy, snapshot_copy, verify_copy
from stratdesk.db.errors import BackupError, PlanFileError
from stratdesk.db.identify import FileKind, identify, refusal_message
from stratdesk.db.lock import PlanLock
from stratdesk.db.thinning import ThinningPolicy, to_remove
from stratdesk.i18n import translate

INDEX_NAME = "index.json"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME_RE = re.compile(r"^(\d{8}T\d{12}Z)(?:-\d+)?" + re.escape(FILE_SUFFIX) + "$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    size: int
    source_sha256: str | None  # hash of the plan file it was copied from, when recorded


def folder_name(plan_path: Path) -> str:
    """The plan's stem (shortened) plus a short hash of its absolute path: one folder per plan."""
    absolute = os.path.normcase(os.path.abspath(plan_path))
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = re.sub(r"[\x00-\x1f<>:\"/\\|?*]", "_", Path(plan_path).stem)[:40].strip(" .")
    return f"{stem or 'plan'}-{digest}"


class BackupManager:
    """The backups of one plan file."""

    def __init__(self, plan_path: Path, root: Path | None = None) -> None:
        self.plan_path = Path(plan_path).absolute()
        self.root = Path(root) if root is not None else userdirs.backup_dir()
        self.folder = self.root / folder_name(self.plan_path)

    # -- reading -------------------------------------------------------------------------
    def _index(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads((self.folder / INDEX_NAME).read_text(encoding="utf-8"))
            return dict(data.get("backups", {}))
        except (OSError, ValueError, AttributeError):
            return {}  # a lost index only costs one extra copy

    def _write_index(self, entries: dict[str, dict[str, str]]) -> None:
        data = {"plan": str(self.plan_path), "backups": entries}
        temp = self.folder / f".{INDEX_NAME}.tmp"
        temp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, self.folder / INDEX_NAME)

    def backups(self) -> list[BackupInfo]:
        """The backups on disk, oldest first."""
        if not self.folder.is_dir():
            return []
        index = self._index()
        found = []
        for path in self.folder.iterdir():
            match = _NAME_RE.match(path.name)
            if not match or not path.is_file():
                continue
            created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            source = index.get(path.name, {}).get("source_sha256")
            found.append(BackupInfo(path, created, path.stat().st_size, source))
        return sorted(found, key=lambda info: (info.created, info.path.name))

    def latest(self) -> BackupInfo | None:
        infos = self.backups()
        return infos[-1] if infos else None

    # -- writing -------------------------------------------------------------------------
    def backup_if_changed(self, now: datetime | None = None) -> Path | None:
        """A new verified backup, or None when the plan has not changed since the last one.

        Older backups are thinned after each new one, so callers need nothing else.
        """
        now = now or datetime.now(UTC)
        path, fresh = self._backup(now)
        if not fresh:
            return None
        self.thin(now)
        return path

    def ensure_backup(self, now: datetime | None = None) -> Path:
        """A backup of the plan as it is now: the latest one if unchanged, else a new one."""
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
        final = self._free_name(now)
        temp = self.folder / f".{final.name}.tmp"
        try:
            source_hash = snapshot_copy(self.plan_path, temp)
            problem = verify_copy(temp)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        if problem is not None:
            temp.unlink(missing_ok=True)
            text = translate(
                "PlanFile",
                "The backup copy of “{name}” failed its check and was discarded: {problem}",
            )
            raise BackupError(text.format(name=self.plan_path.name, problem=problem))
        if latest is not None and recorded == source_hash:  # changed back meanwhile
            temp.unlink(missing_ok=True)
            return latest.path, False
        os.replace(temp, final)
        index = self._index()
        index[final.name] = {"source_sha256": source_hash, "created": now.isoformat()}
        self._write_index({k: v for k, v in index.items() if (self.folder / k).exists()})
        return final, True

    def _keep_replaced(self, dest: Path) -> None:
        """Keep what a restore is about to overwrite; refuse to overwrite a foreign file."""
        identity = identify(dest)
        if identity.kind in (FileKind.CURRENT, FileKind.NEEDS_MIGRATION, FileKind.NEWER):
            BackupManager(dest, self.root).ensure_backup()
        elif identity.kind in (FileKind.DAMAGED, FileKind.NEEDS_RECOVERY, FileKind.EMPTY):
            # Not copyable through SQLite: keep the raw bytes, outside the rotation.
            keep = BackupManager(dest, self.root)
            keep.folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime(_STAMP)
            shutil.copy2(dest, keep.folder / f"replaced-{stamp}{FILE_SUFFIX}")
        elif identity.kind != FileKind.MISSING:
            raise PlanFileError(refusal_message(identity) or str(dest), dest, identity.kind)

    def _free_name(self, now: datetime) -> Path:
        stamp = now.astimezone(UTC).strftime(_STAMP)
        candidate = self.folder / f"{stamp}{FILE_SUFFIX}"
        counter = 1
        while candidate.exists():
            candidate = self.folder / f"{stamp}-{counter}{FILE_SUFFIX}"
            counter += 1
        return candidate

    def thin(self, now: datetime | None = None, policy: ThinningPolicy | None = None) -> list[Path]:
        """Delete the backups the policy no longer keeps; returns what was deleted."""
        now = now or datetime.now(UTC)
        infos = self.backups()
        doomed = [infos[i].path for i in sorted(to_remove([i.created for i in infos], now, policy))]
        for path in doomed:
            path.unlink(missing_ok=True)
        if doomed:
            index = self._index()
            self._write_index({k: v for k, v in index.items() if (self.folder / k).exists()})
        return doomed

    def restore_to(self, backup: BackupInfo | Path, dest: Path) -> Path:
        """Copy a backup to `dest` (a closed plan file or a new path); returns `dest`.

        A plan already at `dest` is backed up first, and `dest` is locked meanwhile so
        that an open window cannot be overwritten.
        """
        source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
        dest = Path(dest)
        problem = verify_copy(source)
        if problem is not None:
            text = translate("PlanFile", "The backup “{name}” is damaged: {problem}")
            raise BackupError(text.format(name=source.name, problem=problem))
        dest.parent.mkdir(parents=True, exist_ok=True)
        with PlanLock.acquire(dest):
            self._keep_replaced(dest)
            replace_with_copy(source, dest)
        return dest
