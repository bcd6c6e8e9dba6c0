"""Building the demo: languages, refusals, clean-up on failure, determinism."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from stratdesk.db.store import PlanStore
from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import Catalog, current_language, translate
from stratdesk.services import demo_kpis, demo_strategy
from stratdesk.services.demo import build_demo

TODAY = dt.date(2026, 11, 27)


def _text_values(demo: Any) -> set[str]:
    return {
        value
        for rows in demo.all_rows().values()
        for row in rows
        for value in row.values()
        if isinstance(value, str)
    }


def test_builds_in_english_and_returns_the_path(tmp_path: Path) -> None:
    path = tmp_path / "demo.stratdesk"
    assert build_demo(path, "en", today=TODAY) == path
    store = PlanStore.open(path, read_only=True)  # the app accepts the file as a plan
    store.close()


def test_french_demo_is_in_french(french_demo: Any, french: Catalog) -> None:
    (plan,) = french_demo.rows("plan")
    (client,) = french_demo.rows("client")
    assert plan["title"] == "Plan marketing 2026–2028"
    assert plan["language"] == "fr"
    assert client["sector"] == "Torréfaction de café de spécialité"
    kpi_names = {k["name"] for k in french_demo.rows("kpi")}
    assert "Abonnements actifs" in kpi_names


def test_french_demo_holds_no_english_text(
    french_demo: Any, french: Catalog, recorded_sources: set[tuple[str, str]]
) -> None:
    english_only = {
        text for context, text in recorded_sources if french.translate(context, text) != text
    }
    assert english_only  # the check below means something
    assert _text_values(french_demo) & english_only == set()


def test_french_and_english_demos_have_the_same_shape(english_demo: Any, french_demo: Any) -> None:
    english, french = english_demo.all_rows(), french_demo.all_rows()
    assert {name: len(rows) for name, rows in english.items()} == {
        name: len(rows) for name, rows in french.items()
    }
    # Same numbers, dates and links: only the language of the texts differs.
    assert english["kpi_measurement"] == french["kpi_measurement"]
    assert english["mix_action"][0]["budget_planned_cents"] > 0


def test_language_is_switched_for_the_build_and_restored(tmp_path: Path, french: Catalog) -> None:
    assert current_language() == "en"
    build_demo(tmp_path / "demo.stratdesk", "fr", today=TODAY)
    assert current_language() == "en"
    assert translate("Demo", "Growth") == "Growth"


def test_language_is_restored_after_a_failure(
    tmp_path: Path, french: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_kpis, "add_kpis", broken)
    with pytest.raises(RuntimeError):
        build_demo(tmp_path / "demo.stratdesk", "fr", today=TODAY)
    assert current_language() == "en"


def test_refuses_to_overwrite_and_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "precious.stratdesk"
    path.write_bytes(b"a client's plan")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StratdeskError, match="already exists"):
        build_demo(path, "en", today=TODAY)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious.stratdesk"]


def test_refuses_an_unsupported_language(tmp_path: Path) -> None:
    path = tmp_path / "demo.stratdesk"
    with pytest.raises(StratdeskError, match="language"):
        build_demo(path, "de", today=TODAY)
    assert not path.exists()
    assert current_language() == "en"


def test_a_failure_deletes_the_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_kpis, "add_kpis", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        build_demo(tmp_path / "demo.stratdesk", "en", today=TODAY)
    assert list(tmp_path.iterdir()) == []  # no plan, no journal, no lock file


def test_every_row_is_validated_before_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Empty texts are refused by the app (here a PESTEL factor's): the demo refuses them too.
    monkeypatch.setattr(demo_strategy, "translate", lambda _context, _text: "")
    with pytest.raises(ValidationError):
        build_demo(tmp_path / "demo.stratdesk", "en", today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_two_builds_hold_identical_rows(tmp_path: Path, english_demo: Any, open_demo: Any) -> None:
    again = open_demo(build_demo(tmp_path / "again.stratdesk", "en", today=TODAY)).all_rows()
    first = english_demo.all_rows()
    # Only the plan's identity differs: each file is a plan of its own.
    ((plan_again,), (plan_first,)) = again.pop("plan"), first.pop("plan")
    assert plan_again.pop("uuid") != plan_first.pop("uuid")
    assert plan_again == plan_first
    assert again == first


def test_the_plan_starts_in_the_year_of_today(tmp_path: Path, open_demo: Any) -> None:
    later = build_demo(tmp_path / "later.stratdesk", "en", today=dt.date(2031, 2, 3))
    (plan,) = open_demo(later).rows("plan")
    assert (plan["start_year"], plan["title"]) == (2031, "Marketing plan 2031–2033")
    measured = {m["day"].year for m in open_demo(later).rows("kpi_measurement")}
    assert measured == {2030, 2031}  # the first year, and a media study the year before
    now = build_demo(tmp_path / "now.stratdesk", "en")
    (plan,) = open_demo(now).rows("plan")
    assert plan["start_year"] == dt.date.today().year
