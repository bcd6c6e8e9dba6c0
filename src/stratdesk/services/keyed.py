"""Rows found by a key rather than created one by one.

A plan has one rating per Porter force, one score per segment and criterion, one positioning
per segment and one map axis per orientation. Setting such a row is an upsert that returns
what was there before (None when nothing was), so an undo command can put it back: set it
again with the previous values, or clear it when there was none.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel
from sqlmodel import Session, SQLModel, select

from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.labels import enum_labels
from stratdesk.i18n import translate
from stratdesk.services.context import touch
from stratdesk.services.entity import EntityService
from stratdesk.services.field_labels import field_label
from stratdesk.services.ids import require_id
from stratdesk.services.sql import row_id
from stratdesk.services.validation import validate

B = TypeVar("B", bound=SQLModel)
T = TypeVar("T", bound=SQLModel)
R = TypeVar("R", bound=BaseModel)
E = TypeVar("E", bound=StrEnum)


def as_enum(enum: type[E], value: Any, field: str) -> E:
    """`value` as a member of `enum`, or a readable refusal naming `field`."""
    try:
        return enum(value)
    except ValueError:
        raise InvalidInput(
            translate("Validation", "{field}: must be one of {values}").format(
                field=field_label(field), values=", ".join(enum_labels(enum))
            ),
            field=field,
        ) from None


class KeyedService(EntityService[B, T, R]):
    """An entity service whose rows are unique per parent and `key_fields`."""

    key_fields: ClassVar[tuple[str, ...]] = ()

    # -- reading -------------------------------------------------------------------------
    def find(self, parent_id: int, **key: Any) -> R | None:
        """The row of `parent_id` with this key, if there is one."""
        with self._ctx.read() as session:
            row = self._find(session, parent_id, key)
            return None if row is None else self._to_read(row)

    # -- writing -------------------------------------------------------------------------
    def create(self, parent_id: int, data: dict[str, Any], *, origin: object = None) -> R:
        """Create, refusing a second row with the same key."""
        self._refuse_taken(parent_id, self._key_of(validate(self.base, data)))
        return super().create(parent_id, data, origin=origin)

    def update(self, item_id: int, changes: dict[str, Any], *, origin: object = None) -> R:
        """Update, refusing to give the row a key another row already has."""
        current = self.get(item_id)
        if set(changes) <= set(self.base.model_fields):  # else the generic update refuses
            wanted = self._key_of(validate(self.base, {**self._editable(current), **changes}))
            if wanted != self._key_of(current):
                self._refuse_taken(getattr(current, self.parent_field), wanted)
        return super().update(item_id, changes, origin=origin)

    def _put(
        self, parent_id: int, key: dict[str, Any], data: dict[str, Any], origin: object
    ) -> R | None:
        """Upsert the row of `parent_id` with `key`; return the previous one (or None)."""
        unknown = set(data) - set(self.base.model_fields)
        if unknown:
            raise InvalidInput(
                translate("Validation", "Unknown field: {name}").format(name=sorted(unknown)[0])
            )
        with self._ctx.write(self._kinds(), origin) as session:
            self._require_parent(session, parent_id)
            row = self._find(session, parent_id, key)
            # Validated here, merged with the current values: a refusal rolls back, and
            # nothing is written or announced.
            current = {} if row is None else self._editable(row)
            valid = validate(self.base, {**current, **data, **key})
            self._check(session, parent_id, valid)
            previous = None if row is None else self._to_read(row)
            if row is None:
                row = self.table.model_validate(
                    {**valid.model_dump(), self.parent_field: parent_id}
                )
            else:
                for name in self.base.model_fields:
                    setattr(row, name, getattr(valid, name))
            session.add(row)
            session.flush()
            touch(session, self.kind, row_id(row))
        return previous

    def _clear(self, parent_id: int, key: dict[str, Any], origin: object) -> R | None:
        """Remove the row of `parent_id` with `key`; return it (None if there was none)."""
        with self._ctx.write(self._kinds(), origin) as session:
            row = self._find(session, parent_id, key)
            if row is None:
                return None
            previous = self._to_read(row)
            touch(session, self.kind, row_id(row))
            session.delete(row)
        return previous

    # -- helpers -------------------------------------------------------------------------
    def _editable(self, row: object) -> dict[str, Any]:
        return {name: getattr(row, name) for name in self.base.model_fields}

    def _key_of(self, row: object) -> dict[str, Any]:
        return {name: getattr(row, name) for name in self.key_fields}

    def _find(self, session: Session, parent_id: int, key: dict[str, Any]) -> T | None:
        require_id(parent_id)
        statement = select(self.table).where(self._col(self.parent_field) == parent_id)
        for name, value in key.items():
            statement = statement.where(self._col(name) == value)
        return session.exec(statement).first()

    def _refuse_taken(self, parent_id: int, key: dict[str, Any]) -> None:
        if self.find(parent_id, **key) is not None:
            raise InvalidInput(
                translate("Validation", "This item already exists; change it instead."),
                field=self.key_fields[0] if self.key_fields else None,
            )
