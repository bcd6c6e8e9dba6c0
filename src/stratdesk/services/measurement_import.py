"""Write a stream of measurements in one transaction, whatever its length.

Rows arrive from an iterator (the import reads its file as it goes), are checked one by one
with cheap tests that refuse what `KpiMeasurementBase` refuses (and the same sentence), and go
in batches into a temporary staging table. One `INSERT … SELECT` then adds the rows the KPI
does not have yet: identical (day, value, source) rows count as a multiset, so a file holding
two equal rows writes two the first time and none the next. Memory stays bounded: no row is
kept in Python, and SQLite spills the staging table to disk.

Days that already hold the KPI's values from another source (typed by hand, another export)
are a question for the person (`existing`): "ask" refuses the import naming them
(`OtherSourcesFound`, nothing written), "keep" (the default) adds the file's rows beside them,
"skip" leaves the file's rows of those days out, "replace" deletes the other sources' values
of those days (their snapshot is returned, so that undo puts them back with their ids).

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
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
)

from stratdesk.domain.errors import InvalidInput, StratdeskError
from stratdesk.domain.kpis import VALUE_LIMIT, KpiMeasurement, KpiMeasurementBase
from stratdesk.domain.limits import NAME_MAX
from stratdesk.domain.rules import check_measurement_day, measurement_years
from stratdesk.services.snapshot import Snapshot, capture
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


class OtherSourcesFound(StratdeskError):
    """Days of the stream already hold values from another source, and no choice was made."""

    def __init__(
        self, days: int, rows: int, first_days: tuple[dt.date, ...], sources: tuple[str, ...]
    ) -> None:
        super().__init__(f"{days} days already hold values from another source")
        self.days, self.rows, self.first_days, self.sources = days, rows, first_days, sources


@dataclass(frozen=True)
class WriteOutcome:
    ids: tuple[int, ...]  # the new measurements, in the stream's order
    skipped: int  # rows the KPI already had
    existing_skipped: int = 0  # rows left out: their day held another source's value
    replaced: Snapshot | None = None  # the other sources' values deleted ("replace")
    replaced_count: int = 0


class RowChecker:
    """Refuses a row as `KpiMeasurementBase` would, plus the plan's range of measurement days."""

    def __init__(self, start_year: int, end_year: int) -> None:
        self.start_year, self.end_year = start_year, end_year
        self._first, self._last = measurement_years(start_year, end_year)
        self.known_sources: set[str] = set()

    def check(self, number: int, day: object, value: object, source: object) -> ImportRow:
        """The row as it will be stored, or `RowRefused` with the reason."""
        if (
            day.__class__ is dt.date
            and value.__class__ is float
            and source in self.known_sources
            and -VALUE_LIMIT <= value <= VALUE_LIMIT  # NaN fails
            and self._first <= day.year <= self._last
        ):
            return number, day, value, source  # the usual row
        return self._check_fully(number, day, value, source)

    def _check_fully(self, number: int, day: object, value: object, source: object) -> ImportRow:
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
    existing: str = "keep",
    after_batch: Callable[[int], None] | None = None,
    component: str = "",
) -> WriteOutcome:
    """Write the rows the KPI does not have yet (checked); the caller's transaction commits.

    A KPI without measurements takes every row as it comes; otherwise rows are staged, then
    compared (with the measurements of the same `component`: "" for the KPI's own values, or
    a formula input the caller checked; the days other sources hold settled by `existing`, see
    the module). `after_batch(rows_so_far)` is called after each batch (progress; it may raise
    to cancel).
    """
    if component and not component.isidentifier():  # the service checked it is an input
        raise ValueError(f"not a formula input: {component!r}")
    m = KpiMeasurement.__table__  # type: ignore[attr-defined]
    before = connection.execute(select(func.coalesce(func.max(m.c.id), 0))).scalar_one()
    first = connection.execute(select(m.c.id).where(m.c.kpi_id == kpi_id).limit(1)).first() is None
    if first:
        columns: tuple[str, ...] = ("kpi_id", "campaign_id", "row", "day", "value", "source")
        write = _BulkInsert(connection, m, columns[:2] + columns[3:], skip=2, component=component)
    else:
        _staging.drop(connection, checkfirst=True)
        _staging.create(connection)
        write = _BulkInsert(connection, _staging, ("row", "day", "value", "source"))
    done = 0
    batch: list[tuple[Any, ...]] = []
    for raw in rows:
        batch.append((kpi_id, campaign_id, *checker.check(*raw)))
        if len(batch) >= BATCH_ROWS:
            write(batch)
            done += len(batch)
            batch = []
            if after_batch is not None:
                after_batch(done)
    if batch:
        write(batch)
        done += len(batch)
    settled = _Settled()
    if not first:
        if done:
            settled = _settle_other_sources(connection, kpi_id, existing, component)
            # SQLite hands a deleted (replaced) row's id out again: count from what is left.
            before = connection.execute(select(func.coalesce(func.max(m.c.id), 0))).scalar_one()
            _insert_new(connection, kpi_id, campaign_id, component)
        _staging.drop(connection)
    # New ids are above every id so far: the rows added are exactly those above it.
    added = connection.execute(
        select(m.c.id).where(m.c.kpi_id == kpi_id, m.c.id > before).order_by(m.c.id)
    ).scalars()
    ids = tuple(added)
    return WriteOutcome(
        ids,
        done - settled.skipped - len(ids),
        settled.skipped,
        settled.snapshot,
        settled.replaced,
    )


