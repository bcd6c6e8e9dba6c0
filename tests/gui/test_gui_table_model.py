"""The generic table model: a refresh ends equal to what the service returned, and tells
the view exactly which rows came, went or changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.ui.delegates import parse_number
from stratdesk.ui.models.table import (
    CHOICE,
    DATE,
    NUMBER,
    Column,
    EntityTableModel,
    format_day,
    format_number,
)


@dataclass(frozen=True)
class Row:
    id: int
    text: str


COLUMNS = (Column("id", "Id", NUMBER, editable=False), Column("text", "Text"))


def _model(rows: list[Row]) -> tuple[EntityTableModel, list[list[Row]]]:
    source = [rows]
    model = EntityTableModel(COLUMNS, lambda: source[0], lambda *_a: True)
    model.refresh()
    return model, source


rows_strategy = st.lists(
    st.builds(Row, st.integers(1, 12), st.sampled_from(["a", "b", "c"])),
    max_size=8,
    unique_by=lambda r: r.id,
)


# The fixtures (Qt app, log capture) hold no per-example state.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=rows_strategy, after=rows_strategy)
def test_refresh_ends_equal_to_the_source(
    qtbot: QtBot, before: list[Row], after: list[Row]
) -> None:
    model, source = _model(before)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    source[0] = after
    model.refresh()
    assert model.items() == after
    assert resets == []
    old = {r.id: r for r in before}
    for row in changed:
        assert old[after[row].id] != after[row]


def test_model_tester_through_inserts_removals_and_changes(qtmodeltester: ModelTester) -> None:
    model, source = _model([Row(1, "a"), Row(2, "b"), Row(3, "c")])
    qtmodeltester.check(model, force_py=True)
    for rows in (
        [Row(3, "c"), Row(1, "a")],
        [Row(4, "d"), Row(3, "x"), Row(1, "a"), Row(5, "e")],
        [],
        [Row(6, "f")],
    ):
        source[0] = rows
        model.refresh()
        assert model.items() == rows


def test_an_in_place_change_keeps_rows_and_emits_data_changed(qtbot: QtBot) -> None:
    model, source = _model([Row(1, "a"), Row(2, "b")])
    source[0] = [Row(1, "a"), Row(2, "B")]
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh()
    top, bottom = blocker.args[:2]
    assert (top.row(), bottom.row(), bottom.column()) == (1, 1, 1)


def test_display_alignment_flags_and_edit(qtbot: QtBot) -> None:
    commits: list[tuple[int, str, object]] = []
    columns = (
        Column("n", "N", NUMBER),
        Column("d", "D", DATE),
        Column("c", "C", CHOICE, choices=(("x", "Ex"),)),
        Column("t", "T", editable=False),
    )

    @dataclass(frozen=True)
    class Item:
        id: int
        n: float | None
        d: dt.date | None
        c: str
        t: str

    item = Item(7, 1500.0, dt.date(2026, 3, 1), "x", "two\nlines")
    model = EntityTableModel(columns, lambda: [item], lambda *a: commits.append(a) or True)
    model.locale = QLocale("en_GB")
    model.refresh()
    shown = [model.data(model.index(0, c)) for c in range(4)]
    assert shown == ["1,500", "1 Mar 2026", "Ex", "two lines"]
    right = model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 0), 12.5)
    assert commits == [(7, "n", 12.5)]
    assert not model.setData(QModelIndex(), 1)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "D"


def test_number_formats_and_parsing() -> None:
    fr, en = QLocale("fr_FR"), QLocale("en_GB")
    assert format_number(2.5, fr) == "2,5"
    assert format_number(1234.0, en) == "1,234"
    assert format_day(dt.date(2026, 12, 31), fr) == "31 déc. 2026"
    assert parse_number("1 500,5", fr) == 1500.5
    assert parse_number("1500.5", fr) == 1500.5
    assert parse_number("  ", en) is None
    assert parse_number("lots", en) == "lots"
