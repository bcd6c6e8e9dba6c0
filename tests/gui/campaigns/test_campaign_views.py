"""Quarter and year on the timeline, the list and the budget: switching views, dragging bars
(to other dates and other channels), filtering and sorting, the budget's warning; a change
to one campaign redraws that campaign only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt

from stratdesk.domain.budget import Dimension
from stratdesk.domain.campaign_calendar import CampaignFilter
from stratdesk.domain.enums import Channel, WorkStatus
from stratdesk.ui.operations.campaigns.views import BUDGET, LIST, MONTH, QUARTER, YEAR

D = dt.date


def _bar_point(view, item_id, fraction=0.5):
    item = view.timeline_scene.bar_items[item_id]
    body = item.mapRectToScene(item.body())
    return view.mapFromScene(QPointF(body.left() + body.width() * fraction, body.center().y()))


def _x_of(view, day):
    scale = view.timeline_scene.scale
    return view.mapFromScene(QPointF(scale.date_to_x(day) + scale.day_width / 2, 0)).x()


def test_switching_views_by_tab_and_keys_names_the_period(make_page, qtbot):
    page = make_page()
    views = page.views
    expected = {MONTH: "March 2026", QUARTER: "Q1 2026", YEAR: "2026"}
    for index, key in ((QUARTER, "2"), (YEAR, "3"), (MONTH, "1")):
        qtbot.keyClick(
            views.currentWidget(), getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier
        )
        assert views.currentIndex() == index
        assert page.nav.period_label.text() == expected[index]
        assert page.nav.isVisible()
    views.setCurrentIndex(LIST)
    assert not page.nav.isVisible()
    views.setCurrentIndex(QUARTER)
    qtbot.keyClick(views.quarter, Qt.Key.Key_PageDown)
    assert page.nav.period_label.text() == "Q2 2026"
    assert views.quarter.visible_dates()[0] == D(2026, 4, 1)
    views.setCurrentIndex(YEAR)
    qtbot.keyClick(views.year, Qt.Key.Key_PageDown)
    assert page.nav.period_label.text() == "2027"
    assert views.year.visible_dates()[0] == D(2027, 1, 1)
    last = views.year.visible_dates()[1]
    assert D(2027, 12, 20) <= last <= D(2028, 1, 5)  # a year fills the width


def test_the_quarter_shows_one_lane_per_channel_and_moves_a_bar_by_days(make_page, add, qtbot):
    search = add("Search", D(2026, 2, 2), D(2026, 2, 13), channel="search")
    add("Stories", D(2026, 1, 5), D(2026, 3, 27), channel="social")
    page = make_page()
    page.views.setCurrentIndex(QUARTER)
    view = page.views.quarter
    assert [lane.key for lane in view.timeline_scene.lanes] == [Channel.SEARCH, Channel.SOCIAL]
    start = _bar_point(view, search.id)
    end = QPoint(start.x() + round(3 * view.day_width()), start.y())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for n in range(1, 5):
        qtbot.mouseMove(view.viewport(), pos=start + (end - start) * (n / 4))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = page.document.services.campaigns.get(search.id)
    assert (moved.start, moved.end) == (D(2026, 2, 5), D(2026, 2, 16))  # days, not weeks
    assert view.bar(search.id).start == D(2026, 2, 5)
    assert page.views.month.campaigns[search.id].start == D(2026, 2, 5)  # every view follows
    page.document.stack.undo()
    assert view.bar(search.id).start == D(2026, 2, 2)


def test_a_bar_dropped_on_another_lane_changes_channel_in_one_step(make_page, add, qtbot):
    search = add("Search", D(2026, 2, 2), D(2026, 2, 13), channel="search")
    add("Stories", D(2026, 1, 5), D(2026, 3, 27), channel="social")
    page = make_page()
    page.views.setCurrentIndex(QUARTER)
    view = page.views.quarter
    start = _bar_point(view, search.id)
    box = view.timeline_scene.lane_box(Channel.SOCIAL)
    below = QPoint(start.x(), view.mapFromScene(0, box.y + box.height - 6).y())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for n in range(1, 5):
        qtbot.mouseMove(view.viewport(), pos=start + (below - start) * (n / 4))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=below)
    moved = page.document.services.campaigns.get(search.id)
    assert (moved.channel, moved.start) == (Channel.SOCIAL, D(2026, 2, 2))
    assert page.document.stack.count() == 1
    # The search lane is empty now: it goes.
    assert [lane.key for lane in view.timeline_scene.lanes] == [Channel.SOCIAL]
    page.document.stack.undo()
    assert page.document.services.campaigns.get(search.id).channel == Channel.SEARCH
    assert view.bar(search.id).lane == Channel.SEARCH


def test_dragging_across_a_lane_creates_a_campaign_of_that_channel(make_page, add, qtbot):
    add("Stories", D(2026, 1, 5), D(2026, 1, 9), channel="email")
    page = make_page()
    page.views.setCurrentIndex(YEAR)
    view = page.views.year
    box = view.timeline_scene.lane_box(Channel.EMAIL)
    y = view.mapFromScene(0, box.y + box.height / 2).y()
    start, end = QPoint(_x_of(view, D(2026, 6, 1)), y), QPoint(_x_of(view, D(2026, 6, 30)), y)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for n in range(1, 5):
        qtbot.mouseMove(view.viewport(), pos=start + (end - start) * (n / 4))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    created = [c for c in page.document.services.campaigns.list(page.document.plan_id)
               if c.name == "New campaign"]  # fmt: skip
    assert len(created) == 1
    assert (created[0].channel, created[0].start, created[0].end) == (
        Channel.EMAIL,
        D(2026, 6, 1),
        D(2026, 6, 30),
    )
    assert page.editor.campaign.id == created[0].id
    page.document.stack.undo()
    assert view.bar(created[0].id) is None


def test_one_campaign_changed_elsewhere_updates_in_place(make_page, add, qtbot, monkeypatch):
    first = add("First", D(2026, 3, 2), D(2026, 3, 6))
    add("Second", D(2026, 3, 9), D(2026, 3, 13))
    page = make_page()
    assert page.views.stale == {QUARTER, YEAR, LIST}  # filled when first shown
    for index in (QUARTER, LIST, MONTH):
        page.views.setCurrentIndex(index)
    assert page.views.stale == {YEAR}
    reloads = []
    monkeypatch.setattr(page, "refresh", lambda: reloads.append(1))
    services = page.document.services
    services.campaigns.update(first.id, {"name": "First, renamed", "end": D(2026, 3, 20)})
    assert reloads == []
    assert page.views.month.campaigns[first.id].name == "First, renamed"
    assert page.views.quarter.bar(first.id).end == D(2026, 3, 20)
    model = page.views.list.model
    assert model.item(model.row_of(first.id)).name == "First, renamed"
    created = add("Third", D(2026, 3, 23), D(2026, 3, 24))
    services.campaigns.delete(first.id)
    assert reloads == []
    assert set(page.views.month.campaigns) == {created.id, created.id - 1}
    assert page.views.quarter.bar(first.id) is None and model.row_of(first.id) == -1
    page.views.setCurrentIndex(YEAR)  # filled now, with what is there now
    assert page.views.year.bar(created.id) is not None and page.views.year.bar(first.id) is None
    services.objectives.create(page.document.plan_id, {"statement": "A new objective"})
    assert reloads == [1]  # the objectives' names are shown: reloaded


def test_the_list_sorts_by_stored_values_and_filters(make_page, add):
    add("Big", D(2026, 5, 1), D(2026, 5, 2), budget_planned_cents=100_000, channel="search")
    add("small", D(2026, 1, 1), D(2026, 1, 2), budget_planned_cents=9_000, status="done")
    add("Middle", D(2026, 3, 1), D(2026, 3, 2), budget_planned_cents=20_000, channel="search")
    page = make_page()
    page.views.setCurrentIndex(LIST)
    listing = page.views.list
    proxy = listing.proxy

    def names():
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]

    assert names() == ["small", "Middle", "Big"]  # by start date at first
    listing.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # planned budget
    assert names() == ["Big", "Middle", "small"]
    listing.set_filter(CampaignFilter(channel=Channel.SEARCH))
    assert names() == ["Big", "Middle"]
    assert listing.count_label.text() == "Showing 2 of 3 campaigns."
    listing.set_filter(CampaignFilter(status=WorkStatus.DONE))
    assert names() == ["small"]
    listing.clear_filters()
    assert len(names()) == 3


def test_enter_in_the_list_opens_the_editor_and_delete_deletes(make_page, add, qtbot):
    only = add("Only", D(2026, 5, 1), D(2026, 5, 2))
    page = make_page()
    page.views.setCurrentIndex(LIST)
    listing = page.views.list
    assert listing.select_id(only.id)
    listing.table.setFocus()
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    assert page.panel.isVisible() and page.editor.campaign.id == only.id
    listing.table.setFocus()
    qtbot.keyClick(listing.table, Qt.Key.Key_Delete)
    assert listing.model.rowCount() == 0
    page.document.stack.undo()
    assert listing.model.row_of(only.id) == 0


def test_the_budget_view_sums_and_warns_in_words(make_page, add, document):
    over = add("Over", D(2026, 1, 20), D(2026, 2, 9), budget_planned_cents=210_00,
        budget_actual_cents=250_00)  # fmt: skip
    document.services.mix.create(
        document.plan_id, {"p": "price", "title": "Tiers", "budget_planned_cents": 40_00}
    )
    page = make_page()
    page.views.setCurrentIndex(BUDGET)
    budget = page.views.budget
    assert budget.chart is not None  # built when first shown
    assert budget.model.rowCount() == 36 + 1 + 1  # the plan's months, "No date", the total
    assert budget.model.label(36) == "No date"
    assert budget.model.data(budget.model.index(0, 1)) == "€120.00"  # January's share
    assert budget.warning.isVisible()
    assert "Over (over by €40.00)" in budget.warning_text.text()
    assert budget.model.data(budget.model.index(37, 3)) == "€0.00 left"
    budget.set_dimension(Dimension.CHANNEL)
    assert [budget.model.label(r) for r in range(3)] == ["Other", "Mix: Price", "Total"]
    assert len(budget.chart.series.labels) == 2
    combo = budget.dimension_combo
    combo.setCurrentIndex(combo.findData(Dimension.P))  # as the person picks "By P of the mix"
    assert [budget.model.label(r) for r in range(3)] == ["Price", "Promotion", "Total"]
    document.services.campaigns.update(over.id, {"budget_actual_cents": 0})
    assert not budget.warning.isVisible()  # followed at once
