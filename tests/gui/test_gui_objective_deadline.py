"""An objective's deadline typed in the table: read in the interface's language, never dropped
when unreadable, the calendar opening within the plan's years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.strategy.objectives import ObjectivesView
from stratdesk.ui.widgets.date_edit import DateEdit

DEADLINE = 4  # the column


@pytest.fixture
def page(qtbot: QtBot, plan_window: MainWindow) -> Iterator[ObjectivesView]:
    """The Objectives page of a 2026–2028 plan, holding one objective."""
    plan_window.show_workspace("strategy", "objectives")
    assert plan_window.plan_view is not None
    view = plan_window.plan_view.workspace("strategy").page_widget("objectives")
    assert isinstance(view, ObjectivesView)
    view.document.services.objectives.create(
        view.document.plan_id, {"statement": "Win 500 subscribers"}
    )
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    yield view


def _open_editor(page: ObjectivesView) -> DateEdit:
    index = page.model.index(0, DEADLINE)
    page.tree.setCurrentIndex(index)
    page.tree.edit(index)
    editor = page.tree.focusWidget()
    assert isinstance(editor, DateEdit)
    return editor


def _type(qtbot: QtBot, editor: DateEdit, text: str) -> None:
    editor.selectAll()
    editor.insert(text)  # not keyClicks: the text may hold non-ASCII letters
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _editing(page: ObjectivesView) -> bool:
    return page.tree.state() == QAbstractItemView.State.EditingState


def _deadline(page: ObjectivesView) -> dt.date | None:
    return page.document.services.objectives.list(page.document.plan_id)[0].deadline


def test_a_deadline_typed_in_french_is_stored(
    qtbot: QtBot, french: None, plan_window: MainWindow, page: ObjectivesView
) -> None:
    editor = _open_editor(page)
    assert editor.placeholderText() == "jj/mm/aaaa"
    _type(qtbot, editor, "31/01/2027")
    qtbot.waitUntil(lambda: not _editing(page))
    assert _deadline(page) == dt.date(2027, 1, 31)
    assert page.model.data(page.model.index(0, DEADLINE)) == "31 janv. 2027"
    plan_window.actions.undo.trigger()  # one undo step
    assert _deadline(page) is None


def test_an_iso_deadline_and_an_empty_one(qtbot: QtBot, page: ObjectivesView) -> None:
    _type(qtbot, _open_editor(page), "2027-06-30")
    qtbot.waitUntil(lambda: not _editing(page))
    assert _deadline(page) == dt.date(2027, 6, 30)
    editor = _open_editor(page)
    assert editor.text() == "30/06/2027"  # the stored date, ready to correct
    _type(qtbot, editor, "")  # emptied: the deadline is optional
    qtbot.waitUntil(lambda: not _editing(page))
    assert _deadline(page) is None


def test_an_unreadable_deadline_is_said_and_nothing_is_stored(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    page.document.services.objectives.update(
        page.model.objectives[0].id, {"deadline": dt.date(2027, 6, 30)}
    )
    editor = _open_editor(page)
    _type(qtbot, editor, "garbage")
    # Enter does not close the editor: the field says what to type.
    assert _editing(page) and page.tree.focusWidget() is editor
    message = "“garbage” is not a date: type it as dd/mm/yyyy or yyyy-mm-dd."
    assert editor.error() == message and editor.toolTip() == message
    assert _deadline(page) == dt.date(2027, 6, 30)
    # Leaving for another cell keeps the stored deadline and says why in the status bar.
    page.tree.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: not _editing(page))
    assert _deadline(page) == dt.date(2027, 6, 30)
    assert plan_window.statusBar().currentMessage() == message
    assert page.document.stack.count() == 0  # nothing to undo: nothing was done


def test_a_deadline_outside_the_plan_is_refused_by_the_rule(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    _type(qtbot, _open_editor(page), "31/01/2031")
    qtbot.waitUntil(lambda: not _editing(page))
    assert _deadline(page) is None
    assert "outside the plan (2026–2028)" in plan_window.statusBar().currentMessage()


def test_the_calendar_opens_within_the_plans_years(qtbot: QtBot, page: ObjectivesView) -> None:
    today = dt.date.today()
    plans = page.document.services.plans
    plan_id = page.document.plan_id
    # A plan that holds today: the calendar opens on today's month.
    plans.update_plan(plan_id, {"start_year": today.year - 1})
    popup = _open_editor(page).open_picker()
    assert popup.shown_month() == (today.year, today.month)
    popup.hide()
    page.tree.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: not _editing(page))
    # A plan that starts after today: on its first month, not the month before it.
    plans.update_plan(plan_id, {"start_year": today.year + 2})
    popup = _open_editor(page).open_picker()
    assert popup.shown_month() == (today.year + 2, 1)
