"""What every service needs: the open plan file's sessions and the change hub."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session

from stratdesk.domain.errors import InvalidInput, StratdeskError
from stratdesk.i18n import translate
from stratdesk.services.changes import ChangeHub, ChangeSet


class ConflictingData(InvalidInput):
    """The database refused the change (a duplicate key, a link to nothing); nothing written."""


class Touched:
    """The ids a transaction wrote, per kind (table name): the ChangeSet's `ids`."""

    def __init__(self) -> None:
        self.ids: dict[str, set[int]] = {}

    def add(self, kind: str, ids: Iterable[int | None]) -> None:
        self.ids.setdefault(kind, set()).update(i for i in ids if i is not None)


def touch(session: Session, kind: str, *ids: int | None) -> None:
    """Record that this transaction wrote rows `ids` of `kind` (told to listeners on commit)."""
    session.info["touched"].add(kind, ids)


def touch_rows(session: Session, rows: Iterable[tuple[str, Iterable[dict[str, Any]]]]) -> None:
    """Record (table, rows) pairs, such as a snapshot's: the rows that have an `id`."""
    for kind, found in rows:
        touch(session, kind, *(row.get("id") for row in found))


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
        touched = Touched()
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
        ids = {kind: frozenset(found) for kind, found in touched.ids.items()}
        self.hub.emit(ChangeSet(frozenset(kinds), ids, origin))
