"""What every service needs: the open plan file's sessions and the change hub."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session

from stratdesk.domain.errors import InvalidInput, StratdeskError
from stratdesk.i18n import translate
from stratdesk.services.changes import ChangeHub, ChangeSet


class ConflictingData(InvalidInput):
    """The database refused the change (a duplicate key, a link to nothing); nothing written."""


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
            except IntegrityError:
                session.rollback()
                raise ConflictingData(
                    translate("Validation", "This change conflicts with data already in the plan.")
                ) from None
            except DBAPIError as exc:
                # Disk full, file made read-only or locked by another program: say so, in words.
                session.rollback()
                raise StratdeskError(
                    translate("PlanFile", "The plan file could not be written: {reason}").format(
                        reason=str(exc.orig) if exc.orig is not None else type(exc).__name__
                    )
                ) from None
            except BaseException:
                session.rollback()
                raise
        self.hub.emit(ChangeSet(frozenset(kinds), frozenset(touched), origin))
