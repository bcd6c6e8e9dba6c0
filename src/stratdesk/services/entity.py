"""One generic service for the many entities that are owned rows with an order.

An area service subclasses `EntityService`, naming its input model (the table's `…Base`), its
table, its read model, and the rules the generic checks do not know.
"""

from __future__ import annotations

import builtins
import datetime as dt
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import Session, SQLModel, select

from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.plan import Plan
from stratdesk.domain.rules import check_within_plan
from stratdesk.i18n import translate
from stratdesk.services.context import ServiceContext, touch, touch_rows
from stratdesk.services.field_labels import field_label
from stratdesk.services.ids import is_id, require_id, require_ids
from stratdesk.services.snapshot import Snapshot, capture, restore
from stratdesk.services.sql import row_id, table_of
from stratdesk.services.validation import field_error, validate

B = TypeVar("B", bound=SQLModel)
T = TypeVar("T", bound=SQLModel)
R = TypeVar("R", bound=BaseModel)

# The column that orders rows, on the tables that have one (SQLModel does not declare it).
POSITION = "position"


class ServiceMixin(Protocol):
    """`self` of a mixin that an `EntityService` subclass lists before it (rows owned by a
    KPI, by a segment…): what the mixin may call."""

    def _not_found(self, item_id: Any) -> str: ...


