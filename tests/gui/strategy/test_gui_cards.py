"""The reusable card board, without any service: model, drag data, keys, menu, board."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.ui.widgets.cards import (
    BADGES_ROLE,
    ID_ROLE,
    MIME_TYPE,
    WEIGHT_ROLE,
    Card,
    CardBoard,
    CardEditor,
    CardListModel,
    CardListView,
    ColumnSpec,
    decode_card,
    encode_card,
    pips,
)

MOVE = Qt.DropAction.MoveAction


def cards(*ids: int) -> list[Card]:
    return [Card(i, f"Card {i}", (f"badge {i}",), 3) for i in ids]


def make_model(*ids: int, **kwargs: Any) -> CardListModel:
    model = CardListModel("test", "A", **kwargs)
    model.set_cards(cards(*ids))
    return model


def test_the_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = make_model(1, 2, 3, commit=lambda _i, _t: True, weight_range=(1, 5))
    qtmodeltester.check(model, force_py=True)


def test_roles_give_text_id_badges_and_weight() -> None:
    model = make_model(7, weight_range=(1, 5))
    index = model.index(0)
    assert index.data() == "Card 7"
    assert index.data(Qt.ItemDataRole.EditRole) == "Card 7"
    assert index.data(ID_ROLE) == 7
    assert index.data(BADGES_ROLE) == ["badge 7"]
    assert index.data(WEIGHT_ROLE) == 3
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Card 7 — badge 7"
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable  # no commit: read-only
    assert not model.flags(index) & Qt.ItemFlag.ItemIsDropEnabled  # drop between, not onto
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_set_cards_keeps_rows_that_stay_and_signals_only_changes(qtbot: QtBot) -> None:
    model = make_model(1, 2, 3)
    kept = QPersistentModelIndex(model.index(2))
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    with qtbot.waitSignal(model.rowsInserted), qtbot.waitSignal(model.rowsRemoved):
        model.set_cards([*cards(0, 1), Card(3, "Renamed"), *cards(4)])
    assert model.ids() == [0, 1, 3, 4]
    assert kept.row() == 2 and kept.data() == "Renamed"
    assert changed == [2]


def test_set_data_goes_to_commit_only() -> None:
    calls: list[tuple[int, str]] = []
    model = make_model(5, commit=lambda i, t: calls.append((i, t)) or True)
    assert model.setData(model.index(0), "New text")
    assert calls == [(5, "New text")]
    assert model.card(0).text == "Card 5"  # the refresh after the command shows it


def test_drag_data_names_the_board_and_the_card() -> None:
    mime = make_model(4, 5).mimeData([make_model(4, 5).index(1)])
    assert mime.hasFormat(MIME_TYPE)
    assert decode_card(mime, "test") == 5
    assert decode_card(mime, "another board") is None
    assert decode_card(QMimeData(), "test") is None
    broken = QMimeData()
    broken.setData(MIME_TYPE, b"not json")
    assert decode_card(broken, "test") is None


@pytest.mark.parametrize(
    ("dragged", "row", "on_card", "expected"),
    [
        (1, 3, False, 2),  # down: the card's own row no longer counts
        (3, 0, False, 0),  # up
        (1, -1, False, 3),  # on the empty space below: last
        (3, 0, True, 0),  # onto the first card: in front of it
    ],
)
def test_a_drop_in_the_same_list_asks_for_the_final_place(
    qtbot: QtBot, dragged: int, row: int, on_card: bool, expected: int
) -> None:
    model = make_model(1, 2, 3, 4)
    parent = model.index(row) if on_card else QModelIndex()
    with qtbot.waitSignal(model.move_requested) as blocker:
        assert model.dropMimeData(
            encode_card("test", dragged, "A"), MOVE, -1 if on_card else row, 0, parent
        )
    assert blocker.args == [dragged, "A", expected]


def test_a_drop_from_another_list_or_board(qtbot: QtBot) -> None:
    model = make_model(1, 2)
    with qtbot.waitSignal(model.move_requested) as blocker:
        assert model.dropMimeData(encode_card("test", 9, "B"), MOVE, 1, 0, QModelIndex())
    assert blocker.args == [9, "A", 1]
    with qtbot.assertNotEmitted(model.move_requested):
        foreign = encode_card("mix", 9, "B")
        assert not model.canDropMimeData(foreign, MOVE, 0, 0, QModelIndex())
        assert not model.dropMimeData(foreign, MOVE, 0, 0, QModelIndex())
        # Dropped back where it was: nothing to do.
        assert not model.dropMimeData(encode_card("test", 1, "A"), MOVE, 1, 0, QModelIndex())


@pytest.fixture
def board(qtbot: QtBot) -> CardBoard:
    specs = [
        ColumnSpec("A", "Alpha", placeholder="Nothing in A", quick_add="Add to A"),
        ColumnSpec("B", "Beta", quick_add="Add to B", accent=QColor("#123456")),
        ColumnSpec("C", "Gamma", cell=(1, 0)),
    ]
    board = CardBoard("test", specs, commit=lambda _i, _t: True, weight_range=(1, 5))
    board.set_cards("A", cards(1, 2, 3))
    board.set_cards("B", cards(4))
    qtbot.addWidget(board)
    board.resize(900, 700)
    board.show()
    qtbot.waitExposed(board)
    return board


def focus(board: CardBoard, item_id: int) -> CardListView:
    assert board.focus_card(item_id)
    view = board.current_view()
    assert view is not None
    return view


@pytest.mark.parametrize(
    ("key", "modifier", "expected"),
    [
        (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier, [2, "A", 2]),
        (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier, [2, "A", 0]),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier, [2, "B", 1]),  # clamped
        (Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier, [2, "C", 0]),
    ],
)
def test_keys_move_the_current_card(
    qtbot: QtBot, board: CardBoard, key: Qt.Key, modifier: Qt.KeyboardModifier, expected: list
) -> None:
    view = focus(board, 2)
    with qtbot.waitSignal(board.move_requested) as blocker:
        qtbot.keyClick(view, key, modifier)
    assert blocker.args == expected


def test_moves_that_go_nowhere_are_dropped(qtbot: QtBot, board: CardBoard) -> None:
    view = focus(board, 1)
    with qtbot.assertNotEmitted(board.move_requested):
        qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # first already
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # no group left
        qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # its own group


def test_delete_weight_and_insert_keys(qtbot: QtBot, board: CardBoard) -> None:
    view = focus(board, 3)
    with qtbot.waitSignal(board.delete_requested) as deleted:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert deleted.args == [3]
    with qtbot.waitSignal(board.weight_requested) as weighted:
        qtbot.keyClick(view, Qt.Key.Key_5)
    assert weighted.args == [3, 5]
    with qtbot.assertNotEmitted(board.weight_requested):
        qtbot.keyClick(view, Qt.Key.Key_7)  # beyond the weight range
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    quick_add = board.column("A").quick_add
    assert quick_add is not None
    qtbot.waitUntil(quick_add.hasFocus)


def test_quick_add_asks_for_a_card_and_keeps_the_text_until_accepted(
    qtbot: QtBot, board: CardBoard
) -> None:
    column = board.column("B")
    assert column.quick_add is not None
    column.quick_add.setText("  A new   idea ")
    with qtbot.waitSignal(board.add_requested) as blocker:
        qtbot.keyClick(column.quick_add, Qt.Key.Key_Return)
    assert blocker.args == ["B", "A new idea"]
    assert column.quick_add.text() != ""  # a refused card stays there to be fixed
    column.accept_quick_add()
    assert column.quick_add.text() == ""
    with qtbot.assertNotEmitted(board.add_requested):
        qtbot.keyClick(column.quick_add, Qt.Key.Key_Return)  # nothing typed
    assert board.column("C").quick_add is None


def test_enter_edits_in_place_and_enter_keeps_the_text(qtbot: QtBot) -> None:
    committed: list[tuple[int, str]] = []
    board = CardBoard(
        "test",
        [ColumnSpec("A", "Alpha")],
        commit=lambda i, t: committed.append((i, t)) or True,
    )
    qtbot.addWidget(board)
    board.set_cards("A", cards(1))
    board.show()
    view = focus(board, 1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.findChild(CardEditor)
    assert editor is not None and editor.toPlainText() == "Card 1"
    editor.selectAll()
    editor.insertPlainText("Édité\nsur deux lignes")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert committed == [(1, "Édité sur deux lignes")]


def test_a_read_only_list_asks_the_page_to_edit(qtbot: QtBot) -> None:
    board = CardBoard("test", [ColumnSpec("A", "Alpha")])
    qtbot.addWidget(board)
    board.set_cards("A", cards(1))
    board.show()
    view = focus(board, 1)
    with qtbot.waitSignal(board.edit_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_F2)
    assert blocker.args == [1]


def test_the_context_menu_offers_every_action_with_its_keys(qtbot: QtBot, board: CardBoard) -> None:
    view = focus(board, 1)
    added: list[int] = []
    board.set_menu_hook(lambda menu, item_id: added.append(item_id))
    menu = view.build_menu(1)
    texts = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Edit", "Weight", "Move up", "Move down", "Move to", "Delete"} <= set(texts)
    assert not texts["Move up"].isEnabled()  # the first card
    assert texts["Delete"].shortcut().toString() == "Del"
    assert added == [1]
    targets = texts["Move to"].menu().actions()
    assert [a.text() for a in targets] == ["Alpha", "Beta", "Gamma"]
    assert not targets[0].isEnabled()
    with qtbot.waitSignal(board.move_requested) as blocker:
        texts["Move down"].trigger()
    assert blocker.args == [1, "A", 1]
    with qtbot.waitSignal(board.move_requested) as blocker:
        targets[1].trigger()
    assert blocker.args == [1, "B", 1]


def test_one_current_card_on_the_board(qtbot: QtBot, board: CardBoard) -> None:
    focus(board, 2)
    assert board.current_id() == 2
    with qtbot.waitSignal(board.current_changed) as blocker:
        focus(board, 4)
    assert blocker.args == [4]
    assert board.view("A").selectionModel().selectedIndexes() == []
    assert board.group_of(4) == "B" and board.group_of(99) is None
    assert not board.focus_card(99)


def test_column_counts_follow_the_cards(board: CardBoard) -> None:
    assert board.column("A").count_label.text() == "3"
    board.set_cards("A", cards(1))
    assert board.column("A").count_label.text() == "1"


def test_an_empty_list_shows_its_placeholder(qtbot: QtBot, board: CardBoard) -> None:
    view = board.view("A")
    board.set_cards("A", [])
    with_hint = view.viewport().grab().toImage()
    view.placeholder = ""
    view.viewport().repaint()
    without = view.viewport().grab().toImage()
    assert with_hint != without


def test_cards_grow_with_their_text(board: CardBoard) -> None:
    view = board.view("A")
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.widget = view  # type: ignore[attr-defined]
    option.font = view.font()  # type: ignore[attr-defined]
    board.set_cards("A", [Card(1, "Short"), Card(2, "A much longer text " * 12, ("b",), 2)])
    short = delegate.sizeHint(option, view.model().index(0, 0)).height()
    long = delegate.sizeHint(option, view.model().index(1, 0)).height()
    assert long > 3 * short / 2
    assert pips(2, 5) == "●●○○○"
