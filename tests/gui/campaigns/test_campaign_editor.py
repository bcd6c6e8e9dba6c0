"""The campaign panel: each field one undo step, refusals told in the panel with nothing
written, the KPIs it moves as one step, and its experiments opening the Experiments page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from stratdesk.domain.enums import Channel

D = dt.date


def _open(page, item_id):
    page.open_editor(item_id)
    assert page.panel.isVisible()
    return page.editor


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_each_field_is_one_undo_step(make_page, add, qtbot):
    spring = add("Spring", D(2026, 3, 2), D(2026, 3, 6))
    page = make_page()
    editor, stack = _open(page, spring.id), page.document.stack
    _type(qtbot, editor.name_edit, "Spring sale")
    _type(qtbot, editor.planned_edit, "1,234.50")
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData(Channel.EMAIL))
    editor.channel_combo.activated.emit(editor.channel_combo.currentIndex())
    _type(qtbot, editor.end_edit, "2026-03-20")
    stored = page.document.services.campaigns.get(spring.id)
    assert (stored.name, stored.budget_planned_cents, stored.channel, stored.end) == (
        "Spring sale",
        123_450,
        Channel.EMAIL,
        D(2026, 3, 20),
    )
    assert stack.count() == 4
    assert page.views.month.campaigns[spring.id].name == "Spring sale"  # the grid follows
    for _ in range(4):
        stack.undo()
    assert page.document.services.campaigns.get(spring.id) == spring
    assert editor.name_edit.text() == "Spring"


def test_bad_input_is_refused_in_the_panel_and_nothing_is_written(make_page, add, qtbot):
    spring = add("Spring", D(2026, 3, 2), D(2026, 3, 6))
    page = make_page()
    editor, stack = _open(page, spring.id), page.document.stack
    _type(qtbot, editor.planned_edit, "-50")
    assert editor.error_label.text() == "A budget cannot be negative."
    _type(qtbot, editor.actual_edit, "1000000000000")  # a thousand billion
    assert "Actual budget: is too large" in editor.error_label.text()
    _type(qtbot, editor.end_edit, "2026-02-27")  # before the start
    assert editor.error_label.text() == "The end date comes before the start date"
    assert editor.end_edit.date() == D(2026, 3, 6)  # what is stored is shown again
    assert stack.count() == 0
    assert page.document.services.campaigns.get(spring.id) == spring


def test_overspending_is_said_in_words_in_the_panel(make_page, add):
    over = add("Over", D(2026, 3, 2), D(2026, 3, 6), budget_planned_cents=100_00,
               budget_actual_cents=130_00)  # fmt: skip
    page = make_page()
    editor = _open(page, over.id)
    assert editor.over_label.isVisible()
    assert editor.over_label.text() == "⚠ Actual spend is over the plan by €30.00."


def test_the_kpis_it_moves_are_one_step(make_page, add, document):
    services, plan_id = document.services, document.plan_id
    nps = services.kpis.create(plan_id, {"name": "NPS"}).id
    churn = services.kpis.create(plan_id, {"name": "Churn"}).id
    loyalty = add("Loyalty", D(2026, 3, 2), D(2026, 6, 30), channel="loyalty")
    page = make_page()
    editor = _open(page, loyalty.id)
    assert [editor.kpi_list.item(r).text() for r in range(2)] == ["NPS", "Churn"]
    editor.kpi_list.item(1).setCheckState(Qt.CheckState.Checked)
    editor.kpi_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert services.campaigns.kpi_ids(loyalty.id) == [nps, churn]
    stack = document.stack
    assert stack.count() == 2 and stack.undoText() == "Change the KPIs a campaign moves"
    stack.undo()
    assert services.campaigns.kpi_ids(loyalty.id) == [churn]
    assert editor.checked_kpis() == [churn]  # the panel follows the undo


def test_its_experiments_are_listed_and_open_on_their_page(plan_window, qtbot):
    document = plan_window.document
    services, plan_id = document.services, document.plan_id
    campaign = services.campaigns.create(
        plan_id, {"name": "Search", "start": D(2026, 3, 2), "end": D(2026, 3, 6)}
    )
    services.experiments.create(plan_id, {"name": "Other", "hypothesis": "h"})
    test = services.experiments.create(
        plan_id, {"name": "Headline", "hypothesis": "Fresh sells", "campaign_id": campaign.id}
    )
    plan_window.show_workspace("operations", "campaigns")
    page = plan_window.plan_view.workspace("operations").page_widget("campaigns")
    editor = _open(page, campaign.id)
    assert [
        editor.experiment_list.item(r).text() for r in range(editor.experiment_list.count())
    ] == ["Headline — Pending"]
    editor.experiment_list.itemClicked.emit(editor.experiment_list.item(0))
    assert plan_window.plan_view.current_page() == "experiments"
    experiments = plan_window.plan_view.workspace("operations").page_widget("experiments")
    assert experiments.current_id() == test.id
    assert experiments.editor.name_edit.text() == "Headline"


def test_ctrl_n_plans_a_week_from_the_day_shown(make_page, qtbot):
    page = make_page()
    qtbot.keyClick(page.views.month, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.views.month, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (campaign,) = page.document.services.campaigns.list(page.document.plan_id)
    assert (campaign.start, campaign.end) == (D(2026, 4, 1), D(2026, 4, 7))
    assert page.editor.name_edit.hasFocus()


def test_the_empty_page_says_what_to_do_and_its_link_adds(make_page, qtbot):
    page = make_page()
    assert page.empty_hint.isVisible()
    page.empty_hint.linkActivated.emit("add")
    assert len(page.document.services.campaigns.list(page.document.plan_id)) == 1
    assert not page.empty_hint.isVisible()


def test_a_read_only_plan_shows_everything_and_offers_no_edit(qtbot, plan_path):
    from stratdesk.services.workspace import Workspace
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.operations.campaigns.page import CampaignsPageView
    from stratdesk.ui.operations.experiments.page import ExperimentsPageView

    with Workspace.open(plan_path) as workspace:
        workspace.services.campaigns.create(
            workspace.plan_id, {"name": "Spring", "start": D(2026, 3, 2), "end": D(2026, 3, 6)}
        )
    document = PlanDocument(Workspace.open(plan_path, read_only=True))
    try:
        page = CampaignsPageView(document, today=lambda: D(2026, 3, 18))
        qtbot.addWidget(page)
        (campaign,) = page.campaigns.values()
        page.open_editor(campaign.id)
        assert not page.add_action.isEnabled()
        assert not page.views.month.editable and not page.views.quarter.is_editable()
        assert page.editor.name_edit.isReadOnly() and not page.editor.delete_button.isEnabled()
        experiments = ExperimentsPageView(document)
        qtbot.addWidget(experiments)
        assert not experiments.add_action.isEnabled()
        assert not experiments.delete_action.isEnabled()
    finally:
        document.close()