@dataclass(frozen=True)
class _Settled:
    skipped: int = 0
    snapshot: Snapshot | None = None
    replaced: int = 0


def _other_sources_days(kpi_id: int, component: str) -> Any:
    """The staged days on which the KPI holds values from a source the stream does not use."""
    m = KpiMeasurement.__table__.c  # type: ignore[attr-defined]
    s = _staging.c
    return (
        select(m.day)
        .where(
            m.kpi_id == kpi_id,
            m.component == component,
            m.source.not_in(select(s.source).distinct()),
            m.day.in_(select(s.day)),
        )
        .distinct()
    )


def _settle_other_sources(
    connection: Connection, kpi_id: int, existing: str, component: str = ""
) -> _Settled:
    """Ask, keep, skip or replace the values of days that other sources already hold."""
    if existing == "keep":
        return _Settled()
    m = KpiMeasurement.__table__  # type: ignore[attr-defined]
    s = _staging.c
    days = _other_sources_days(kpi_id, component)
    if existing == "ask":
        first = connection.execute(days.order_by(m.c.day).limit(3)).scalars().all()
        if not first:
            return _Settled()
        count = connection.execute(select(func.count()).select_from(days.subquery())).scalar_one()
        rows = connection.execute(
            select(func.count()).select_from(_staging).where(s.day.in_(days))
        ).scalar_one()
        sources = (
            connection.execute(
                select(m.c.source)
                .where(
                    m.c.kpi_id == kpi_id,
                    m.c.component == component,
                    m.c.day.in_(days),
                    m.c.source.not_in(select(s.source).distinct()),
                )
                .distinct()
                .order_by(m.c.source)
                .limit(3)
            )
            .scalars()
            .all()
        )
        raise OtherSourcesFound(count, rows, tuple(first), tuple(sources))
    if existing == "skip":
        skipped = connection.execute(delete(_staging).where(s.day.in_(days))).rowcount
        return _Settled(skipped=skipped)
    ids = list(
        connection.execute(
            select(m.c.id).where(
                m.c.kpi_id == kpi_id,
                m.c.component == component,
                m.c.day.in_(days),
                m.c.source.not_in(select(s.source).distinct()),
            )
        ).scalars()
    )
    if not ids:
        return _Settled()
    snapshot = capture(connection, "kpi_measurement", ids)  # type: ignore[arg-type]
    for start in range(0, len(ids), 900):  # databases limit the parameters of one statement
        connection.execute(delete(m).where(m.c.id.in_(ids[start : start + 900])))
    return _Settled(snapshot=snapshot, replaced=len(ids))


class _BulkInsert:
    """Inserts batches of rows through the driver's `executemany`: the ORM's and Core's
    per-row work would cost more than the rest of an import of 100,000 rows.

    A row arrives as (kpi_id, campaign_id, file row, day, value, source); `columns` names
    what is kept of it, after dropping the item at `skip` (the file row, for the KPI's table)
    or the first two (for the staging table).
    """

    def __init__(
        self,
        connection: Connection,
        table: Table,
        columns: tuple[str, ...],
        skip: int = -1,
        component: str = "",
    ) -> None:
        self._connection = connection
        dialect = connection.dialect
        values: dict[str, Any] = {name: None for name in columns}
        if "component" in table.c:
            # The KPI's own values or one input (an identifier, checked): said in the SQL,
            # not as a parameter, so every row of a batch binds the same columns.
            values["component"] = literal_column(f"'{component}'")
        statement = insert(table).values(values)
        compiled = statement.compile(dialect=dialect)
        self._sql = str(compiled)
        self._columns = columns
        self._skip = skip
        self._to_day = table.c.day.type.bind_processor(dialect)  # date → ISO text for SQLite
        self._positional = dialect.positional
        order = list(compiled.positiontup or columns)
        self._where = [columns.index(name) for name in order]

    def __call__(self, batch: list[tuple[Any, ...]]) -> None:
        to_day = self._to_day or _same
        rows: list[tuple[Any, ...]]
        if self._skip == 2:  # kpi_id, campaign_id, day, value, source
            rows = [(k, c, to_day(d), v, s) for k, c, _, d, v, s in batch]
        else:  # row, day, value, source
            rows = [(n, to_day(d), v, s) for _, _, n, d, v, s in batch]
        params: list[Any] = rows
        if not self._positional:
            params = [dict(zip(self._columns, row, strict=True)) for row in rows]
        elif self._where != list(range(len(self._columns))):
            params = [tuple(row[i] for i in self._where) for row in rows]
        self._connection.exec_driver_sql(self._sql, params)


def _same(value: Any) -> Any:
    return value


def _insert_new(
    connection: Connection, kpi_id: int, campaign_id: int | None, component: str = ""
) -> None:
    """Insert the staged rows the KPI does not hold yet (as a multiset), in file order."""
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
        .where(m.kpi_id == kpi_id, m.component == component)
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
            literal(component, String),
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
    table = KpiMeasurement.__table__  # type: ignore[attr-defined]
    connection.execute(
        insert(table).from_select(
            ["kpi_id", "day", "value", "source", "campaign_id", "component"], new_rows
        )
    )
