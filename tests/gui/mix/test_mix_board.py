"""The kanban of each P: quick add, drag and drop, keyboard moves, delete; each one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.ui.operations.mix.page import MixPageView

P, C = MixP, MixColumn


def test_quick_add_types_a_title_and_enter(qtbot: QtBot, page: MixPageView, steps: Any) -> None:
    page.open_board(P.PRICE)
    column = page.boards[P.PRICE].board.column((P.PRICE, C.PLANNED))
    assert column.quick_add is not None
    column.quick_add.setFocus()
    qtbot.keyClicks(column.quick_add, "Bundle offer")
    qtbot.keyClick(column.quick_add, Qt.Key.Key_Return)
    [(item_id, p, col, title)] = steps.stored(page)
    assert (p, col, title) == ("price", "planned", "Bundle offer")
    assert steps.shown_titles(page, P.PRICE, C.PLANNED) == ["Bundle offer"]
    assert column.quick_add.text() == ""  # ready for the next one
    assert page.document.stack.count() == 1
    page.document.stack.undo()
    assert steps.stored(page) == []
    assert steps.shown_titles(page, P.PRICE, C.PLANNED) == []
    page.document.stack.redo()
    assert [row[0] for row in steps.stored(page)] == [item_id]  # the same id back


def test_ctrl_n_goes_to_the_quick_add_line(qtbot: QtBot, page: MixPageView) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.overview.setFocus()
    qtbot.keyClick(page.overview, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    board = page.current_board()
    assert board is not None and board.p == P.PRODUCT
    column = board.board.column((P.PRODUCT, C.IDEA))
    qtbot.waitUntil(lambda: column.quick_add is not None and column.quick_add.hasFocus())


def test_drag_between_columns_then_undo(
    page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    first = add("Flyers", "promotion", "idea").id
    second = add("Posters", "promotion", "idea").id
    done = add("Radio spot", "promotion", "done").id
    page.refresh()
    page.open_board(P.PROMOTION)
    # Before the first card of Done.
    assert steps.drop_card(page, second, (P.PROMOTION, C.IDEA), (P.PROMOTION, C.DONE), 0)
    assert steps.shown_titles(page, P.PROMOTION, C.DONE) == ["Posters", "Radio spot"]
    assert steps.shown_titles(page, P.PROMOTION, C.IDEA) == ["Flyers"]
    assert {r[0]: r[2] for r in steps.stored(page)} == {first: "idea", second: "done", done: "done"}
    assert page.document.stack.count() == 1
    assert page.document.stack.undoText() == "Move action"
    page.document.stack.undo()
    assert steps.shown_titles(page, P.PROMOTION, C.IDEA) == ["Flyers", "Posters"]
    assert steps.shown_titles(page, P.PROMOTION, C.DONE) == ["Radio spot"]
    assert page.document.services.mix.get(second).column == C.IDEA
    page.document.stack.redo()
    assert steps.shown_titles(page, P.PROMOTION, C.DONE) == ["Posters", "Radio spot"]


def test_drop_at_the_end_and_reorder_within_a_column(
    page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    for title in ("A", "B", "C"):
        add(title, "place", "planned")
    page.refresh()
    page.open_board(P.PLACE)
    group = (P.PLACE, C.PLANNED)
    view = steps.column_view(page, *group)
    a_id = view.card_model.card(0).id
    assert steps.drop_card(page, a_id, group, group, None)
    assert steps.shown_titles(page, *group) == ["B", "C", "A"]
    assert steps.drop_card(page, a_id, group, group, 1)
    assert steps.shown_titles(page, *group) == ["B", "A", "C"]
    page.document.stack.undo()
    page.document.stack.undo()
    assert steps.shown_titles(page, *group) == ["A", "B", "C"]


def test_keyboard_moves_between_columns_and_within(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    add("Lunch box", "product", "idea")
    add("Gift set", "product", "idea")
    page.refresh()
    page.open_board(P.PRODUCT)
    view = steps.column_view(page, P.PRODUCT, C.IDEA)
    view.setCurrentIndex(view.card_model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert steps.shown_titles(page, P.PRODUCT, C.IDEA) == ["Gift set", "Lunch box"]
    focused = page.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert steps.shown_titles(page, P.PRODUCT, C.PLANNED) == ["Gift set"]
    # The card keeps the focus in its new column: pressing again moves it on.
    planned = steps.column_view(page, P.PRODUCT, C.PLANNED)
    assert planned.hasFocus() and planned.current_id() is not None
    qtbot.keyClick(planned, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert steps.shown_titles(page, P.PRODUCT, C.DONE) == ["Gift set"]
    assert page.document.stack.count() == 3
    for _ in range(3):
        page.document.stack.undo()
    assert steps.shown_titles(page, P.PRODUCT, C.IDEA) == ["Lunch box", "Gift set"]


def test_move_to_another_p_by_keyboard_and_by_dropping_on_its_tab(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    item_id = add("Loyalty card", "price", "planned").id
    page.refresh()
    page.open_board(P.PRICE)
    view = steps.column_view(page, P.PRICE, C.PLANNED)
    view.setFocus()
    view.setCurrentIndex(view.card_model.index(0))
    qtbot.keyClick(
        view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.document.services.mix.get(item_id).p == P.PROMOTION
    # The board follows the card, so the same keys move it on.
    assert page.current_board() is page.boards[P.PROMOTION]
    assert steps.shown_titles(page, P.PROMOTION, C.PLANNED) == ["Loyalty card"]
    assert page.document.stack.undoText() == "Move action"
    page.document.stack.undo()
    assert page.document.services.mix.get(item_id).p == P.PRICE
    page.refresh()
    # Dropping the card on the Place tab files it under Place, same column.
    page.open_board(P.PRICE)
    model = steps.column_view(page, P.PRICE, C.PLANNED).card_model
    mime = model.mimeData([model.index(0)])
    tab_bar = page.tabs.tabBar()
    index = page.tabs.indexOf(page.boards[P.PLACE])
    event = QDropEvent(
        QPointF(tab_bar.tabRect(index).center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert page.tabs.drops.eventFilter(tab_bar, event)  # what the tab bar's drop goes through
    assert event.isAccepted()
    moved = page.document.services.mix.get(item_id)
    assert (moved.p, moved.column) == (P.PLACE, C.PLANNED)


def test_delete_with_the_key_then_undo_brings_the_same_card_back(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    item_id = add("Flyers", "promotion", "idea", budget_planned_cents=5_000).id
    page.refresh()
    page.open_board(P.PROMOTION)
    view = steps.column_view(page, P.PROMOTION, C.IDEA)
    view.setCurrentIndex(view.card_model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert steps.stored(page) == []
    assert page.document.stack.undoText() == "Delete action"
    page.document.stack.undo()
    assert steps.stored(page) == [(item_id, "promotion", "idea", "Flyers")]
    assert page.state.total().planned_cents == 5_000


def test_in_place_title_edit_is_one_undo_step(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    add("Flyer", "promotion", "idea")
    page.refresh()
    page.open_board(P.PROMOTION)
    view = steps.column_view(page, P.PROMOTION, C.IDEA)
    view.setFocus()
    view.setCurrentIndex(view.card_model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert editor is not view
    editor.selectAll()
    qtbot.keyClicks(editor, "Flyers in shops")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert steps.shown_titles(page, P.PROMOTION, C.IDEA) == ["Flyers in shops"]
    page.document.stack.undo()
    assert steps.shown_titles(page, P.PROMOTION, C.IDEA) == ["Flyer"]


def test_a_drop_among_filtered_cards_lands_next_to_the_card_it_was_dropped_on(
    page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    """With a filter on, hidden cards keep their places around the dropped one."""
    for title in ("Ad one", "hidden A", "Ad two", "hidden B"):
        add(title, "promotion", "planned")
    moving = add("Ad three", "promotion", "idea").id
    page.refresh()
    page.open_board(P.PROMOTION)
    page.filter_bar.search_edit.setText("ad")
    group = (P.PROMOTION, C.PLANNED)
    assert steps.shown_titles(page, *group) == ["Ad one", "Ad two"]
    assert steps.drop_card(page, moving, (P.PROMOTION, C.IDEA), group, 1)  # before "Ad two"
    assert steps.shown_titles(page, *group) == ["Ad one", "Ad three", "Ad two"]
    titles = [row[3] for row in steps.stored(page) if row[2] == "planned"]
    assert titles == ["Ad one", "hidden A", "Ad three", "Ad two", "hidden B"]


def test_a_card_added_under_a_filter_is_announced(
    qtbot: QtBot, page: MixPageView, steps: Any
) -> None:
    page.open_board(P.PRICE)
    page.filter_bar.overdue_check.setChecked(True)
    column = page.boards[P.PRICE].board.column((P.PRICE, C.IDEA))
    assert column.quick_add is not None
    column.quick_add.setText("Happy hour")
    qtbot.keyClick(column.quick_add, Qt.Key.Key_Return)
    assert [row[3] for row in steps.stored(page)] == ["Happy hour"]
    assert steps.shown_titles(page, P.PRICE, C.IDEA) == []
    assert "“Happy hour” was added; the filters hide it." in page.summary_label.text()


def test_the_card_menu_moves_to_another_p(
    page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    item_id = add("Loyalty card", "price", "done").id
    page.refresh()
    page.open_board(P.PRICE)
    view = steps.column_view(page, P.PRICE, C.DONE)
    menu = view.build_menu(item_id)
    [submenu] = [a.menu() for a in menu.actions() if a.text() == "Move to another P"]
    entries = {a.text(): a for a in submenu.actions()}
    assert list(entries) == ["Product", "Price", "Promotion", "Place"]
    assert not entries["Price"].isEnabled()  # where it is already
    entries["Place"].trigger()
    assert steps.stored(page) == [(item_id, "place", "done", "Loyalty card")]
    menu.deleteLater()


def test_word_selection_keys_stay_with_the_text_fields(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    """Ctrl+Shift+Left/Right move a card between Ps, but not while typing in a text field."""
    add("Loyalty card", "price", "done")
    page.refresh()
    page.open_board(P.PRICE)
    view = steps.column_view(page, P.PRICE, C.DONE)
    view.setFocus()
    view.setCurrentIndex(view.card_model.index(0))
    search = page.filter_bar.search_edit
    search.setFocus()
    search.setText("loyalty card")
    qtbot.keyClick(
        search,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert search.selectedText() == "card"
    assert [row[1] for row in steps.stored(page)] == ["price"]
