"""Services of the KPIs: the indicators, their targets per period and their measured values."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session, col

from stratdesk.domain.enums import KpiFormula, KpiUnit
from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.kpi_aggregation import check_component, following_aggregation
from stratdesk.domain.kpi_trajectory import period_start as period_start_of
from stratdesk.domain.kpis import (
    Kpi,
    KpiBase,
    KpiMeasurement,
    KpiMeasurementBase,
    KpiTarget,
    KpiTargetBase,
)
from stratdesk.domain.plan import Plan
from stratdesk.domain.rules import check_measurement_day
from stratdesk.i18n import translate
from stratdesk.services.context import ConflictingData, touch
from stratdesk.services.entity import EntityService, ServiceMixin
from stratdesk.services.ids import require_id, require_ids
from stratdesk.services.measurement_import import (
    ImportRow,
    RowChecker,
    RowRefused,
    WriteOutcome,
    write_measurements,
)
from stratdesk.services.read_models_ops import KpiMeasurementRead, KpiRead, KpiTargetRead
from stratdesk.services.snapshot import Snapshot, capture
from stratdesk.services.sql import flushed_id
from stratdesk.services.validation import field_error, validate


class InvalidRow(InvalidInput):
    """A row of a batch was refused; `row` is its number, counting from 1 as people do."""

    def __init__(self, row: int, error: InvalidInput) -> None:
        message = translate("Validation", "Row {row}: {message}").format(
            row=row, message=error.message
        )
        super().__init__(message, field=error.field)
        self.row = row
        self.reason = error.message


class KpiService(EntityService[KpiBase, Kpi, KpiRead]):
    """The plan's KPIs, in the consultant's order.

    A KPI created without an aggregation gets the default of its unit and formula
    (`default_aggregation`); "formula" needs a formula.
    """

    base = KpiBase
    table = Kpi
    read_model = KpiRead
    # Deleting a KPI takes its targets, measurements and campaign links with it (ON DELETE
    # CASCADE) and unlinks the objectives and key results it measured (ON DELETE SET NULL).
    also_changes = (
        "kpi_target",
        "kpi_measurement",
        "campaign_kpi",
        "objective",
        "key_result",
    )

    def update(self, item_id: int, changes: dict[str, Any], *, origin: object = None) -> KpiRead:
        """Change a KPI. A new unit or formula brings its default aggregation along, unless
        the aggregation was chosen (it differs from the old default) and still fits."""
        if "aggregation" not in changes and {"unit", "formula"} & set(changes):
            current = self.get(item_id)
            try:
                new = (
                    KpiUnit(changes.get("unit", current.unit)),
                    KpiFormula(changes.get("formula", current.formula)),
                )
            except ValueError:
                pass  # the update below refuses the bad value with its own message
            else:
                old = (current.unit, current.formula)
                aggregation = following_aggregation(current.aggregation, old, new)
                changes = {**changes, "aggregation": aggregation}
        return super().update(item_id, changes, origin=origin)


class _KpiChild:
    """Rows owned by a KPI: their plan is the KPI's plan (for links and date rules)."""

    def _plan_id(self: ServiceMixin, session: Session, parent_id: int) -> int:
        kpi = session.get(Kpi, require_id(parent_id))
        if kpi is None:
            raise NotFound(self._not_found(parent_id))
        return kpi.plan_id


class KpiTargetService(_KpiChild, EntityService[KpiTargetBase, KpiTarget, KpiTargetRead]):
    """One target value per KPI and period; periods lie within the plan's years."""

    base = KpiTargetBase
    table = KpiTarget
    read_model = KpiTargetRead
    parent_field = "kpi_id"
    plan_date_fields = ("period_start",)

    def targets(self, kpi_id: int) -> list[KpiTargetRead]:
        """The KPI's targets, earliest period first."""
        require_id(kpi_id)
        with self._ctx.read() as session:
            statement = (
                select(KpiTarget)
                .where(col(KpiTarget.kpi_id) == kpi_id)
                .order_by(col(KpiTarget.period_start))
            )
            return [self._to_read(row) for row in session.scalars(statement)]

    def set_target(
        self, kpi_id: int, period_start: dt.date, value: float, *, origin: object = None
    ) -> float | None:
        """Set the KPI's target for a period; returns the previous value (None if there was none).

        Undo with `set_target(…, previous)`, or `clear_target` when the previous was None.
        """
        valid = validate(self.base, {"period_start": period_start, "value": value})
        with self._ctx.write(self._kinds(), origin) as session:
            self._require_parent(session, kpi_id)
            # One target per period: 15 June and 1 June are the same month's target.
            kpi = session.get(Kpi, kpi_id)
            assert kpi is not None
            valid = valid.model_copy(
                update={"period_start": period_start_of(valid.period_start, kpi.period)}
            )
            self._check(session, kpi_id, valid)
            row = self._find(session, kpi_id, valid.period_start)
            previous = None if row is None else row.value
            if row is None:
                row = KpiTarget(kpi_id=kpi_id, **valid.model_dump())
            row.value = valid.value
            session.add(row)
            session.flush()
            touch(session, self.kind, row.id)
        return previous

    def clear_target(
        self, kpi_id: int, period_start: dt.date, *, origin: object = None
    ) -> float | None:
        """Remove the KPI's target for a period; returns the value it had (None if none)."""
        with self._ctx.write(self._kinds(), origin) as session:
            self._require_parent(session, kpi_id)
            kpi = session.get(Kpi, kpi_id)
            assert kpi is not None
            row = self._find(session, kpi_id, period_start_of(period_start, kpi.period))
            if row is None:
                return None
            previous = row.value
            touch(session, self.kind, row.id)
            session.delete(row)
        return previous

    def create(
        self, parent_id: int, data: dict[str, Any], *, origin: object = None
    ) -> KpiTargetRead:
        try:
            return super().create(parent_id, data, origin=origin)
        except ConflictingData:
            raise _duplicate_period() from None

    def update(
        self, item_id: int, changes: dict[str, Any], *, origin: object = None
    ) -> KpiTargetRead:
        try:
            return super().update(item_id, changes, origin=origin)
        except ConflictingData:
            raise _duplicate_period() from None

    @staticmethod
    def _find(session: Session, kpi_id: int, period_start: dt.date) -> KpiTarget | None:
        statement = select(KpiTarget).where(
            col(KpiTarget.kpi_id) == kpi_id,
            col(KpiTarget.period_start) == period_start,
        )
        return session.scalars(statement).first()


