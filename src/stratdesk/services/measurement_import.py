"""Write a stream of measurements in one transaction, whatever its length.

Rows arrive from an iterator (the import reads its file as it goes), are checked one by one
with cheap tests that refuse what `KpiMeasurementBase` refuses (and the same sentence), and go
in batches into a temporary staging table. One `INSERT … SELECT` then adds the rows the KPI
does not have yet: identical (day, value, source) rows count as a multiset, so a file holding
two equal rows writes two the first time and none the next. Memory stays bounded: no row is
kept in Python, and SQLite spills the staging table to disk.

Plain SQLAlchemy Core (a temporary table, a window function): no SQLite dialect of its own.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    func,
    insert,
    literal,
    select,
)

from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.kpis import VALUE_LIMIT, KpiMeasurement, KpiMeasurementBase
from stratdesk.domain.limits import NAME_MAX
from stratdesk.domain.rules import check_measurement_day
from stratdesk.services.validation import field_error, validate

BATCH_ROWS = 5_000
ImportRow = tuple[int, dt.date, float, str]  # (file row, day, value, source)

_staging = Table(
    "stratdesk_import_staging",
    MetaData(),
    Column("row", Integer, nullable=False),
    Column("day", Date, nullable=False),
    Column("value", Float, nullable=False),
    Column("source", String, nullable=False),
    prefixes=["TEMPORARY"],
)


class RowRefused(InvalidInput):
    """A row of the stream was refused; `row` is the number the stream gave it."""

    def __init__(self, row: int, error: InvalidInput) -> None:
        super().__init__(error.message, field=error.field)
        self.row = row


@dataclass(frozen=True)
class WriteOutcome:
    ids: tuple[int, ...]  # the new measurements, in the stream's order
    skipped: int  # rows the KPI already had


@dataclass(frozen=True)
class RowChecker:
    """Refuses a row as `KpiMeasurementBase` would, plus the plan's range of measurement days."""

    start_year: int
    end_year: int
    known_sources: set[str]

    def check(self, number: int, day: object, value: object, source: object) -> ImportRow:
        """The row as it will be stored, or `RowRefused` with the reason."""
        cheap_ok = (
            isinstance(day, dt.date)
            and not isinstance(day, dt.datetime)
            and isinstance(value, float | int)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and abs(value) <= VALUE_LIMIT
            and isinstance(source, str)
            and len(source) <= NAME_MAX
        )
        if not cheap_ok or source not in self.known_sources:
            # The full validation: its sentence, and what it makes of a value it accepts. A
            # clean row pays for it once per distinct source, not once per row.
            data = {"day": day, "value": value, "source": source}
            try:
                valid = validate(KpiMeasurementBase, data)
            except InvalidInput as exc:
                raise RowRefused(number, exc) from None
            day, value, source = valid.day, valid.value, valid.source
            self.known_sources.add(source)
        try:
            check_measurement_day(day, self.start_year, self.end_year)  # type: ignore[arg-type]
        except ValueError as exc:
            raise RowRefused(number, field_error("day", str(exc))) from None
        return number, day, float(value), source  # type: ignore[return-value, arg-type]


def write_measurements(
    connection: Connection,
    kpi_id: int,
    rows: Iterable[ImportRow],
    checker: RowChecker,
    *,
    campaign_id: int | None = None,
    after_batch: Callable[[int], None] | None = None,
) -> WriteOutcome:
    """Stage every row (checked), then insert the new ones; the caller's transaction commits.

    `after_batch(rows_so_far)` is called after each batch (progress; it may raise to cancel).
    """
    _staging.drop(connection, checkfirst=True)
    _staging.create(connection)
    staged = 0
    batch: list[dict[str, Any]] = []
    for raw in rows:
        number, day, value, source = checker.check(*raw)
        batch.append({"row": number, "day": day, "value": value, "source": source})
        if len(batch) >= BATCH_ROWS:
            connection.execute(insert(_staging), batch)
            staged += len(batch)
            batch = []
            if after_batch is not None:
                after_batch(staged)
    if batch:
        connection.execute(insert(_staging), batch)
        staged += len(batch)
    if not staged:
        _staging.drop(connection)
        return WriteOutcome((), 0)
    ids = _insert_new(connection, kpi_id, campaign_id)
    _staging.drop(connection)
    return WriteOutcome(ids, staged - len(ids))


def _insert_new(connection: Connection, kpi_id: int, campaign_id: int | None) -> tuple[int, ...]:
    m = KpiMeasurement.__table__.c  # type: ignore[attr-defined]
    s = _staging.c
    rounded = func.round(s.value, 9)
    ranked = select(
        s.row,
        s.day,
        s.value,
        s.source,
        rounded.label("rounded"),
        func.row_number().over(partition_by=(s.day, rounded, s.source), order_by=s.row).label("n"),
    ).subquery("ranked")
    existing = (
        select(
            m.day,
            func.round(m.value, 9).label("rounded"),
            m.source,
            func.count().label("held"),
        )
        .where(m.kpi_id == kpi_id)
        .group_by(m.day, func.round(m.value, 9), m.source)
        .subquery("existing")
    )
    new_rows = (
        select(
            literal(kpi_id, Integer),
            ranked.c.day,
            ranked.c.value,
            ranked.c.source,
            literal(campaign_id, Integer),
        )
        .select_from(
            ranked.outerjoin(
                existing,
                and_(
                    existing.c.day == ranked.c.day,
                    existing.c.rounded == ranked.c.rounded,
                    existing.c.source == ranked.c.source,
                ),
            )
        )
        .where(ranked.c.n > func.coalesce(existing.c.held, 0))
        .order_by(ranked.c.row)
    )
    # New ids are above every id so far: the rows added are exactly those above it.
    before = connection.execute(select(func.coalesce(func.max(m.id), 0))).scalar_one()
    table = KpiMeasurement.__table__  # type: ignore[attr-defined]
    connection.execute(
        insert(table).from_select(["kpi_id", "day", "value", "source", "campaign_id"], new_rows)
    )
    added = connection.execute(
        select(m.id).where(m.kpi_id == kpi_id, m.id > before).order_by(m.id)
    ).scalars()
    return tuple(added)
