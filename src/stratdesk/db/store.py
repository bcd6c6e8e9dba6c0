"""One open plan file: its engine and sessions."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from stratdesk.db.engine import APPLICATION_ID, make_engine
from stratdesk.domain.tables import metadata


class PlanStore:
    """The sessions of one `.stratdesk` file. Build with `create` or `open`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self.read_only = False

    @classmethod
    def create(cls, path: Path) -> PlanStore:
        store = cls(path)
        metadata.create_all(store.engine)
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        return store

    @classmethod
    def open(cls, path: Path) -> PlanStore:
        return cls(path)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()
