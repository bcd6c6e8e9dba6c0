"""One writer per plan file: a lock file beside it, and a registry for this process.

The lock file (`.~<name>.lock`, created atomically with O_EXCL) says who holds the plan:
pid, host, user and since when, so the refusal can name them, and a random token that tells
this holder from any later one. A lock left by a process that died on this host is recovered
automatically; a live holder on this host is never taken over. A holder checks that the lock is
still its own before each write (`still_held`), and never deletes a lock that is not its own.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import secrets
import socket
import sys
import threading
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from stratdesk.db.errors import PlanFileError
from stratdesk.i18n import translate

# An unreadable lock file younger than this may be one being written right now.
_FRESH_SECONDS = 10.0

_held: set[str] = set()  # plan files this process holds, by normalised absolute path
_held_guard = threading.Lock()


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    since: str  # ISO 8601, UTC
    token: str = ""  # random per lock: the same process may lock the same file twice in a second

    @classmethod
    def me(cls) -> LockOwner:
        try:
            user = getpass.getuser()
        except Exception:  # no user name in some sandboxes; the lock still works
            user = ""
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        return cls(os.getpid(), socket.gethostname(), user, now, secrets.token_hex(8))

    def on_this_computer(self) -> bool:
        return self.host == socket.gethostname()


class PlanLocked(PlanFileError):
    """The plan is open elsewhere; `owner` says where (None if the lock file is unreadable).

    `can_take_over` is True only for a holder on another computer: a live holder on this
    computer is never taken over (a dead one is recovered without asking).
    """

    def __init__(self, message: str, path: Path, owner: LockOwner | None) -> None:
        super().__init__(message, path, "locked")
        self.owner = owner
        self.can_take_over = owner is not None and not owner.on_this_computer()


def lock_path(plan_path: Path) -> Path:
    # Beside the real file, not the name it was opened by: a symlink or another mount path
    # to the same plan must meet the same lock.
    plan_path = Path(os.path.realpath(plan_path))
    return plan_path.with_name(f".~{plan_path.name}.lock")


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid runs on this host."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _windows_pid_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    if sys.platform != "win32":  # called on Windows only, where ctypes has `windll`
        raise NotImplementedError
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def read_owner(plan_path: Path) -> LockOwner | None:
    """Who holds `plan_path` according to its lock file; None if absent or unreadable."""
    return _owner_in(lock_path(plan_path))


def _owner_in(lock_file: Path) -> LockOwner | None:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return LockOwner(
            int(data["pid"]),
            str(data["host"]),
            str(data["user"]),
            str(data["since"]),
            str(data.get("token", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def locked_message(plan_path: Path, owner: LockOwner | None) -> str:
    if owner is not None and owner.pid == os.getpid() and owner.host == socket.gethostname():
        text = translate("PlanFile", "“{name}” is already open in another stratdesk window.")
        return text.format(name=Path(plan_path).name)
    if owner is None:
        text = translate(
            "PlanFile", "“{name}” is already open in another stratdesk window or computer."
        )
        return text.format(name=Path(plan_path).name)
    text = translate(
        "PlanFile",
        "“{name}” is already open in stratdesk on {host} (process {pid}, user {user}, "
        "since {since}). Close it there first.",
    )
    return text.format(
        name=Path(plan_path).name,
        host=owner.host,
        pid=owner.pid,
        user=owner.user or "?",
        since=_local_time(owner.since),
    )


def _local_time(iso: str) -> str:
    """The lock's UTC time as the reader's local date and time, in their language."""
    import datetime as dt

    from stratdesk.i18n import current_language
    from stratdesk.i18n.formatting import format_datetime

    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return format_datetime(moment.astimezone(), current_language())


class PlanLock:
    """A held lock on one plan file. `acquire` it, `release` it (idempotent)."""

    def __init__(self, plan_path: Path, owner: LockOwner) -> None:
        self.plan_path = Path(plan_path)
        self.path = lock_path(self.plan_path)
        self.owner = owner
        self._key = _key(self.plan_path)
        self.held = True

    @classmethod
    def acquire(cls, plan_path: Path) -> PlanLock:
        """Take the lock or raise `PlanLocked` naming the holder."""
        plan_path = Path(plan_path)
        key = _key(plan_path)
        with _held_guard:
            if key in _held:
                owner = read_owner(plan_path) or LockOwner.me()
                raise PlanLocked(locked_message(plan_path, owner), plan_path, owner)
            owner = LockOwner.me()
            for _attempt in range(2):
                if _create(lock_path(plan_path), owner):
                    _held.add(key)
                    return cls(plan_path, owner)
                holder = read_owner(plan_path)
                if not _is_stale(plan_path, holder):
                    raise PlanLocked(locked_message(plan_path, holder), plan_path, holder)
                if not _take_away(plan_path, holder):
                    fresh = read_owner(plan_path)
                    raise PlanLocked(locked_message(plan_path, fresh), plan_path, fresh)
            raise PlanLocked(locked_message(plan_path, None), plan_path, None)

    def still_held(self) -> bool:
        """Whether the lock file beside the plan is still ours (not taken over meanwhile)."""
        return self.held and _owner_in(self.path) == self.owner

    def release(self) -> None:
        """Give the plan up; the lock file goes only if it is still ours."""
        if not self.held:
            return
        self.held = False
        with _held_guard:
            _held.discard(self._key)
            # Someone may have taken the plan over: moving the file aside is atomic, so what
            # is checked is what gets deleted; a lock that is not ours goes back.
            _remove_if_owned(self.path, self.owner)

    def __enter__(self) -> PlanLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _create(path: Path, owner: LockOwner) -> bool:
    """Create the lock file atomically; False when it already exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        try:
            data = json.dumps(asdict(owner)).encode("utf-8")
            if os.write(fd, data) != len(data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        # A full disk: an empty lock would refuse the plan to everyone for a while.
        path.unlink(missing_ok=True)
        raise
    return True


def _remove_if_owned(path: Path, owner: LockOwner) -> None:
    aside = path.with_name(f"{path.name}.{os.getpid()}.{time.monotonic_ns()}.release")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return
    if _owner_in(aside) != owner:
        _put_back(aside, path)
        return
    aside.unlink(missing_ok=True)


def _put_back(aside: Path, path: Path) -> None:
    """Return a lock moved aside by mistake to where its holder expects it."""
    try:
        os.link(aside, path)  # never overwrites a third lock
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links
        if not path.exists():
            os.replace(aside, path)
    aside.unlink(missing_ok=True)


def _take_away(plan_path: Path, stale: LockOwner | None) -> bool:
    """Remove the stale lock `stale`, and only it: another process may have replaced it with a
    fresh lock since we read it. Moving it aside is atomic; what was moved is then checked."""
    path = lock_path(plan_path)
    aside = path.with_name(f"{path.name}.{os.getpid()}.{time.monotonic_ns()}.stale")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return True  # someone else removed it: try to create ours
    if _owner_in(aside) == stale:
        aside.unlink(missing_ok=True)
        return True
    # A fresh lock was taken in between: put it back where its holder expects it.
    _put_back(aside, path)
    return False


def _is_stale(plan_path: Path, holder: LockOwner | None) -> bool:
    """A lock nobody can be holding: its process died on this host (or it is us, unknowingly)."""
    if holder is None:
        try:
            age = time.time() - lock_path(plan_path).stat().st_mtime
        except FileNotFoundError:
            return True  # released meanwhile
        return age > _FRESH_SECONDS
    if holder.host != socket.gethostname():
        return False  # another computer: we cannot tell, the person decides
    if holder.pid == os.getpid():
        return True  # not in our registry, so left by an earlier process with our pid
    return not pid_alive(holder.pid)


def break_lock(plan_path: Path, expected: LockOwner | None = None) -> None:
    """Remove a lock the person declared abandoned (e.g. a computer that crashed).

    Refused (`PlanLocked`) when the holder is a live process on this computer, or when the
    lock changed hands since the person saw `expected`.
    """
    plan_path = Path(plan_path)
    holder = read_owner(plan_path)
    live_here = holder is not None and holder.on_this_computer() and pid_alive(holder.pid)
    if live_here or (expected is not None and holder not in (None, expected)):
        raise PlanLocked(locked_message(plan_path, holder), plan_path, holder)
    if holder is None:
        lock_path(plan_path).unlink(missing_ok=True)
    else:
        _take_away(plan_path, holder)
