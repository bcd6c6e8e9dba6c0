"""The KPI undo commands on a real stack: merging, no-ops, all-or-nothing imports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from stratdesk.io.kpi_import import MeasurementRow
from stratdesk.ui.commands.kpis import (
    ClearTargetCommand,
    ImportMeasurementsCommand,
    SetTargetCommand,
)
from stratdesk.ui.document import PlanDocument

D = dt.date


def _targets(document: PlanDocument, kpi_id: int) -> list[tuple[dt.date, float]]:
    return [(t.period_start, t.value) for t in document.services.kpi_targets.targets(kpi_id)]


def test_typing_a_target_twice_is_one_step(
    document: PlanDocument, make_kpi: Callable[..., int]
) -> None:
    kpi_id = make_kpi("Visits", targets=[(D(2026, 1, 1), 10.0)])
    runner, service, stack = document.runner, document.services.kpi_targets, document.stack
    before = stack.count()
    for value in (11.0, 12.0):
        assert runner.push(SetTargetCommand(runner, service, kpi_id, D(2026, 1, 1), value, "t"))
    assert stack.count() == before + 1
    assert _targets(document, kpi_id) == [(D(2026, 1, 1), 12.0)]
    stack.undo()
    assert _targets(document, kpi_id) == [(D(2026, 1, 1), 10.0)]
    # The same value again is nothing to undo.
    assert not runner.push(SetTargetCommand(runner, service, kpi_id, D(2026, 1, 1), 10.0, "t"))


def test_clearing_a_missing_target_is_a_no_op(
    document: PlanDocument, make_kpi: Callable[..., int]
) -> None:
    kpi_id = make_kpi("Visits", targets=[(D(2026, 1, 1), 10.0)])
    runner, service = document.runner, document.services.kpi_targets
    assert not runner.push(ClearTargetCommand(runner, service, kpi_id, D(2026, 2, 1), "c"))
    assert runner.push(ClearTargetCommand(runner, service, kpi_id, D(2026, 1, 1), "c"))
    assert _targets(document, kpi_id) == []
    document.stack.undo()
    assert _targets(document, kpi_id) == [(D(2026, 1, 1), 10.0)]


def test_an_import_refused_by_the_service_writes_nothing(
    document: PlanDocument, make_kpi: Callable[..., int]
) -> None:
    kpi_id = make_kpi("Visits")
    rows = [
        MeasurementRow(row=2, day=D(2026, 1, 1), value=1.0, source="a.csv"),
        MeasurementRow(row=3, day=D(2026, 1, 2), value=1e300, source="a.csv"),  # too large
    ]
    runner, service = document.runner, document.services.kpi_measurements
    failures: list[str] = []
    runner.failed.connect(failures.append)
    command = ImportMeasurementsCommand(runner, service, kpi_id, rows, "import")
    assert not runner.push(command)
    assert command.error is not None and command.error.row == 3
    assert failures and failures[0].startswith("Row 3:")
    assert service.list(kpi_id) == []