class EntityService(Generic[B, T, R]):
    """Create, read, update, delete, reorder and move rows of one table, one transaction each."""

    base: type[B]
    table: type[T]
    read_model: type[R]
    parent_field: ClassVar[str] = "plan_id"
    # Positions are numbered within these fields' groups (e.g. one order per SWOT quadrant).
    group_fields: ClassVar[tuple[str, ...]] = ()
    # Dates that must fall within the plan's years.
    plan_date_fields: ClassVar[tuple[str, ...]] = ()
    # Other kinds that listeners should refresh when this one changes.
    also_changes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return table_of(self.table).name

    @property
    def _ordered(self) -> bool:
        return POSITION in self.table.model_fields

    def _to_read(self, row: T) -> R:
        return self.read_model.model_validate(row, from_attributes=True)

    def get(self, item_id: int) -> R:
        with self._ctx.read() as session:
            return self._to_read(self._load(session, item_id))

    def list(self, parent_id: int) -> list[R]:
        require_id(parent_id)
        with self._ctx.read() as session:
            statement = select(self.table).where(self._col(self.parent_field) == parent_id)
            order = [self._col(f) for f in self.group_fields]
            if self._ordered:
                order.append(self._col("position"))
            statement = statement.order_by(*order, self._col("id"))
            return [self._to_read(row) for row in session.exec(statement)]

    # -- writing -------------------------------------------------------------------------
    def create(self, parent_id: int, data: dict[str, Any], *, origin: object = None) -> R:
        valid = validate(self.base, data)
        with self._ctx.write(self._kinds(), origin) as session:
            self._require_parent(session, parent_id)
            self._check(session, parent_id, valid)
            row = self.table.model_validate({**valid.model_dump(), self.parent_field: parent_id})
            if self._ordered:
                setattr(row, POSITION, self._next_position(session, parent_id, valid))
            session.add(row)
            session.flush()
            touch(session, self.kind, row_id(row))
            read = self._to_read(row)
        return read

    def update(self, item_id: int, changes: dict[str, Any], *, origin: object = None) -> R:
        unknown = set(changes) - set(self.base.model_fields)
        if unknown:
            raise InvalidInput(
                translate("Validation", "Unknown field: {name}").format(name=sorted(unknown)[0])
            )
        with self._ctx.write(self._kinds(), origin) as session:
            row = self._load(session, item_id)
            self._check_change(session, row, changes)
            current = {name: getattr(row, name) for name in self.base.model_fields}
            valid = validate(self.base, {**current, **changes})
            parent_id = getattr(row, self.parent_field)
            self._check(session, parent_id, valid)
            moved_group = any(getattr(valid, f) != current[f] for f in self.group_fields)
            for name in changes:
                setattr(row, name, getattr(valid, name))
            if moved_group and self._ordered:
                # No autoflush: the row, already changed in memory, must not count in its new group.
                with session.no_autoflush:
                    setattr(row, POSITION, self._next_position(session, parent_id, valid))
            session.add(row)
            session.flush()
            touch(session, self.kind, item_id)
            read = self._to_read(row)
        return read

    def delete(self, item_id: int, *, origin: object = None) -> Snapshot:
        """Delete a row and what cascades with it; the snapshot lets `restore` undo it."""
        with self._ctx.write(self._kinds(), origin) as session:
            self._load(session, item_id)
            snapshot = capture(session, self.kind, [item_id])
            session.exec(table_of(self.table).delete().where(self._col("id") == item_id))
            touch_rows(session, snapshot.rows)  # the row and what cascaded with it
        return snapshot

    def restore(self, snapshot: Snapshot, *, origin: object = None) -> None:
        """Put back what `delete` removed, with the same ids."""
        kinds = (
            self._kinds()
            | {name for name, _ in snapshot.rows}
            | {link[0] for link in snapshot.links}
        )
        with self._ctx.write(kinds, origin) as session:
            restore(session, snapshot)
            touch_rows(session, snapshot.rows)

    def reorder(
        self, parent_id: int, ordered_ids: builtins.list[int], *, origin: object = None
    ) -> None:
        """Give `ordered_ids` positions 0, 1, 2… in that order (one group at a time)."""
        require_id(parent_id)
        ordered_ids = require_ids(ordered_ids)
        with self._ctx.write(self._kinds(), origin) as session:
            rows = {row_id(row): row for row in self._rows(session, parent_id, ordered_ids)}
            missing = [i for i in ordered_ids if i not in rows]
            if missing:
                raise NotFound(self._not_found(missing[0]))
            groups = {tuple(getattr(r, f) for f in self.group_fields) for r in rows.values()}
            if len(set(ordered_ids)) != len(ordered_ids) or len(groups) > 1:
                raise InvalidInput(
                    translate("Validation", "Only the items of one list can be reordered together.")
                )
            for position, item_id in enumerate(ordered_ids):
                setattr(rows[item_id], POSITION, position)
                session.add(rows[item_id])
            touch(session, self.kind, *ordered_ids)

    def move(
        self, item_id: int, changes: dict[str, Any], index: int, *, origin: object = None
    ) -> R:
        """Change a row's group fields (e.g. quadrant) and place it at `index` in its group."""
        with self._ctx.write(self._kinds(), origin) as session:
            row = self._load(session, item_id)
            self._check_change(session, row, changes)
            current = {name: getattr(row, name) for name in self.base.model_fields}
            valid = validate(self.base, {**current, **changes})
            parent_id = getattr(row, self.parent_field)
            self._check(session, parent_id, valid)
            for name in changes:
                setattr(row, name, getattr(valid, name))
            group = [r for r in self._group_rows(session, parent_id, valid) if row_id(r) != item_id]
            index = max(0, min(index, len(group)))
            group.insert(index, row)
            for position, member in enumerate(group):
                setattr(member, POSITION, position)
                session.add(member)
            session.flush()
            # Its new group was numbered again: every member's position may have changed.
            touch(session, self.kind, *(row_id(member) for member in group))
            read = self._to_read(row)
        return read

    # -- rules for subclasses ------------------------------------------------------------
    def _check(self, session: Session, parent_id: int, valid: B) -> None:
        """Rules that need the database: links stay in the plan, dates stay in the plan."""
        plan_id = self._plan_id(session, parent_id)
        for name in self.base.model_fields:
            if name.endswith("_id") and getattr(valid, name) is not None:
                self._check_reference(session, plan_id, name, getattr(valid, name))
        if self.plan_date_fields:
            plan = session.get(Plan, plan_id)
            assert plan is not None
            for name in self.plan_date_fields:
                day = getattr(valid, name)
                if isinstance(day, dt.date):
                    try:
                        check_within_plan(day, plan.start_year, plan.end_year)
                    except ValueError as exc:
                        raise field_error(name, str(exc)) from None

    def _check_change(self, session: Session, row: T, changes: dict[str, Any]) -> None:
        """Rules on changing an existing row, checked in the transaction that writes it (so
        nothing can slip in between the check and the write)."""

    def _plan_id(self, session: Session, parent_id: int) -> int:
        return parent_id

    # -- helpers -------------------------------------------------------------------------
    def _kinds(self) -> set[str]:
        return {self.kind, *self.also_changes}

    def _col(self, name: str) -> Any:
        return getattr(self.table, name)

    def _not_found(self, item_id: Any) -> str:
        return translate("Validation", "This item no longer exists (id {id}).").format(id=item_id)

    def _load(self, session: Session, item_id: int) -> T:
        row = session.get(self.table, require_id(item_id))
        if row is None:
            raise NotFound(self._not_found(item_id))
        return row

    def _require_parent(self, session: Session, parent_id: int) -> None:
        require_id(parent_id)
        column = table_of(self.table).c[self.parent_field]
        parent_table = next(iter(column.foreign_keys)).column.table
        exists = session.execute(
            select(func.count()).select_from(parent_table).where(parent_table.c.id == parent_id)
        ).scalar_one()
        if not exists:
            raise NotFound(self._not_found(parent_id))

    def _check_reference(self, session: Session, plan_id: int, name: str, value: int) -> None:
        column = table_of(self.table).c[name]
        target = next(iter(column.foreign_keys)).column.table
        row = None
        if is_id(value):
            row = session.execute(target.select().where(target.c.id == value)).first()
        if row is None or ("plan_id" in target.c and row._mapping["plan_id"] != plan_id):
            raise InvalidInput(
                translate("Validation", "{field}: no such item in this plan (id {id})").format(
                    field=field_label(name.removesuffix("_id")), id=value
                ),
                field=name,
            )

    def _rows(self, session: Session, parent_id: int, ids: builtins.list[int]) -> builtins.list[T]:
        statement = select(self.table).where(
            self._col(self.parent_field) == parent_id, self._col("id").in_(ids)
        )
        return list(session.exec(statement))

    def _group_rows(self, session: Session, parent_id: int, valid: Any) -> builtins.list[T]:
        statement = select(self.table).where(self._col(self.parent_field) == parent_id)
        for name in self.group_fields:
            statement = statement.where(self._col(name) == getattr(valid, name))
        return list(session.exec(statement.order_by(self._col("position"), self._col("id"))))

    def _next_position(self, session: Session, parent_id: int, valid: Any) -> int:
        statement = select(func.max(self._col("position"))).where(
            self._col(self.parent_field) == parent_id
        )
        for name in self.group_fields:
            statement = statement.where(self._col(name) == getattr(valid, name))
        highest = session.exec(statement).one()
        return 0 if highest is None else highest + 1
