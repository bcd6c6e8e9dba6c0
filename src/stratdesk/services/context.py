"""What every service needs: the open plan file's sessions and the change hub."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlmodel import Session

from stratdesk.services.changes import ChangeHub, ChangeSet


class SessionSource(Protocol):
    """Anything that opens sessions on a plan file (the `PlanStore`, or a test double)."""

    def session(self) -> Session: ...


class ServiceContext:
    """Opens one short transaction per call and tells the hub what it changed."""

    def __init__(self, store: SessionSource, hub: ChangeHub) -> None:
        self.store = store
        self.hub = hub

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.session() as session:
            yield session

    @contextmanager
    def write(self, kinds: set[str], origin: object | None = None) -> Iterator[Session]:
        """One transaction: commit on success (then emit), roll back and write nothing on error."""
        touched: set[int] = set()
        with self.store.session() as session:
            session.info["touched"] = touched
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
        self.hub.emit(ChangeSet(frozenset(kinds), frozenset(touched), origin))
