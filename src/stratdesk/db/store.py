"""One open plan file: identified, checked, locked, backed up, migrated, and its sessions.

Opening a file that is already at the newest schema reads its header and Alembic revision
with plain sqlite3 and never imports Alembic: that stays fast. Alembic is loaded only to
create a file or to migrate one.

A file that fails SQLite's integrity check is never written: opening it for writing is refused
(`PlanDamaged`, whose message says how to restore a backup), and a large file checked in the
background refuses every commit until the check has passed. Each commit also checks that the
lock is still ours: after another window took the plan over, this one writes nothing more.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from stratdesk.db.backup_folders import renew_identity_of_copy
from stratdesk.db.backups import BackupManager
from stratdesk.db.copying import file_sha256, replace_with_copy
from stratdesk.db.damage import damaged_error, disk_full_error, lock_lost_error
from stratdesk.db.engine import connect, make_engine
from stratdesk.db.errors import BackupError, PlanFileError, is_disk_full
from stratdesk.db.identify import FileIdentity, FileKind, ensure_openable
from stratdesk.db.integrity import SYNC_CHECK_MAX_BYTES, IntegrityCheck
from stratdesk.db.lock import PlanLock
from stratdesk.i18n import translate
from stratdesk.userdirs import backup_dir

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
        integrity: IntegrityCheck | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.schema_version = schema_version
        self.engine: Engine = make_engine(self.path, read_only=read_only)
        self.backups = backups  # None when read-only: nothing to back up
        self.backup_warning = backup_warning  # why the backup on open failed, for the UI
        self.integrity = integrity  # None: not checked (a new file, or opened as damaged)
        self._lock = lock
        self._closed = False
        if not read_only:
            event.listen(self.engine, "commit", self._guard_commit)

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
            except BaseException as error:
                _remove_new_file(path)
                if isinstance(error, SQLAlchemyError | sqlite3.Error | OSError):
                    raise _cannot_create(path, error) from error
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
        allow_damaged: bool = False,
        sync_check_max_bytes: int = SYNC_CHECK_MAX_BYTES,
    ) -> PlanStore:
        """Open an existing plan file, or raise `PlanFileError` leaving the file untouched.

        Writable: takes the lock (`PlanLocked` if open elsewhere), checks the file's integrity
        (`PlanDamaged`; a file above `sync_check_max_bytes` is checked in the background and
        refuses writes until it passed), migrates an older file (backed up first; restored if
        the migration fails) and backs up a changed file.
        Read-only: SQLite's `mode=ro`, no lock, no backup, no migration; a damaged file is
        refused unless `allow_damaged` (the person chose to look at it anyway).
        """
        path = Path(path)
        identity = _identify(path, backup_root)
        if read_only:
            return cls._open_read_only(identity, allow_damaged, sync_check_max_bytes, backup_root)
        _ensure_writable(path)
        try:
            lock = PlanLock.acquire(path)
        except OSError as error:  # the folder refused the lock file after all
            raise (disk_full_error(path) if is_disk_full(error) else _not_writable(path)) from error
        try:
            if identity.kind is FileKind.NEEDS_RECOVERY:
                _recover(path)
            # Again under the lock: another process may have migrated it meanwhile.
            identity = _identify(path, backup_root)
            if identity.kind is FileKind.NEEDS_RECOVERY:
                raise damaged_error(path, identity.detail or "hot journal", backup_root)
            # A file to migrate is checked now: the migration reads all of it anyway.
            migrating = identity.kind is FileKind.NEEDS_MIGRATION
            integrity = (
                IntegrityCheck(path, background=False)
                if migrating
                else IntegrityCheck.for_file(path, sync_max_bytes=sync_check_max_bytes)
            )
            if integrity.done and integrity.problem is not None:
                raise damaged_error(path, integrity.problem, backup_root)
            if integrity.done and not migrating:
                # A copy made with the file manager: its own identity, its own backups.
                renew_identity_of_copy(backup_root or backup_dir(), path)
            backups = BackupManager(path, backup_root)
            warning = None
            if migrating:
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
            integrity=integrity,
        )

    @classmethod
    def _open_read_only(
        cls,
        identity: FileIdentity,
        allow_damaged: bool,
        sync_check_max_bytes: int,
        backup_root: Path | None,
    ) -> PlanStore:
        if identity.kind is not FileKind.CURRENT:
            text = translate(
                "PlanFile",
                "“{name}” must be opened normally once (not read-only) so that stratdesk "
                "can bring it up to date.",
            )
            raise PlanFileError(text.format(name=identity.path.name), identity.path)
        integrity = None
        if not allow_damaged:
            integrity = IntegrityCheck.for_file(identity.path, sync_max_bytes=sync_check_max_bytes)
            if integrity.done and integrity.problem is not None:
                raise damaged_error(identity.path, integrity.problem, backup_root)
        return cls(
            identity.path,
            schema_version=identity.user_version or 0,
            read_only=True,
            integrity=integrity,
        )

    def session(self) -> Session:
        if self._closed:
            raise RuntimeError(f"the plan file {self.path} is closed")
        return Session(self.engine, expire_on_commit=False)

    def write_refusal(self, *, wait: bool = False) -> PlanFileError | None:
        """Why this file must not be written now, None when it may be.

        The lock was taken over by another window (`LockLost`), or the integrity check found
        damage (`PlanDamaged`). With `wait`, a check still running is waited for.
        """
        if self.read_only:
            return None
        if self._lock is not None and not self._lock.still_held():
            return lock_lost_error(self.path)
        if self.integrity is not None:
            problem = self.integrity.wait() if wait else self.integrity.problem
            if problem is not None:
                return damaged_error(self.path, problem, self._backup_root())
        return None

    def _backup_root(self) -> Path | None:
        return self.backups.root if self.backups is not None else None

    def _guard_commit(self, _connection: Any) -> None:
        # Raised before SQLite commits: the transaction is rolled back, nothing is written.
        refusal = self.write_refusal(wait=True)
        if refusal is not None:
            raise refusal

    def close(self) -> None:
        """Release the file and its lock (if it is still ours). Safe to call twice."""
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


def _identify(path: Path, backup_root: Path | None) -> FileIdentity:
    """`ensure_openable`, with a damaged file's refusal saying how to restore a backup."""
    try:
        return ensure_openable(path)
    except PlanFileError as error:
        if error.kind == FileKind.DAMAGED.value:
            raise damaged_error(path, error.message, backup_root) from None
        raise


def _cannot_create(path: Path, error: BaseException) -> PlanFileError:
    if is_disk_full(error):
        return disk_full_error(path)
    text = translate("PlanFile", "“{name}” cannot be created in {folder}: {reason}")
    reason = getattr(error, "strerror", None) or getattr(error, "orig", None) or str(error)
    return PlanFileError(text.format(name=path.name, folder=path.parent, reason=reason), path)


def _remove_new_file(path: Path) -> None:
    """Delete a plan file that could not be created, and the journal SQLite left beside it."""
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)


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
