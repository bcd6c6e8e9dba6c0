"""The composition of one open plan file: store, change hub and every service.

The UI's composition root builds one `Workspace` per open file and passes its services down;
nothing else reaches for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stratdesk.db.errors import LockLost, PlanDamaged, PlanFileError
from stratdesk.db.lock import PlanLocked, break_lock
from stratdesk.db.store import PlanStore
from stratdesk.services.changes import ChangeHub
from stratdesk.services.context import ServiceContext
from stratdesk.services.plans import PlanService
from stratdesk.services.registry import PlanServices

__all__ = ["LockLost", "PlanDamaged", "PlanFileError", "PlanLocked", "Workspace", "break_lock"]


class Workspace:
    """An open plan file. Close it to release the file and its lock."""

    def __init__(self, store: PlanStore) -> None:
        self.store = store
        self.hub = ChangeHub()
        self.context = ServiceContext(store, self.hub)
        self.services = PlanServices(self.context)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def plan_id(self) -> int:
        """The file's plan (a file holds one client's plan; the schema allows more)."""
        return self.services.plans.first_plan_id()

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, allow_damaged: bool = False) -> Workspace:
        """Open a plan file; `allow_damaged` (read-only only) to look at a damaged one anyway."""
        return cls(PlanStore.open(Path(path), read_only=read_only, allow_damaged=allow_damaged))

    @classmethod
    def create(cls, path: Path, client: dict[str, Any], plan: dict[str, Any]) -> Workspace:
        """A new file at `path` holding one client and one plan (validated before any write)."""
        PlanService.validate_new(client, plan)  # refuse bad input before a file exists
        workspace = cls(PlanStore.create(Path(path)))
        try:
            workspace.services.plans.create_client_and_plan(client, plan)
        except BaseException:
            workspace.close()
            for leftover in (Path(path), Path(f"{path}-journal")):
                leftover.unlink(missing_ok=True)
            raise
        return workspace

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def backup_warning(self) -> str | None:
        """Why the backup taken on open failed, if it did (the file opened all the same)."""
        return self.store.backup_warning

    def write_refusal(self) -> PlanFileError | None:
        """Why this file must no longer be written (taken over elsewhere, found damaged by the
        check running in the background), None while it may be. Cheap: call it periodically."""
        return self.store.write_refusal()

    def backup_if_changed(self) -> Path | None:
        """Copy the file to the backup folder if it changed since the last copy."""
        if self.store.backups is None:
            return None
        return self.store.backups.backup_if_changed()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
