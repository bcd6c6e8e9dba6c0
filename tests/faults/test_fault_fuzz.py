"""Fuzzed service calls on the demo plan: ids that cannot be ids, text with control
characters, NaN, dates of year 1 and 9999, wrong types. Every call either works or is refused
with a sentence (`StratdeskError`); a refused call writes nothing and announces nothing."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from stratdesk.domain.errors import StratdeskError
from stratdesk.domain.tables import metadata
from stratdesk.services.changes import ChangeSet
from stratdesk.services.demo import build_demo
from stratdesk.services.workspace import Workspace

from .conftest import Figures

# Entity services and what they own (their parent is the plan unless said otherwise).
SERVICES = [
    "factors",
    "competitors",
    "swot",
    "tows",
    "segments",
    "personas",
    "criteria",
    "objectives",
    "roadmap",
    "mix",
    "campaigns",
    "experiments",
    "kpis",
    "kpi_targets",
    "kpi_measurements",
]

_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(["", "   ", "\x00", "a\x7fb", "\u202eevil", "x" * 5000, "Levain", "S", "O"]),
)
_ids = st.one_of(
    st.integers(min_value=-3, max_value=40),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63 - 1, 2**63, -(2**63) - 1]),
    st.text(max_size=4),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True),
    st.lists(st.integers(0, 5), max_size=2),
)
_values = st.one_of(
    _text,
    _ids,
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from([dt.date(2026, 6, 1), 1e300, -1e300, 10**20, "product", "high", "month"]),
)


def _fields(workspace: Workspace, name: str) -> list[str]:
    return [*getattr(workspace.services, name).base.model_fields, "id", "unknown_field"]


@st.composite
def calls(draw: st.DrawFn, workspace: Workspace) -> tuple[str, str, tuple[Any, ...]]:
    name = draw(st.sampled_from(SERVICES))
    data = draw(st.dictionaries(st.sampled_from(_fields(workspace, name)), _values, max_size=5))
    method = draw(st.sampled_from(["create", "update", "delete", "get", "list", "reorder", "move"]))
    an_id = draw(_ids)
    args: dict[str, tuple[Any, ...]] = {
        "create": (an_id, data),
        "update": (an_id, data),
        "delete": (an_id,),
        "get": (an_id,),
        "list": (an_id,),
        "reorder": (an_id, draw(st.lists(_ids, max_size=4))),
        "move": (an_id, data, draw(st.integers(-5, 2**40))),
    }
    if name == "kpi_measurements" and draw(st.booleans()):
        rows = draw(st.lists(st.tuples(st.integers(1, 9), _values, _values, _text), max_size=4))
        return name, "import_rows", (an_id, rows)
    if name == "kpi_targets" and draw(st.booleans()):
        return name, "set_target", (an_id, draw(_values), draw(_values))
    return name, method, args[method]


def _dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    with workspace.store.session() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in metadata.sorted_tables
        }


def _fuzz(tmp_path: Path, examples: int, figures: Figures) -> None:
    path = tmp_path / "demo.stratdesk"
    build_demo(path, "en")
    outcomes: Counter[str] = Counter()
    tracebacks: list[str] = []
    with Workspace.open(path) as workspace:

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(call=calls(workspace))
        def run(call: tuple[str, str, tuple[Any, ...]]) -> None:
            name, method, args = call
            before = _dump(workspace)
            seen: list[ChangeSet] = []
            unsubscribe = workspace.hub.subscribe(seen.append)
            try:
                getattr(getattr(workspace.services, name), method)(*args)
                outcomes["accepted"] += 1
            except StratdeskError:
                outcomes["refused"] += 1
                if seen or _dump(workspace) != before:
                    outcomes["partial writes"] += 1
            except Exception as exc:  # what the person would have met as a traceback
                outcomes["tracebacks"] += 1
                tracebacks.append(f"{name}.{method}{args!r:.200}: {exc!r:.200}")
            finally:
                unsubscribe()

        run()
    figures.record(
        fuzzed_calls=sum(outcomes[k] for k in ("accepted", "refused", "tracebacks")),
        accepted=outcomes["accepted"],
        refused_with_a_sentence=outcomes["refused"],
        partial_writes=outcomes["partial writes"],
        tracebacks=outcomes["tracebacks"],
    )
    assert tracebacks == []
    assert outcomes["partial writes"] == 0


def test_fuzzed_service_calls_write_all_or_nothing(tmp_path: Path, figures: Figures) -> None:
    _fuzz(tmp_path, 300, figures)


@pytest.mark.faults_long
def test_fuzzed_service_calls_write_all_or_nothing_long(tmp_path: Path, figures: Figures) -> None:
    _fuzz(tmp_path, 5000, figures)
