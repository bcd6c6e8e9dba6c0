"""One open plan file: identified, locked, backed up, migrated, and its sessions.

Opening a file that is already at the newest schema reads its header and Alembic revision
with plain sqlite3 and never imports Alembic: that stays fast. Alembic is loaded only to
create a file or to migrate one.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from stratdesk.db.backups import BackupManager
from stratdesk.db.copying import file_sha256, replace_with_copy
from stratdesk.db.engine import connect, make_engine
from stratdesk.db.errors import BackupError, PlanFileError
from stratdesk.db.identify import FileIdentity, FileKind, ensure_openable, refusal_message
from stratdesk.db.lock import PlanLock
from stratdesk.i18n import translate

log = logging.getLogger(__name__)


class PlanStore:
    """The sessions of one `.stratdesk` file. Build with `create` or `open`; `close` it."""

    def __init__(
        self,
        path: Path,
        *,
        schema_version: int,
        read_only: bool = False,
        lock: PlanLock | None = None,
        backups: BackupManager | None = None,
        backup_warning: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.schema_version = schema_version
        self.engine: Engine = make_engine(self.path, read_only=read_only)
        self.backups = backups  # None when read-only: nothing to back up
        self.backup_warning = backup_warning  # why the backup on open failed, for the UI
        self._lock = lock
        self._closed = False

    @classmethod
    def create(cls, path: Path, *, backup_root: Path | None = None) -> PlanStore:
        """A new, empty plan file at `path` (which must not exist), at the newest schema."""
        path = Path(path)
        if path.exists() or path.is_symlink():
            text = translate("PlanFile", "“{name}” already exists; choose another name.")
            raise PlanFileError(text.format(name=path.name), path)
        try:
            lock = PlanLock.acquire(path)
        except OSError as error:
            raise _cannot_create(path, error) from error
        try:
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            except OSError as error:
                raise _cannot_create(path, error) from error
            try:
                from stratdesk.db import migrate  # only here and in _migrate: it is slow

                version = migrate.upgrade(path)
            except BaseException:
                path.unlink(missing_ok=True)
                raise
        except BaseException:
            lock.release()
            raise
        return cls(
            path, schema_version=version, lock=lock, backups=BackupManager(path, backup_root)
        )

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        backup_on_open: bool = True,
        backup_root: Path | None = None,
    ) -> PlanStore:
        """Open an existing plan file, or raise `PlanFileError` leaving the file untouched.

        Writable: takes the lock (`PlanLocked` if open elsewhere), migrates an older file
        (backed up first; restored if the migration fails) and backs up a changed file.
        Read-only: SQLite's `mode=ro`, no lock, no backup, no migration.
        """
        path = Path(path)
        identity = ensure_openable(path)
        if read_only:
            return cls._open_read_only(identity)
        _ensure_writable(path)
        try:
            lock = PlanLock.acquire(path)
        except OSError as error:  # the folder refused the lock file after all
            raise _not_writable(path) from error
        try:
            if identity.kind is FileKind.NEEDS_RECOVERY:
                _recover(path)
            # Again under the lock: another process may have migrated it meanwhile.
            identity = ensure_openable(path)
            if identity.kind is FileKind.NEEDS_RECOVERY:
                raise _damaged(path)
            backups = BackupManager(path, backup_root)
            warning = None
            if identity.kind is FileKind.NEEDS_MIGRATION:
                version = _migrate(path, backups)
            else:
                version = identity.user_version or 0
                if backup_on_open:
                    warning = _backup_quietly(backups)
        except BaseException:
            lock.release()
            raise
        return cls(
            path,
            schema_version=version,
            lock=lock,
            backups=backups,
            backup_warning=warning,
        )

    @classmethod
    def _open_read_only(cls, identity: FileIdentity) -> PlanStore:
        if identity.kind is not FileKind.CURRENT:
            text = translate(
                "PlanFile",
                "“{name}” must be opened normally once (not read-only) so that stratdesk "
                "can bring it up to date.",
            )
            raise PlanFileError(text.format(name=identity.path.name), identity.path)
        return cls(identity.path, schema_version=identity.user_version or 0, read_only=True)

    def session(self) -> Session:
        if self._closed:
            raise RuntimeError(f"the plan file {self.path} is closed")
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Release the file and its lock. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _cannot_create(path: Path, error: OSError) -> PlanFileError:
    text = translate("PlanFile", "“{name}” cannot be created in {folder}: {reason}")
    reason = error.strerror or str(error)
    return PlanFileError(text.format(name=path.name, folder=path.parent, reason=reason), path)


def _ensure_writable(path: Path) -> None:
    # SQLite writes a journal and we write a lock file beside the plan: both need the folder.
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise _not_writable(path)


def _not_writable(path: Path) -> PlanFileError:
    text = translate(
        "PlanFile",
        "You cannot change “{name}” or its folder. Open it read-only, or copy it to a "
        "folder of yours.",
    )
    return PlanFileError(text.format(name=path.name), path, "read_only_file")


def _damaged(path: Path) -> PlanFileError:
    identity = FileIdentity(path, FileKind.DAMAGED)
    return PlanFileError(refusal_message(identity) or path.name, path, FileKind.DAMAGED.value)


def _recover(path: Path) -> None:
    """Let SQLite roll back the transaction a crash left half-written (the hot journal)."""
    connection = connect(path)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        connection.close()


def _backup_quietly(backups: BackupManager) -> str | None:
    """Back up a changed file on open; a failure must not keep the person from their plan."""
    try:
        backups.backup_if_changed()
    except (BackupError, OSError, sqlite3.Error) as error:
        log.warning("backup on open failed for %s: %s", backups.plan_path, error)
        return str(error)
    return None


def _migrate(path: Path, backups: BackupManager) -> int:
    """Back up, migrate in one transaction, and put the backup back if anything went wrong."""
    try:
        backup = backups.ensure_backup()
    except (BackupError, OSError, sqlite3.Error) as error:
        text = translate(
            "PlanFile",
            "“{name}” needs updating for this version of stratdesk, but it could not be backed "
            "up first, so it was left untouched.",
        )
        raise PlanFileError(text.format(name=path.name), path) from error
    before = file_sha256(path)
    try:
        from stratdesk.db import migrate

        return migrate.upgrade(path)
    except Exception as error:
        log.exception("migration of %s failed", path)
        # The transaction normally leaves the file as it was; if not, the backup goes back.
        if file_sha256(path) != before:
            replace_with_copy(backup, path)
        text = translate(
            "PlanFile",
            "“{name}” could not be updated for this version of stratdesk. It was restored as "
            "it was; a backup is in {folder}.",
        )
        raise PlanFileError(text.format(name=path.name, folder=backups.folder), path) from error
