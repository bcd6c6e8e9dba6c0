"""The 4P/7P switch: one undo step, the extra boards follow it, never strands an action."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import FOUR_P, SEVEN_P, MixP
from stratdesk.ui.commands.mix import SevenPCommand
from stratdesk.ui.operations.mix.page import MixPageView


def _visible_ps(page: MixPageView) -> list[MixP]:
    return [p for p in SEVEN_P if page.tabs.isTabVisible(page.tabs.indexOf(page.boards[p]))]


def test_turning_7p_on_shows_the_three_service_ps_and_undo_hides_them(
    page: MixPageView,
) -> None:
    assert _visible_ps(page) == list(FOUR_P)
    assert not page.seven_p_action.isChecked()
    page.seven_p_action.trigger()
    assert page.document.services.plans.get_plan(page.document.plan_id).seven_p
    assert _visible_ps(page) == list(SEVEN_P)
    assert page.editor.p_combo.count() == 7
    assert page.overview_model.rowCount() == 8  # seven Ps and the total
    assert page.document.stack.undoText() == "Turn on the 7P mix"
    page.document.stack.undo()
    assert not page.document.services.plans.get_plan(page.document.plan_id).seven_p
    assert not page.seven_p_action.isChecked()
    assert _visible_ps(page) == list(FOUR_P)
    assert page.overview_model.rowCount() == 5


def test_turning_7p_off_is_refused_while_actions_use_the_extra_ps(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any]
) -> None:
    page.seven_p_action.trigger()
    add("Train the baristas", "people")
    add("Shop sign", "physical_evidence", "planned")
    add("Flyers", "promotion")
    page.refresh()
    before = page.document.stack.count()
    page.seven_p_action.trigger()  # asks to turn it off
    qtbot.waitUntil(lambda: any(b.isVisible() for b in page.findChildren(QMessageBox)))
    box = next(b for b in page.findChildren(QMessageBox) if b.isVisible())
    assert "actions to move: 2" in box.text()
    assert "People, Process or Physical evidence" in box.text()
    box.accept()
    assert page.seven_p_action.isChecked()
    assert page.document.services.plans.get_plan(page.document.plan_id).seven_p
    assert page.document.stack.count() == before
    assert _visible_ps(page) == list(SEVEN_P)


def test_the_command_itself_refuses_to_strand_actions(
    page: MixPageView, add: Callable[..., Any]
) -> None:
    """The safety net under the page's check: a redo cannot strand actions either."""
    document = page.document
    services = document.services
    services.plans.update_plan(document.plan_id, {"seven_p": True})
    add("Train the baristas", "people")
    messages: list[str] = []
    document.runner.failed.connect(messages.append)
    command = SevenPCommand(
        document.runner, services.plans, services.mix, document.plan_id, False, "Off"
    )
    assert not document.runner.push(command)
    assert messages and "actions to move: 1" in messages[0]
    assert services.plans.get_plan(document.plan_id).seven_p
