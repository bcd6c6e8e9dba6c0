"""Reads the KPI series of a plan: everything at once, then only what changed.

A first read takes every KPI in three queries (KPIs, targets, measurements), so the dashboard
costs the same number of queries with 6 KPIs or 100. Afterwards, given the ChangeSets that
arrived since, only the KPIs whose measurements or targets were touched are read again: typing
one value into a plan of 100 KPIs × 3 years of daily data reads one KPI, not 109,500 rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
from sqlalchemy import ColumnElement, String, select, type_coerce
from sqlmodel import col

from stratdesk.domain.kpis import Kpi, KpiMeasurement, KpiTarget
from stratdesk.services.changes import ChangeSet
from stratdesk.services.context import ServiceContext
from stratdesk.services.kpi_series import KpiSeries, KpiSummary, day_seconds, summarize
from stratdesk.services.read_models_ops import KpiRead
from stratdesk.services.sql import table_of

# Changes to these alone can be followed KPI by KPI; anything else (a KPI, the plan) reads all.
_CHILD_KINDS = frozenset({"kpi_measurement", "kpi_target"})
_CHUNK = 900  # ids per IN (…) list: well under every database's limit on parameters


def merge_changes(first: ChangeSet | None, second: ChangeSet) -> ChangeSet:
    """One ChangeSet standing for both (kinds and ids together, see `ChangeSet.merged`)."""
    return second if first is None else first.merged(second)


def _chunks(ids: Iterable[int]) -> list[list[int]]:
    items = sorted(ids)
    return [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]


class KpiSeriesReader:
    """One plan's series, kept between reads (one reader per view; short read transactions)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._plan_id: int | None = None
        self._order: list[int] = []
        self._series: dict[int, KpiSeries] = {}
        self._measurement_ids: dict[int, np.ndarray] = {}
        self._target_ids: dict[int, frozenset[int]] = {}

    def series(self, kpi_id: int) -> KpiSeries | None:
        """One KPI's series, read now; None when the KPI no longer exists."""
        found = self._read(col(Kpi.id) == kpi_id)
        return found[0][0] if found else None

    def plan_series(self, plan_id: int, changes: ChangeSet | None = None) -> list[KpiSeries]:
        """Every KPI of the plan, in the consultant's order.

        `changes`: everything committed since the previous call (see `merge_changes`). Without
        it, or when it touches more than measurements and targets, everything is read again.
        A KPI that was not read again keeps the very same `KpiSeries` object.
        """
        if (
            changes is None
            or plan_id != self._plan_id
            or not changes.kinds <= _CHILD_KINDS
            # A kind changed without its ids told: nothing says which KPIs to read.
            or any(not changes.ids_of(kind) for kind in changes.kinds)
        ):
            self._forget()
            self._plan_id = plan_id
            self._keep(self._read(col(Kpi.plan_id) == plan_id))
        else:
            dirty = self._dirty(changes)
            if dirty:
                self._keep(self._read(col(Kpi.id).in_(sorted(dirty))))
        return [self._series[kpi_id] for kpi_id in self._order]

    def dashboard(self, plan_id: int, today: dt.date | None = None) -> list[KpiSummary]:
        return [summarize(s, today) for s in self.plan_series(plan_id)]

    # -- keeping what was read -----------------------------------------------------------
    def _forget(self) -> None:
        self._order, self._series = [], {}
        self._measurement_ids, self._target_ids = {}, {}

    def _keep(self, rows: list[tuple[KpiSeries, np.ndarray, frozenset[int]]]) -> None:
        for series, measurement_ids, target_ids in rows:
            kpi_id = series.kpi.id
            if kpi_id not in self._series:
                self._order.append(kpi_id)
            self._series[kpi_id] = series
            self._measurement_ids[kpi_id] = measurement_ids
            self._target_ids[kpi_id] = target_ids

    def _dirty(self, changes: ChangeSet) -> set[int]:
        """The plan's KPIs that own a touched measurement or target, before or after."""
        measured, targets = changes.ids_of("kpi_measurement"), changes.ids_of("kpi_target")
        touched = np.fromiter(measured, dtype=np.int64, count=len(measured))
        dirty: set[int] = set()
        if measured:
            dirty |= {k for k, ids in self._measurement_ids.items() if np.isin(ids, touched).any()}
        if targets:
            dirty |= {k for k, ids in self._target_ids.items() if not ids.isdisjoint(targets)}
        with self._ctx.read() as session:
            connection = session.connection()
            for ids, table in ((measured, KpiMeasurement), (targets, KpiTarget)):
                columns = table_of(table).c
                for chunk in _chunks(ids):
                    statement = select(columns.kpi_id).where(columns.id.in_(chunk)).distinct()
                    dirty.update(connection.execute(statement).scalars())
        return dirty & set(self._series)  # only this plan's KPIs

    # -- reading ---------------------------------------------------------------------------
    def _read(
        self, which: ColumnElement[bool]
    ) -> list[tuple[KpiSeries, np.ndarray, frozenset[int]]]:
        with self._ctx.read() as session:
            statement = select(Kpi).where(which).order_by(col(Kpi.position), col(Kpi.id))
            kpis = [
                KpiRead.model_validate(r, from_attributes=True) for r in session.scalars(statement)
            ]
            ids = [kpi.id for kpi in kpis]
            # Core statements (no ORM objects for 100,000 rows), days as the database gives
            # them: numpy reads ISO text or dates alike, and text is 20× quicker to convert.
            t, m = table_of(KpiTarget).c, table_of(KpiMeasurement).c
            connection = session.connection()
            targets = connection.execute(
                select(t.kpi_id, t.id, t.period_start, t.value)
                .where(t.kpi_id.in_(ids))
                .order_by(t.kpi_id, t.period_start)
            ).all()
            measured = connection.execute(
                select(m.kpi_id, m.id, type_coerce(m.day, String), m.value, m.component)
                .where(m.kpi_id.in_(ids))
                .order_by(m.kpi_id, m.day, m.id)
            ).all()
        by_kpi: dict[int, list[tuple[int, dt.date, float]]] = {}
        for kpi_id, target_id, start, value in targets:
            by_kpi.setdefault(kpi_id, []).append((target_id, start, value))
        columns = list(zip(*measured, strict=True)) if measured else [(), (), (), (), ()]
        owners = np.array(columns[0], dtype=np.int64)
        measurement_ids = np.array(columns[1], dtype=np.int64)
        x = day_seconds(columns[2])
        y = np.array(columns[3], dtype=np.float64)
        components = np.array(columns[4], dtype=object)
        own = components == ""
        result = []
        for kpi in kpis:
            lo = np.searchsorted(owners, kpi.id, "left")
            hi = np.searchsorted(owners, kpi.id, "right")
            steps = by_kpi.get(kpi.id, [])
            mine = own[lo:hi]
            series = KpiSeries(
                kpi=kpi,
                x=x[lo:hi][mine] if not mine.all() else x[lo:hi],
                y=y[lo:hi][mine] if not mine.all() else y[lo:hi],
                target_starts=tuple(start for _, start, _ in steps),
                target_values=tuple(float(value) for _, _, value in steps),
                parts=_parts(x[lo:hi], y[lo:hi], components[lo:hi], mine),
            )
            result.append((series, measurement_ids[lo:hi], frozenset(i for i, _, _ in steps)))
        return result


def _parts(
    x: np.ndarray, y: np.ndarray, components: np.ndarray, own: np.ndarray
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The formula inputs measured, each as (days, values) in day order."""
    if own.all():
        return {}
    parts = {}
    for name in sorted(set(components[~own].tolist())):
        chosen = components == name
        parts[str(name)] = (x[chosen], y[chosen])
    return parts
