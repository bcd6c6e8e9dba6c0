"""Capture the rows a delete removes, and put them back with the same ids.

Undoing a delete must restore exactly what was there: the row, every row that the database
cascades away with it, and the links that `ON DELETE SET NULL` clears in other rows. The walk
follows the foreign keys declared in the metadata, so new tables are covered without code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import MetaData, Table, select, tuple_, update
from sqlalchemy.orm import Session

Row = dict[str, Any]


@dataclass(frozen=True)
class Snapshot:
    """Rows per table (parents before children) and the links to set back afterwards."""

    rows: tuple[tuple[str, tuple[Row, ...]], ...]
    links: tuple[tuple[str, Row, str, Any], ...]  # (table, primary key, column, value)

    def ids(self, table: str) -> list[int]:
        return [row["id"] for name, rows in self.rows if name == table for row in rows]


def _metadata() -> MetaData:
    # Every table must be known to follow the foreign keys; imported on the first delete only,
    # so that opening a plan stays quick.
    from stratdesk.domain.tables import metadata

    return metadata


def _children(table: Table) -> Iterable[tuple[Table, str, str | None]]:
    """Tables holding a foreign key to `table.id`: (child, column, ondelete)."""
    for child in _metadata().sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                yield child, fk.parent.name, (fk.ondelete or "").upper() or None


def _chunks(values: list[Any], size: int = 900) -> list[list[Any]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _pk(table: Table, row: Row) -> Row:
    return {col.name: row[col.name] for col in table.primary_key.columns}


def capture(session: Session, table_name: str, ids: Iterable[int]) -> Snapshot:
    """Snapshot the rows `ids` of `table_name` and everything a delete would take or unlink."""
    metadata = _metadata()
    found: dict[str, dict[tuple[Any, ...], Row]] = {}
    links: list[tuple[str, Row, str, Any]] = []

    def walk(table: Table, column: str, values: list[Any]) -> None:
        if not values:
            return
        rows = [
            dict(r._mapping)
            for chunk in _chunks(values)  # databases limit the parameters of one statement
            for r in session.execute(select(table).where(table.c[column].in_(chunk)))
        ]
        bucket = found.setdefault(table.name, {})
        fresh = []
        for row in rows:
            key = tuple(_pk(table, row).values())
            if key not in bucket:
                bucket[key] = row
                fresh.append(row)
        if "id" not in table.c or not fresh:
            return
        fresh_ids = [row["id"] for row in fresh]
        for child, col, ondelete in _children(table):
            if ondelete == "CASCADE":
                walk(child, col, fresh_ids)
            elif ondelete == "SET NULL":
                for chunk in _chunks(fresh_ids):
                    for r in session.execute(select(child).where(child.c[col].in_(chunk))):
                        row = dict(r._mapping)
                        links.append((child.name, _pk(child, row), col, row[col]))

    walk(metadata.tables[table_name], "id", list(ids))
    ordered = tuple(
        (t.name, tuple(found[t.name].values())) for t in metadata.sorted_tables if found.get(t.name)
    )
    # A link inside the deleted set comes back with its row; only outside links need care.
    deleted = {
        (name, tuple(_pk(metadata.tables[name], r).values()))
        for name, rows in ordered
        for r in rows
    }
    outside = tuple(link for link in links if (link[0], tuple(link[1].values())) not in deleted)
    return Snapshot(rows=ordered, links=outside)


def restore(session: Session, snapshot: Snapshot) -> None:
    """Insert the snapshot's rows with their ids, then set the cleared links back."""
    metadata = _metadata()
    for name, rows in snapshot.rows:
        session.execute(metadata.tables[name].insert(), [dict(r) for r in rows])
    for name, pk, column, value in snapshot.links:
        table = metadata.tables[name]
        keys = list(pk)
        session.execute(
            update(table)
            .where(tuple_(*[table.c[k] for k in keys]) == tuple(pk[k] for k in keys))
            .values({column: value})
        )
