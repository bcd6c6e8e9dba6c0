"""Importing into a real plan file: all or nothing, and re-importing adds nothing twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import Session

from stratdesk.db.store import PlanStore
from stratdesk.domain.kpis import Kpi
from stratdesk.domain.operations import Campaign
from stratdesk.domain.plan import Client, Plan
from stratdesk.io.kpi_import import (
    ImportRefused,
    MeasurementRow,
    import_file,
    import_measurements,
    plan_import,
)
from stratdesk.services.changes import ChangeHub, ChangeSet
from stratdesk.services.context import ServiceContext
from stratdesk.services.kpis import KpiMeasurementService

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"


@dataclass
class Fixture:
    service: KpiMeasurementService
    kpi_id: int
    other_plan_campaign_id: int
    changes: list[ChangeSet]


@pytest.fixture
def plan(tmp_path: Path) -> Iterator[Fixture]:
    store = PlanStore.create(tmp_path / "import.stratdesk", backup_root=tmp_path / "backups")
    with Session(store.engine) as session:
        client = Client(name="Boulangerie Martin")
        session.add(client)
        session.flush()
        first = Plan(title="Plan 2024", start_year=2024, client_id=client.id)
        second = Plan(title="Other", start_year=2024, client_id=client.id)
        session.add_all([first, second])
        session.flush()
        kpi = Kpi(name="Clics", plan_id=first.id)
        campaign = Campaign(
            name="Elsewhere",
            plan_id=second.id,
            start=dt.date(2024, 1, 1),
            end=dt.date(2024, 12, 31),
        )
        session.add_all([kpi, campaign])
        session.commit()
        ids = kpi.id, campaign.id
    hub = ChangeHub()
    seen: list[ChangeSet] = []
    hub.subscribe(seen.append)
    service = KpiMeasurementService(ServiceContext(store, hub))
    assert ids[0] is not None and ids[1] is not None
    yield Fixture(service, ids[0], ids[1], seen)
    store.close()


def test_import_writes_every_row_with_its_source(plan: Fixture) -> None:
    result = import_file(plan.service, plan.kpi_id, SAMPLES / "fr_semicolon_bom.csv")
    assert result.added == 4 and result.skipped == 0
    stored = plan.service.list(plan.kpi_id)
    assert [(m.day, m.value, m.source) for m in stored] == [
        (dt.date(2024, 3, 1), 1234.0, "fr_semicolon_bom.csv"),
        (dt.date(2024, 3, 8), 1310.0, "fr_semicolon_bom.csv"),
        (dt.date(2024, 3, 15), 998.0, "fr_semicolon_bom.csv"),
        (dt.date(2024, 3, 22), 1502.0, "fr_semicolon_bom.csv"),
    ]
    assert sorted(result.ids) == sorted(m.id for m in stored)
    assert len(plan.changes) == 1  # one transaction, one change set
    assert result.summary() == "4 measurements imported, 0 already present."


def test_reimporting_the_same_file_adds_nothing(plan: Fixture) -> None:
    path = SAMPLES / "google_ads_campaigns.csv"
    first = import_file(plan.service, plan.kpi_id, path, skip_blank=True)
    again = import_file(plan.service, plan.kpi_id, path, skip_blank=True)
    assert (first.added, again.added, again.skipped) == (6, 0, 6)
    assert len(plan.service.list(plan.kpi_id)) == 6
    assert len(plan.changes) == 1  # nothing new: nothing written, nothing emitted


def test_reimport_adds_only_the_new_rows(plan: Fixture) -> None:
    rows = plan_import(SAMPLES / "xlsx_serial_dates.xlsx")
    import_measurements(plan.service, plan.kpi_id, rows[:2])
    result = import_measurements(plan.service, plan.kpi_id, rows)
    assert (result.added, result.skipped) == (2, 2)
    assert [m.value for m in plan.service.list(plan.kpi_id)] == [31.5, 33.0, 34.25, 36.0]


def test_the_same_values_from_another_source_are_new_when_both_are_kept(plan: Fixture) -> None:
    import_file(plan.service, plan.kpi_id, SAMPLES / "cp1252_euro.csv", value_col=3)
    result = import_file(
        plan.service,
        plan.kpi_id,
        SAMPLES / "cp1252_euro.csv",
        value_col=3,
        source="CRM",
        existing="keep",
    )
    assert result.added == 3
    assert len(plan.service.list(plan.kpi_id)) == 6


def test_identical_rows_in_one_file_are_kept_and_not_duplicated_later(
    plan: Fixture, tmp_path: Path
) -> None:
    path = tmp_path / "two_campaigns.csv"
    path.write_text("Date;Valeur\n01/03/2024;0\n01/03/2024;0\n02/03/2024;5\n", encoding="utf-8")
    assert import_file(plan.service, plan.kpi_id, path).added == 3
    assert import_file(plan.service, plan.kpi_id, path).added == 0
    assert len(plan.service.list(plan.kpi_id)) == 3


def test_a_bad_row_writes_nothing(plan: Fixture) -> None:
    with pytest.raises(ImportRefused, match="Row 5"):
        import_file(plan.service, plan.kpi_id, SAMPLES / "bad_date.csv")
    assert plan.service.list(plan.kpi_id) == []
    assert plan.changes == []


def test_a_refusal_by_the_service_names_the_file_row_and_writes_nothing(plan: Fixture) -> None:
    # The file rows 4 and 9 are new; row 9 breaks a rule only the service knows about.
    rows = [
        MeasurementRow(row=4, day=dt.date(2024, 3, 1), value=1.0, source="f.csv"),
        MeasurementRow(row=9, day=dt.date(2024, 3, 2), value=2.0, source="x" * 300),
    ]
    with pytest.raises(ImportRefused) as caught:
        import_measurements(plan.service, plan.kpi_id, rows)
    assert caught.value.row == 9
    assert str(caught.value).startswith("Row 9: ")
    assert "Row 2" not in str(caught.value)  # not the service's own count
    assert plan.service.list(plan.kpi_id) == []


def test_a_campaign_of_another_plan_is_refused_and_nothing_is_written(plan: Fixture) -> None:
    rows = plan_import(SAMPLES / "utf16_tab.csv")
    with pytest.raises(ImportRefused):
        import_measurements(
            plan.service, plan.kpi_id, rows, campaign_id=plan.other_plan_campaign_id
        )
    assert plan.service.list(plan.kpi_id) == []


def test_a_deleted_kpi_is_refused(plan: Fixture) -> None:
    rows = plan_import(SAMPLES / "utf16_tab.csv")
    with pytest.raises(ImportRefused) as caught:
        import_measurements(plan.service, plan.kpi_id + 99, rows)
    assert caught.value.row is None
