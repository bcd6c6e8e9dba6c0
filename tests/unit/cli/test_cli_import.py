"""`stratdesk import kpi FILE DATA`: all or nothing, idempotent, columns by name or number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from stratdesk.cli import main
from stratdesk.services.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
GOOD = SAMPLES / "fr_semicolon_bom.csv"
BAD = SAMPLES / "bad_date.csv"


def _plan(tmp_path: Path, *kpis: str) -> Path:
    path = tmp_path / "plan.stratdesk"
    with Workspace.create(
        path, {"name": "Acme"}, {"title": "Plan", "start_year": 2024, "horizon_years": 3}
    ) as ws:
        for name in kpis:
            ws.services.kpis.create(ws.plan_id, {"name": name})
    return path


def _stored(path: Path, name: str) -> list[tuple[dt.date, float, str]]:
    with Workspace.open(path) as ws:
        kpi = next(k for k in ws.services.kpis.list(ws.plan_id) if k.name == name)
        return [(m.day, m.value, m.source) for m in ws.services.kpi_measurements.list(kpi.id)]


def test_good_file_is_imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path, "Visites", "Revenue")
    assert main(["import", "kpi", str(plan), str(GOOD), "--kpi", "visites"]) == 0
    out = capsys.readouterr().out
    assert "Visites: 4 measurements imported, 0 already present." in out
    assert _stored(plan, "Visites") == [
        (dt.date(2024, 3, 1), 1234.0, GOOD.name),
        (dt.date(2024, 3, 8), 1310.0, GOOD.name),
        (dt.date(2024, 3, 15), 998.0, GOOD.name),
        (dt.date(2024, 3, 22), 1502.0, GOOD.name),
    ]
    assert _stored(plan, "Revenue") == []


def test_re_running_the_same_import_adds_nothing(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Visites")
    assert main(["import", "kpi", str(plan), str(GOOD)]) == 0  # the plan's only KPI
    first = _stored(plan, "Visites")
    capsys.readouterr()
    assert main(["import", "kpi", str(plan), str(GOOD)]) == 0
    assert "0 measurements imported, 4 already present." in capsys.readouterr().out
    assert _stored(plan, "Visites") == first


def test_a_bad_row_refuses_the_whole_file(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Visites")
    assert main(["import", "kpi", str(plan), str(BAD), "--kpi", "Visites"]) == 1
    captured = capsys.readouterr()
    assert "bad_date.csv: Row 5:" in captured.err
    assert "31/02/2024" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert _stored(plan, "Visites") == []  # rows 2–4 were fine, and still not written


def test_unknown_kpi_name_lists_the_plans_kpis(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Visites", "Revenue")
    assert main(["import", "kpi", str(plan), str(GOOD), "--kpi", "Clicks"]) == 1
    err = capsys.readouterr().err
    assert "“Clicks”" in err and "“Visites”" in err and "“Revenue”" in err
    assert _stored(plan, "Visites") == [] and _stored(plan, "Revenue") == []


def test_several_kpis_need_a_name(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Visites", "Revenue")
    assert main(["import", "kpi", str(plan), str(GOOD)]) == 1
    assert "--kpi" in capsys.readouterr().err
    assert _stored(plan, "Visites") == []


@pytest.mark.parametrize(
    ("date_col", "value_col"),
    [("Date", "Chiffre d'affaires"), ("1", "4"), ("date", "CHIFFRE D'AFFAIRES")],
)
def test_columns_by_name_or_number(tmp_path: Path, date_col: str, value_col: str) -> None:
    plan = _plan(tmp_path, "Revenue")
    args = ["import", "kpi", str(plan), str(GOOD), "--date-col", date_col]
    assert main([*args, "--value-col", value_col]) == 0
    assert [value for _day, value, _source in _stored(plan, "Revenue")] == [
        1234.56,
        1410.0,
        987.1,
        1600.2,
    ]


def test_a_column_that_does_not_exist_is_refused(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Revenue")
    assert main(["import", "kpi", str(plan), str(GOOD), "--value-col", "9"]) == 1
    assert "no column 9" in capsys.readouterr().err
    assert _stored(plan, "Revenue") == []


def test_source_option_and_missing_files(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Visites")
    assert main(["import", "kpi", str(plan), str(GOOD), "--source", "Matomo"]) == 0
    assert {source for _d, _v, source in _stored(plan, "Visites")} == {"Matomo"}
    assert main(["import", "kpi", str(plan), str(tmp_path / "nowhere.csv")]) == 1
    assert main(["import", "kpi", str(tmp_path / "none.stratdesk"), str(GOOD)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_a_plan_without_kpis_is_refused(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path)
    assert main(["import", "kpi", str(plan), str(GOOD)]) == 1
    assert "no KPI" in capsys.readouterr().err


def test_blank_rows_refuse_unless_skip_blank(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Ventes")
    data = tmp_path / "na.csv"
    data.write_text("Date;Ventes\n01/03/2024;5\n02/03/2024;n/a\n03/03/2024;7\n", encoding="utf-8")
    assert main(["import", "kpi", str(plan), str(data)]) == 1
    err = capsys.readouterr().err
    assert "Row 3 has no value" in err and "--skip-blank" in err
    assert _stored(plan, "Ventes") == []
    assert main(["import", "kpi", str(plan), str(data), "--skip-blank"]) == 0
    assert "1 row without a value skipped (row 3)." in capsys.readouterr().out
    assert [value for _, value, _ in _stored(plan, "Ventes")] == [5.0, 7.0]


def test_an_ambiguous_decimal_needs_the_decimal_option(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Ventes")
    data = tmp_path / "fr.csv"
    data.write_text("Jour;Ventes\n01/03/2024;1.200\n02/03/2024;950\n", encoding="utf-8")
    assert main(["import", "kpi", str(plan), str(data)]) == 1
    err = capsys.readouterr().err
    assert "“1.200”" in err and "--decimal , or --decimal ." in err
    assert _stored(plan, "Ventes") == []
    assert main(["import", "kpi", str(plan), str(data), "--decimal", ","]) == 0
    assert [value for _, value, _ in _stored(plan, "Ventes")] == [1200.0, 950.0]


def test_existing_values_of_other_sources_are_skipped_by_default(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Ventes")
    with Workspace.open(plan) as ws:
        kpi = ws.services.kpis.list(ws.plan_id)[0]
        ws.services.kpi_measurements.create(
            kpi.id, {"day": dt.date(2024, 3, 1), "value": 4.0, "source": "manual"}
        )
    data = tmp_path / "ads.csv"
    data.write_text("Date;Ventes\n01/03/2024;5\n02/03/2024;6\n", encoding="utf-8")
    assert main(["import", "kpi", str(plan), str(data)]) == 0
    assert "1 row skipped: its day already had a value" in capsys.readouterr().out
    assert [(v, s) for _, v, s in _stored(plan, "Ventes")] == [(4.0, "manual"), (6.0, "ads.csv")]
    assert main(["import", "kpi", str(plan), str(data), "--existing", "replace"]) == 0
    assert "1 value from another source replaced." in capsys.readouterr().out
    assert [(v, s) for _, v, s in _stored(plan, "Ventes")] == [(5.0, "ads.csv"), (6.0, "ads.csv")]


def _kpis(path: Path) -> dict[str, object]:
    with Workspace.open(path) as ws:
        return {k.name: k for k in ws.services.kpis.list(ws.plan_id)}


def test_create_makes_the_kpi_then_imports_into_it(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Revenue")
    args = ["import", "kpi", str(plan), str(GOOD), "--kpi", "Visites", "--value-col", "Visites"]
    extra = ["--create", "--unit", "count", "--period", "week", "--aggregation", "sum"]
    assert main([*args, *extra]) == 0
    out = capsys.readouterr().out
    assert "KPI created: Visites" in out and "4 measurements imported" in out
    kpi = _kpis(plan)["Visites"]
    assert (kpi.unit, kpi.period, kpi.aggregation) == ("count", "week", "sum")  # type: ignore[attr-defined]
    assert len(_stored(plan, "Visites")) == 4
    # Again with --create: the KPI is there now, the rows too.
    assert main([*args, *extra]) == 0
    assert "KPI created" not in capsys.readouterr().out
    assert len(_kpis(plan)) == 2 and len(_stored(plan, "Visites")) == 4


def test_create_without_options_takes_the_defaults(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path)
    args = ["import", "kpi", str(plan), str(GOOD), "--kpi", "Taux", "--create"]
    assert main([*args, "--value-col", "Taux de conversion", "--unit", "percent"]) == 0
    kpi = _kpis(plan)["Taux"]
    assert (kpi.unit, kpi.period, kpi.aggregation) == ("percent", "month", "average")  # type: ignore[attr-defined]


def test_a_refused_import_takes_the_new_kpi_away_too(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Revenue")
    assert main(["import", "kpi", str(plan), str(BAD), "--kpi", "New", "--create"]) == 1
    assert "Row" in capsys.readouterr().err
    assert list(_kpis(plan)) == ["Revenue"]


def test_create_needs_a_name(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Revenue")
    assert main(["import", "kpi", str(plan), str(GOOD), "--create"]) == 1
    assert "--kpi" in capsys.readouterr().err


def test_a_component_column_feeds_the_formula(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path)
    with Workspace.open(plan) as ws:
        ws.services.kpis.create(ws.plan_id, {"name": "CTR", "formula": "ctr", "unit": "percent"})
    base = ["import", "kpi", str(plan), str(GOOD), "--kpi", "CTR"]
    assert main([*base, "--value-col", "Visites", "--component", "impressions"]) == 0
    assert main([*base, "--value-col", "Chiffre d'affaires", "--component", "clicks"]) == 0
    assert main([*base, "--value-col", "Visites", "--component", "clicks"]) == 0
    with Workspace.open(plan) as ws:
        kpi = ws.services.kpis.list(ws.plan_id)[0]
        rows = ws.services.kpi_measurements.list(kpi.id)
    assert sorted({r.component for r in rows}) == ["clicks", "impressions"]
    assert len(rows) == 12  # the same values as another component are not "already present"
    # Re-importing one component adds nothing.
    capsys.readouterr()
    assert main([*base, "--value-col", "Visites", "--component", "impressions"]) == 0
    assert "0 measurements imported, 4 already present." in capsys.readouterr().out


def test_an_unknown_component_is_refused(tmp_path: Path, capsys) -> None:
    plan = _plan(tmp_path, "Visites")
    args = ["import", "kpi", str(plan), str(GOOD), "--kpi", "Visites", "--component", "clicks"]
    assert main(args) == 1
    assert "entered directly" in capsys.readouterr().err
    assert _stored(plan, "Visites") == []
