"""The date field: typed dates read in the interface's language, unreadable ones said, a
calendar that opens on a sensible month."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from stratdesk.ui.widgets.date_edit import DateEdit

PLAN = (2026, 2028)


def _field(qtbot: QtBot, **options: object) -> DateEdit:
    edit = DateEdit(**options)  # type: ignore[arg-type]
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def _type(qtbot: QtBot, edit: DateEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)  # not keyClicks: the text may hold non-ASCII letters
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_french_date_typed_is_read(qtbot: QtBot, french: None) -> None:
    edit = _field(qtbot)
    assert edit.placeholderText() == "jj/mm/aaaa"
    with qtbot.waitSignal(edit.date_changed) as changed:
        _type(qtbot, edit, "31/01/2027")
    assert changed.args == [dt.date(2027, 1, 31)]
    assert edit.date() == dt.date(2027, 1, 31) and edit.is_valid()
    _type(qtbot, edit, "1/2/27")
    assert edit.date() == dt.date(2027, 2, 1)
    _type(qtbot, edit, "3 févr. 2027")
    assert edit.date() == dt.date(2027, 2, 3)


def test_an_unreadable_date_says_so_until_it_is_fixed(qtbot: QtBot) -> None:
    edit = _field(qtbot)
    edit.set_date(dt.date(2027, 1, 31))
    with qtbot.waitSignal(edit.problem_changed) as problem:
        _type(qtbot, edit, "garbage")
    message = "“garbage” is not a date: type it as dd/mm/yyyy or yyyy-mm-dd."
    assert problem.args == [message]
    assert edit.date() is None and not edit.is_valid()
    assert edit.error() == message and edit.toolTip() == message
    assert "border" in edit.styleSheet()  # the red frame
    assert edit.text() == "garbage"  # what was typed stays, to be corrected
    with qtbot.waitSignal(edit.problem_changed) as problem:
        edit.setText("31/01/2027")  # corrected: the mark goes while typing
    assert problem.args == [""]
    assert edit.styleSheet() == "" and edit.date() == dt.date(2027, 1, 31)


def test_empty_is_no_date_only_where_optional(qtbot: QtBot) -> None:
    optional = _field(qtbot, optional=True)
    optional.set_date(dt.date(2027, 1, 31))
    with qtbot.waitSignal(optional.date_changed) as changed:
        optional.clear()
    assert changed.args == [None]
    assert optional.is_valid() and not optional.show_problem()
    required = _field(qtbot)
    assert not required.is_valid()
    assert required.show_problem()
    assert required.error() == "Type a date as dd/mm/yyyy."


def test_set_date_shows_the_short_form(qtbot: QtBot) -> None:
    edit = _field(qtbot, optional=True)
    edit.set_date(dt.date(2027, 3, 4))
    assert edit.text() == "04/03/2027"
    edit.set_date(None)
    assert edit.text() == "" and edit.date() is None


@pytest.mark.parametrize(
    ("today", "opens_on"),
    [
        (dt.date(2027, 5, 14), (2027, 5)),  # inside the plan: today's month
        (dt.date(2025, 12, 20), (2026, 1)),  # before it: the plan's first month
        (dt.date(2030, 2, 1), (2026, 1)),  # after it: the plan's first month too
    ],
)
def test_the_calendar_opens_on_a_sensible_month(
    qtbot: QtBot, today: dt.date, opens_on: tuple[int, int]
) -> None:
    edit = _field(qtbot, optional=True, years=PLAN, today=lambda: today)
    popup = edit.open_picker()
    assert popup.isVisible()
    assert popup.shown_month() == opens_on
    popup.hide()
    edit.set_date(dt.date(2028, 9, 3))  # a date in the field: its month
    assert edit.open_picker().shown_month() == (2028, 9)


def test_a_day_picked_on_the_calendar_is_the_date(qtbot: QtBot) -> None:
    edit = _field(qtbot, years=PLAN, today=lambda: dt.date(2027, 5, 14))
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    with qtbot.waitSignal(edit.date_changed) as changed:
        popup.calendar.clicked.emit(QDate(2027, 5, 20))
    assert changed.args == [dt.date(2027, 5, 20)]
    assert edit.text() == "20/05/2027"
    assert not popup.isVisible()


def test_the_calendar_button_opens_the_calendar(qtbot: QtBot) -> None:
    edit = _field(qtbot, years=PLAN, today=lambda: dt.date(2031, 1, 1))
    edit.picker_action.trigger()  # what a click on the button at the right does
    assert edit.popup is not None and edit.popup.isVisible()
    assert edit.popup.shown_month() == (2026, 1)
