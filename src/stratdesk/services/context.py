"""What every service needs: the open plan file's sessions and the change hub."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session

from stratdesk.domain.errors import InvalidInput, NotFound, StratdeskError
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
        """A read transaction; a database error (a locked, vanished or damaged file) becomes
        one sentence (`StratdeskError`), like a refused write."""
        try:
            with self.store.session() as session:
                yield session
        except DBAPIError as exc:
            raise StratdeskError(_read_failure(self.store, exc)) from None
        except OverflowError:  # an id beyond the database's integers: no such row
            raise NotFound(_no_such_item()) from None

    @contextmanager
    def write(self, kinds: set[str], origin: object | None = None) -> Iterator[Session]:
        """One transaction: commit on success (then emit), roll back and write nothing on error."""
        touched = Touched()
        _load_tables()
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
            except OverflowError:
                session.rollback()
                raise NotFound(_no_such_item()) from None
            except BaseException:
                session.rollback()
                raise
        ids = {kind: frozenset(found) for kind, found in touched.ids.items()}
        self.hub.emit(ChangeSet(frozenset(kinds), ids, origin))


def _load_tables() -> None:
    """Every table, before the first write: the ORM resolves foreign keys (and undo follows
    them) across all tables, and services only import their own. Once, on the first write,
    so that opening a plan stays quick."""
    import stratdesk.domain.tables  # noqa: F401


def _no_such_item() -> str:
    return translate("Validation", "No such item: the id given is not one of this plan's.")


def _read_failure(store: object, exc: DBAPIError) -> str:
    """The sentence for a read the database refused."""
    path = getattr(store, "path", None)
    reason = str(exc.orig) if exc.orig is not None else type(exc).__name__
    if path is not None and not Path(path).exists():
        text = translate(
            "PlanFile", "The plan file “{name}” is no longer there: was it moved or deleted?"
        )
        return text.format(name=Path(path).name)
    text = translate("PlanFile", "The plan file could not be read: {reason}")
    return text.format(reason=reason)
