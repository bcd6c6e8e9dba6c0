"""The measurement dialog's date: typed in the interface's language, refused with a message
when unreadable (nothing stored), its calendar within the plan's years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.kpis.measurement_dialog import MeasurementDialog
from stratdesk.ui.operations.kpis.page import KpiPageView

Page = Callable[[], KpiPageView]
Settle = Callable[[KpiPageView], None]


def _dialog(make_kpi: Callable[..., int], open_page: Page) -> tuple[int, MeasurementDialog]:
    kpi_id = make_kpi("Visites")
    page = open_page()
    dialog = page.open_measurement_dialog()
    assert dialog is not None and dialog.isVisible()
    return kpi_id, dialog


def _type_date(qtbot: QtBot, dialog: MeasurementDialog, text: str) -> None:
    dialog.day.setFocus()
    dialog.day.selectAll()
    dialog.day.insert(text)


def _days(document: PlanDocument, kpi_id: int) -> list[tuple[dt.date, float]]:
    return [(m.day, m.value) for m in document.services.kpi_measurements.list(kpi_id)]


def test_a_date_typed_in_french_is_stored(
    qtbot: QtBot,
    french: None,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
) -> None:
    kpi_id, dialog = _dialog(make_kpi, open_page)
    _type_date(qtbot, dialog, "31/01/2027")
    dialog.value.setText("1 234,5")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)  # Enter in the field: the dialog's OK
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _days(document, kpi_id) == [(dt.date(2027, 1, 31), 1234.5)]


def test_an_unreadable_date_is_refused_and_nothing_is_stored(
    qtbot: QtBot, document: PlanDocument, make_kpi: Callable[..., int], open_page: Page
) -> None:
    kpi_id, dialog = _dialog(make_kpi, open_page)
    _type_date(qtbot, dialog, "garbage")
    dialog.value.setText("12")
    dialog.ok_button.click()
    message = "“garbage” is not a date: type it as dd/mm/yyyy or yyyy-mm-dd."
    assert dialog.isVisible()  # OK refused: the dialog stays, saying why
    assert dialog.day_problem.isVisible() and dialog.day_problem.text() == message
    assert dialog.focusWidget() is dialog.day  # back to the field to correct it
    assert _days(document, kpi_id) == []
    _type_date(qtbot, dialog, "2027-01-31")  # corrected
    assert not dialog.day_problem.isVisible()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _days(document, kpi_id) == [(dt.date(2027, 1, 31), 12.0)]


def test_the_date_starts_on_today_and_the_calendar_within_the_plan(
    qtbot: QtBot, document: PlanDocument, make_kpi: Callable[..., int], open_page: Page
) -> None:
    today = dt.date.today()
    plans = document.services.plans
    plans.update_plan(document.plan_id, {"start_year": today.year - 1})
    _kpi, dialog = _dialog(make_kpi, open_page)
    assert dialog.day.date() == today
    assert dialog.day.open_picker().shown_month() == (today.year, today.month)
    dialog.reject()


def test_a_plan_that_starts_later_opens_its_calendar_on_its_first_month(
    qtbot: QtBot, document: PlanDocument, make_kpi: Callable[..., int], open_page: Page
) -> None:
    start = dt.date.today().year + 2
    document.services.plans.update_plan(document.plan_id, {"start_year": start})
    kpi_id, dialog = _dialog(make_kpi, open_page)
    assert dialog.day.text() == ""  # no guess outside the plan
    assert dialog.day.open_picker().shown_month() == (start, 1)
    dialog.day.popup.hide()  # type: ignore[union-attr]
    dialog.value.setText("5")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.day_problem.text() == "Type a date as dd/mm/yyyy."
    assert _days(document, kpi_id) == []
    dialog.reject()
