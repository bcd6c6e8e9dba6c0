"""`stratdesk alignment FILE` and `stratdesk status FILE`: the findings and the figures, as
text or JSON in the shapes the issue fixes, exit 0; 2 on an unreadable file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from stratdesk.cli import main
from stratdesk.services.workspace import Workspace

YEAR = dt.date.today().year


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.stratdesk"
    data = {"title": "Plan", "start_year": YEAR, "horizon_years": 1}
    with Workspace.create(path, {"name": "Acme"}, data) as workspace:
        services, plan_id = workspace.services, workspace.plan_id
        kpi = services.kpis.create(plan_id, {"name": "Sign-ups", "unit": "count"})
        services.kpi_measurements.create(kpi.id, {"day": dt.date.today(), "value": 12})
        services.kpi_targets.set_target(kpi.id, dt.date.today(), 100)
        services.objectives.create(plan_id, {"statement": "Grow", "kpi_id": kpi.id})
        services.mix.create(plan_id, {"title": "Flyers", "p": "promotion"})
    return path


def test_alignment_prints_each_finding(plan: Path, capsys) -> None:
    assert main(["--lang", "en", "alignment", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "action_without_objective\tFlyers\tServes no objective" in out
    assert "objective_without_work\tGrow" in out


def test_alignment_json_is_a_list_of_findings(plan: Path, capsys) -> None:
    assert main(["alignment", str(plan), "--json", "--lang", "en"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {"kind", "item_type", "item_id", "item_name", "message"} == set(found[0])
    flyers = next(f for f in found if f["item_name"] == "Flyers")
    assert (flyers["kind"], flyers["item_type"]) == ("action_without_objective", "mix_action")
    assert isinstance(flyers["item_id"], int)


def test_alignment_speaks_french(plan: Path, capsys) -> None:
    assert main(["alignment", str(plan), "--json", "--lang", "fr"]) == 0
    found = json.loads(capsys.readouterr().out)
    flyers = next(f for f in found if f["item_name"] == "Flyers")
    assert flyers["message"].startswith("Ne sert aucun objectif")


def test_status_json_has_the_issue_shape(plan: Path, capsys) -> None:
    assert main(["status", str(plan), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert set(status) == {"objectives", "kpis"}
    (kpi,) = status["kpis"]
    assert (kpi["name"], kpi["unit"], kpi["aggregation"]) == ("Sign-ups", "count", "sum")
    current = next(p for p in kpi["periods"] if p["actual"] is not None)
    assert set(current) == {"start", "actual", "target", "status"}
    assert current["start"] == dt.date.today().replace(day=1).isoformat()
    assert current["actual"] == 12 and current["target"] == 100
    assert current["status"] in {"on_track", "at_risk", "off_track"}
    (objective,) = status["objectives"]
    assert objective["kpi"] == "Sign-ups" and objective["actual"] == 12


@pytest.mark.parametrize("command", ["alignment", "status"])
def test_an_unreadable_file_exits_2(tmp_path: Path, command: str, capsys) -> None:
    bad = tmp_path / "bad.stratdesk"
    bad.write_bytes(b"not a plan")
    assert main([command, str(bad)]) == 2
    assert main([command, str(tmp_path / "missing.stratdesk")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("stratdesk:") == 2