def _duplicate_period() -> InvalidInput:
    # The unique (kpi_id, period_start) constraint refused the row; the write was rolled back.
    reason = translate("Validation", "this KPI already has a target for this period")
    return field_error("period_start", reason)


# A bulk import touching more rows than this announces a change of the KPIs themselves, so that
# readers read everything again instead of receiving millions of ids.
TOUCHED_IDS_MAX = 50_000


class KpiMeasurementService(
    _KpiChild, EntityService[KpiMeasurementBase, KpiMeasurement, KpiMeasurementRead]
):
    """Measured values of a KPI. Days are not tied to the plan's years (baselines come before),
    but stay within `MEASUREMENT_YEARS_AROUND` years of them.

    A measurement is the KPI's own value (component "") or one input of its formula
    (component "clicks", "impressions"…: one of `kpi_formulas.inputs(kpi.formula)`).
    """

    base = KpiMeasurementBase
    table = KpiMeasurement
    read_model = KpiMeasurementRead
    parent_field = "kpi_id"

    def _check(self, session: Session, parent_id: int, valid: KpiMeasurementBase) -> None:
        super()._check(session, parent_id, valid)
        plan = self._plan(session, parent_id)
        try:
            check_measurement_day(valid.day, plan.start_year, plan.end_year)
        except ValueError as exc:
            raise field_error("day", str(exc)) from None
        if valid.component:
            kpi = session.get(Kpi, parent_id)
            assert kpi is not None  # checked by `_plan_id`
            try:
                check_component(valid.component, kpi.formula)
            except ValueError as exc:
                raise field_error("component", str(exc)) from None

    def list(self, parent_id: int) -> list[KpiMeasurementRead]:
        """The KPI's measurements, earliest day first."""
        require_id(parent_id)
        with self._ctx.read() as session:
            statement = (
                select(KpiMeasurement)
                .where(col(KpiMeasurement.kpi_id) == parent_id)
                .order_by(col(KpiMeasurement.day), col(KpiMeasurement.id))
            )
            return [self._to_read(row) for row in session.scalars(statement)]

    def series(self, kpi_id: int) -> builtins.list[tuple[dt.date, float]]:
        """(day, value) pairs of the KPI, earliest first: what a chart draws."""
        require_id(kpi_id)
        with self._ctx.read() as session:
            statement = (
                select(col(KpiMeasurement.day), col(KpiMeasurement.value))
                .where(col(KpiMeasurement.kpi_id) == kpi_id)
                .order_by(col(KpiMeasurement.day), col(KpiMeasurement.id))
            )
            return [(day, value) for day, value in session.execute(statement)]

    def add_many(
        self, kpi_id: int, rows: builtins.list[dict[str, Any]], *, origin: object = None
    ) -> builtins.list[int]:
        """Add every row or none (one transaction); `InvalidRow` names the first bad row."""
        valid_rows: list[KpiMeasurementBase] = []
        for number, data in enumerate(rows, start=1):
            try:
                valid_rows.append(validate(self.base, data))
            except InvalidInput as exc:
                raise InvalidRow(number, exc) from None
        if not valid_rows:
            return []
        with self._ctx.write(self._kinds(), origin) as session:
            self._require_parent(session, kpi_id)
            plan = self._plan(session, kpi_id)
            checked: set[tuple[int | None, str]] = set()
            for number, valid in enumerate(valid_rows, start=1):
                try:
                    check_measurement_day(valid.day, plan.start_year, plan.end_year)
                except ValueError as exc:
                    raise InvalidRow(number, field_error("day", str(exc))) from None
                # An import repeats the same few campaigns and components: check each once.
                key = (valid.campaign_id, valid.component)
                if key in checked:
                    continue
                try:
                    self._check(session, kpi_id, valid)
                except InvalidInput as exc:
                    raise InvalidRow(number, exc) from None
                checked.add(key)
            new = [KpiMeasurement(**valid.model_dump(), kpi_id=kpi_id) for valid in valid_rows]
            session.add_all(new)
            session.flush()
            ids = [flushed_id(row) for row in new]
            touch(session, self.kind, *ids)
        return ids

    def delete_many(self, ids: builtins.list[int], *, origin: object = None) -> Snapshot:
        """Delete these measurements (all or none); `restore(snapshot)` puts them back."""
        ids = require_ids(ids)
        column = col(KpiMeasurement.id)
        with self._ctx.write(self._kinds(), origin) as session:
            found: set[int] = set()
            for chunk in _chunks(ids):  # databases limit the parameters of one statement
                found.update(
                    i for i in session.scalars(select(column).where(column.in_(chunk))) if i
                )
            missing = [item_id for item_id in ids if item_id not in found]
            if missing:
                raise NotFound(self._not_found(missing[0]))
            snapshot = capture(session, self.kind, ids)
            for chunk in _chunks(ids):
                session.execute(delete(KpiMeasurement).where(column.in_(chunk)))
            self._announce(session, ids)
        return snapshot

    def _import_rows(
        self,
        kpi_id: int,
        rows: Iterable[ImportRow],
        campaign_id: int | None,
        existing: str,
        after_batch: Any,
        origin: object,
        component: str = "",
    ) -> WriteOutcome:
        require_id(kpi_id)
        kinds = self._kinds()
        with self._ctx.write(kinds, origin) as session:
            self._require_parent(session, kpi_id)
            plan = self._plan(session, kpi_id)
            if component:
                kpi = session.get(Kpi, kpi_id)
                assert kpi is not None  # checked by `_require_parent`
                try:
                    check_component(component, kpi.formula)
                except ValueError as exc:
                    raise field_error("component", str(exc)) from None
            if campaign_id is not None:
                self._check_reference(session, plan.id, "campaign_id", campaign_id)  # type: ignore[arg-type]
            checker = RowChecker(plan.start_year, plan.end_year)
            try:
                outcome = write_measurements(
                    session.connection(),
                    kpi_id,
                    rows,
                    checker,
                    campaign_id=campaign_id,
                    existing=existing,
                    after_batch=after_batch,
                    component=component,
                )
            except RowRefused as exc:
                raise InvalidRow(exc.row, exc) from None
            if not outcome.ids and not outcome.replaced_count:
                raise _NothingNew(outcome)  # rolled back: no change to announce
            replaced = outcome.replaced.ids("kpi_measurement") if outcome.replaced else []
            if len(outcome.ids) + len(replaced) > TOUCHED_IDS_MAX:
                kinds.add("kpi")  # readers of the KPIs read them all again
            else:
                self._announce(session, [*outcome.ids, *replaced])
        return outcome

    def import_rows(
        self,
        kpi_id: int,
        rows: Iterable[ImportRow],
        *,
        campaign_id: int | None = None,
        existing: str = "keep",
        after_batch: Any = None,
        origin: object = None,
        component: str = "",
    ) -> WriteOutcome:
        """Add the rows (file row, day, value, source) the KPI does not have yet, as its own
        values or (`component`) as one input of its formula.

        One transaction, all or nothing, however long the stream: the first bad row refuses
        everything (`InvalidRow` with its number, nothing written), and so does an exception
        raised by the stream itself or by `after_batch(rows_so_far)` (how an import is
        cancelled). Re-importing the same rows adds nothing (and announces no change).
        Days that hold values from another source are settled by `existing`: "keep" (both,
        the default), "replace", "skip", or "ask" (they refuse the import:
        `OtherSourcesFound`, what the import dialog and `import_file` do unless told).
        """
        try:
            return self._import_rows(
                kpi_id, rows, campaign_id, existing, after_batch, origin, component
            )
        except _NothingNew as nothing:
            return nothing.outcome

    def _plan(self, session: Session, kpi_id: int) -> Plan:
        plan = session.get(Plan, self._plan_id(session, kpi_id))
        assert plan is not None  # a KPI's plan_id is a foreign key
        return plan

    @staticmethod
    def _announce(session: Session, ids: Iterable[int]) -> None:
        touch(session, "kpi_measurement", *ids)


class _NothingNew(Exception):
    """Every row was there already: the transaction is rolled back, nothing announced."""

    def __init__(self, outcome: WriteOutcome) -> None:
        super().__init__()
        self.outcome = outcome


def _chunks(ids: list[int], size: int = 900) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
