"""The Experiments page: add, edit and delete experiments, their variants (add, edit,
reorder, remove), filters by decision and campaign; every step undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stratdesk.domain.campaign_calendar import NONE
from stratdesk.domain.enums import ExperimentDecision
from stratdesk.domain.experiments import ExperimentFilter
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.experiments.page import ExperimentsPageView

D = dt.date


@pytest.fixture
def make_experiments(qtbot: QtBot, document: PlanDocument) -> Callable[[], ExperimentsPageView]:
    def build() -> ExperimentsPageView:
        page = ExperimentsPageView(document)
        qtbot.addWidget(page)
        page.resize(1300, 820)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return build


def _names(page):
    proxy = page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_add_edit_and_delete_an_experiment_each_one_step(make_experiments, qtbot, document):
    page = make_experiments()
    assert page.empty_hint.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (experiment,) = document.services.experiments.list(document.plan_id)
    assert page.editor.experiment.id == experiment.id and page.editor.name_edit.hasFocus()
    qtbot.keyClicks(page.editor.name_edit, "Headline test")
    qtbot.keyClick(page.editor.name_edit, Qt.Key.Key_Return)
    combo = page.editor.decision_combo
    combo.setCurrentIndex(combo.findData(ExperimentDecision.ADOPT))
    combo.activated.emit(combo.currentIndex())
    page.editor.lesson_edit.setFocus()
    qtbot.keyClicks(page.editor.lesson_edit, "Freshness sells")
    page.table.setFocus()  # the lesson is committed when the focus leaves it
    stored = document.services.experiments.get(experiment.id)
    assert (stored.name, stored.decision, stored.lesson) == (
        "Headline test",
        ExperimentDecision.ADOPT,
        "Freshness sells",
    )
    assert _names(page) == ["Headline test"]
    assert document.stack.count() == 4
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert document.services.experiments.list(document.plan_id) == []
    document.stack.undo()
    assert document.services.experiments.get(experiment.id).lesson == "Freshness sells"
    for _ in range(3):
        document.stack.undo()
    assert document.services.experiments.get(experiment.id).name == "New experiment"


def test_an_end_before_the_start_is_refused_in_the_panel(make_experiments, qtbot, document):
    document.services.experiments.create(
        document.plan_id, {"name": "T", "hypothesis": "h", "start": D(2026, 5, 4)}
    )
    page = make_experiments()
    edit = page.editor.end_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "2026-05-01")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page.editor.error_label.text() == "The end date comes before the start date"
    assert document.stack.count() == 0


def test_variants_are_added_edited_reordered_and_removed(make_experiments, document):
    services = document.services
    experiment = services.experiments.create(document.plan_id, {"name": "T", "hypothesis": "h"})
    page = make_experiments()
    variants = page.editor.variants
    first = page.add_variant()
    second = page.add_variant()
    names = [v.name for v in services.experiment_variants.list(experiment.id)]
    assert names == ["A", "B"]
    index = variants.model.index(variants.model.row_of(second), 2)
    assert variants.model.setData(index, "3.1% ordered")
    assert services.experiment_variants.get(second).result == "3.1% ordered"
    variants.select(second)
    variants.up_button.click()
    assert [v.id for v in services.experiment_variants.list(experiment.id)] == [second, first]
    assert [v.id for v in variants.model.items()] == [second, first]  # the table follows
    variants.select(first)
    variants.remove_button.click()
    assert [v.id for v in services.experiment_variants.list(experiment.id)] == [second]
    stack = document.stack
    assert stack.count() == 5
    stack.undo()  # the removal: the same variant, the same id
    assert [v.id for v in variants.model.items()] == [second, first]
    stack.undo()
    assert [v.id for v in variants.model.items()] == [first, second]


def test_deleting_an_experiment_and_undoing_brings_its_variants_back(make_experiments, document):
    services = document.services
    experiment = services.experiments.create(document.plan_id, {"name": "T", "hypothesis": "h"})
    variant = services.experiment_variants.create(experiment.id, {"name": "A"})
    page = make_experiments()
    page.editor.delete_button.click()
    assert services.experiments.list(document.plan_id) == []
    document.stack.undo()
    assert [v.id for v in services.experiment_variants.list(experiment.id)] == [variant.id]
    assert page.current_id() == experiment.id or _names(page) == ["T"]


def test_filters_by_decision_and_by_campaign(make_experiments, add, document):
    services, plan_id = document.services, document.plan_id
    search = add("Search", D(2026, 3, 2), D(2026, 3, 6))
    services.experiments.create(plan_id, {"name": "A", "hypothesis": "h", "decision": "adopt",
                                          "campaign_id": search.id})  # fmt: skip
    services.experiments.create(plan_id, {"name": "B", "hypothesis": "h", "decision": "drop"})
    services.experiments.create(plan_id, {"name": "C", "hypothesis": "h", "decision": "adopt"})
    page = make_experiments()
    assert sorted(_names(page)) == ["A", "B", "C"]
    page.set_filter(ExperimentFilter(decision=ExperimentDecision.ADOPT))
    assert sorted(_names(page)) == ["A", "C"]
    page.set_filter(ExperimentFilter(decision=ExperimentDecision.ADOPT, campaign=NONE))
    assert _names(page) == ["C"]
    page.set_filter(ExperimentFilter(campaign=search.id))
    assert _names(page) == ["A"]
    assert page.count_label.text() == "Showing 1 of 3 experiments."
    # Opening one the filters hide clears them.
    hidden = next(e for e in services.experiments.list(plan_id) if e.name == "B")
    assert page.select_experiment(hidden.id)
    assert sorted(_names(page)) == ["A", "B", "C"]


def test_enter_in_the_list_goes_to_the_panel_and_escape_back(make_experiments, qtbot, document):
    document.services.experiments.create(document.plan_id, {"name": "T", "hypothesis": "h"})
    page = make_experiments()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor.name_edit.hasFocus()
    qtbot.keyClick(page.editor.name_edit, Qt.Key.Key_Escape)
    assert page.table.hasFocus()
