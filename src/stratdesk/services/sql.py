"""Typed access to what SQLModel declares loosely, for queries that type-check.

SQLModel declares a table's columns as the values they hold (`Kpi.plan_id: int`), so
`Kpi.plan_id == 3` is a `bool` to a type checker although it is a SQL expression at run time.
Wrap a column in sqlmodel's `col()` wherever it builds SQL:
`select(Kpi).where(col(Kpi.plan_id) == plan_id).order_by(col(Kpi.position))`,
`col(Kpi.id).in_(ids)`. What generic code reads from any table goes through the helpers below.
"""

from __future__ import annotations

from operator import attrgetter

from sqlalchemy import Table
from sqlalchemy import inspect as sa_inspect
from sqlmodel import SQLModel

_ID = attrgetter("id")


def table_of(model: type[SQLModel]) -> Table:
    """The Core `Table` of a `table=True` model (SQLModel does not declare `__table__`)."""
    table = sa_inspect(model).local_table
    assert isinstance(table, Table), f"{model.__name__} is not a table"
    return table


def row_id(row: SQLModel) -> int | None:
    """A row's primary key `id`, None before its first flush (each table declares `id`,
    SQLModel does not, so generic code reads it here)."""
    value: int | None = _ID(row)
    return value


def flushed_id(row: SQLModel) -> int:
    """The id the database gave `row` (flush it first)."""
    value = row_id(row)
    if value is None:
        raise ValueError(f"{type(row).__name__} has no id yet: flush the session first")
    return value
