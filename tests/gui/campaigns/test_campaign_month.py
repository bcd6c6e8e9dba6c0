"""The month grid: drag to move, drag an edge, drag across days to create, keys; each one
undo step that undo takes back; "+n more" on a crowded day; today highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

D = dt.date


def _dates(page, item_id):
    campaign = page.document.services.campaigns.get(item_id)
    return campaign.start, campaign.end


def test_the_month_of_today_is_shown_with_its_campaigns(make_page, add):
    spring = add("Spring", D(2026, 3, 2), D(2026, 3, 6))
    add("Next year", D(2027, 3, 2), D(2027, 3, 6))
    page = make_page()
    grid = page.views.month
    assert (grid.year, grid.month) == (2026, 3)
    assert grid.today == D(2026, 3, 18)
    assert [s.key for s in grid.shown_segments()] == [spring.id]
    assert page.nav.period_label.text() == "March 2026"


def test_dragging_a_bar_moves_it_in_one_undo_step(make_page, add, steps, qtbot):
    spring = add("Spring", D(2026, 3, 2), D(2026, 3, 6))
    page = make_page()
    grid, stack = page.views.month, page.document.stack
    start = steps.bar_point(grid, spring.id)
    # Two days to the right: from the Wednesday's cell to the Friday's.
    target = QPoint(steps.day_point(grid, D(2026, 3, 6)).x(), start.y())
    start = QPoint(steps.day_point(grid, D(2026, 3, 4)).x(), start.y())
    steps.drag(qtbot, grid, start, target)
    assert _dates(page, spring.id) == (D(2026, 3, 4), D(2026, 3, 8))
    assert stack.count() == 1 and stack.undoText() == "Move campaign"
    segment = next(s for s in grid.shown_segments() if s.key == spring.id)
    assert (segment.start_col, segment.end_col) == (2, 6)  # the grid shows the new dates
    stack.undo()
    assert _dates(page, spring.id) == (D(2026, 3, 2), D(2026, 3, 6))
    assert next(s for s in grid.shown_segments() if s.key == spring.id).start_col == 0


def test_dragging_the_last_day_changes_the_end_only(make_page, add, steps, qtbot):
    spring = add("Spring", D(2026, 3, 2), D(2026, 3, 4))
    page = make_page()
    grid = page.views.month
    edge = steps.bar_point(grid, spring.id, "right")
    qtbot.mouseMove(grid, pos=edge)
    assert grid.cursor().shape() == Qt.CursorShape.SizeHorCursor
    target = QPoint(steps.day_point(grid, D(2026, 3, 11)).x(), edge.y() + grid.week_height())
    steps.drag(qtbot, grid, edge, target)
    assert _dates(page, spring.id) == (D(2026, 3, 2), D(2026, 3, 11))
    assert page.document.stack.undoText() == "Change the campaign's dates"
    page.document.stack.undo()
    assert _dates(page, spring.id) == (D(2026, 3, 2), D(2026, 3, 4))


def test_dragging_the_first_day_changes_the_start_and_never_passes_the_end(
    make_page, add, steps, qtbot
):
    spring = add("Spring", D(2026, 3, 10), D(2026, 3, 12))
    page = make_page()
    grid = page.views.month
    edge = steps.bar_point(grid, spring.id, "left")
    steps.drag(qtbot, grid, edge, QPoint(steps.day_point(grid, D(2026, 3, 20)).x(), edge.y()))
    assert _dates(page, spring.id) == (D(2026, 3, 12), D(2026, 3, 12))


def test_dragging_across_empty_days_creates_a_campaign_and_opens_it(make_page, steps, qtbot):
    page = make_page()
    grid, stack = page.views.month, page.document.stack
    steps.drag(
        qtbot, grid, steps.day_point(grid, D(2026, 3, 19)), steps.day_point(grid, D(2026, 3, 24))
    )
    (campaign,) = page.document.services.campaigns.list(page.document.plan_id)
    assert (campaign.start, campaign.end, campaign.name) == (
        D(2026, 3, 19),
        D(2026, 3, 24),
        "New campaign",
    )
    assert stack.count() == 1 and stack.undoText() == "Add campaign"
    assert page.panel.isVisible() and page.editor.campaign.id == campaign.id
    assert page.editor.name_edit.hasFocus()
    assert grid.current == campaign.id
    stack.undo()
    assert page.document.services.campaigns.list(page.document.plan_id) == []
    assert not page.panel.isVisible()
    assert grid.shown_segments() == []
    stack.redo()
    assert page.document.services.campaigns.get(campaign.id).name == "New campaign"


def test_a_click_creates_nothing_and_escape_cancels_a_drag(make_page, add, steps, qtbot):
    spring = add("Spring", D(2026, 3, 2), D(2026, 3, 6))
    page = make_page()
    grid = page.views.month
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=steps.day_point(grid, D(2026, 3, 25)))
    start = steps.bar_point(grid, spring.id)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, pos=start + QPoint(grid.column_width() * 2, 0))
    assert grid.preview is not None  # shown while it lasts
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=start + QPoint(300, 0))
    assert page.document.stack.count() == 0
    assert _dates(page, spring.id) == (D(2026, 3, 2), D(2026, 3, 6))


def test_keys_move_resize_open_and_delete(make_page, add, qtbot):
    spring = add("Spring", D(2026, 3, 2), D(2026, 3, 6))
    page = make_page()
    grid, stack = page.views.month, page.document.stack
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # the first campaign of the month
    assert grid.current == spring.id
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert _dates(page, spring.id) == (D(2026, 3, 3), D(2026, 3, 8))
    assert stack.count() == 2  # two keys, two steps: they do not merge
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert page.panel.isVisible() and page.editor.campaign.id == spring.id
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert page.document.services.campaigns.list(page.document.plan_id) == []
    assert not page.panel.isVisible()
    stack.undo()
    assert page.document.services.campaigns.get(spring.id).name == "Spring"  # the same id
    assert spring.id in grid.campaigns


def test_a_crowded_day_says_how_many_more_and_lists_them(make_page, add, qtbot):
    ids = [add(f"Campaign {n}", D(2026, 3, 11), D(2026, 3, 11)).id for n in range(9)]
    page = make_page()
    page.resize(1300, 640)
    grid = page.views.month
    cell = grid.grid_layout().cell_of(D(2026, 3, 11))
    qtbot.waitUntil(lambda: bool(grid.overflow().hidden.get(cell)))
    hidden = grid.overflow().hidden[cell]
    shown = {s.key for s in grid.shown_segments()}
    assert hidden == 9 - len(shown) and hidden > 0
    more = grid.more_rect(*cell).center().toPoint()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=more)
    menu = grid.more_menu
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [f"Campaign {n}" for n in range(9)]
    menu.actions()[8].trigger()
    assert grid.current == ids[8]
    assert page.panel.isVisible() and page.editor.campaign.id == ids[8]
    menu.close()


def test_on_a_laptop_a_busy_week_shows_five_bars_and_the_month_scrolls(make_page, add, qtbot):
    """1366×768: a week with five campaigns shows all five rather than two and "+3 more"."""
    for n in range(5):
        add(f"Campaign {n}", D(2026, 3, 2), D(2026, 3, 29))
    page = make_page()
    page.resize(1100, 520)  # the page's share of a 1366×768 window
    grid, area = page.views.month, page.views.month_area
    qtbot.waitUntil(lambda: grid.max_rows() >= 5)
    assert not grid.overflow().hidden
    assert area.verticalScrollBar().maximum() > 0  # the month scrolls instead
    assert page.views.current_view() is grid


def test_page_keys_step_through_months_and_t_comes_back_to_today(make_page, qtbot):
    page = make_page()
    page.views.month.setFocus()
    qtbot.keyClick(page.views.month, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.views.month, Qt.Key.Key_PageDown)
    assert (page.views.month.year, page.views.month.month) == (2026, 5)
    assert page.nav.period_label.text() == "May 2026"
    qtbot.keyClick(page.views.month, Qt.Key.Key_T)
    assert (page.views.month.year, page.views.month.month) == (2026, 3)
    for _ in range(4):
        qtbot.keyClick(page.views.month, Qt.Key.Key_PageUp)
    assert (page.views.month.year, page.views.month.month) == (2026, 1)  # the plan's start


def test_go_to_a_typed_date(make_page, qtbot):
    page = make_page()
    edit = page.nav.date_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "2027-08-15")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert (page.views.month.year, page.views.month.month) == (2027, 8)
