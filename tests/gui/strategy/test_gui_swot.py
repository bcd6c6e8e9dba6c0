"""The SWOT board: quick add, edit in place, drag and keys between quadrants, weight, delete;
every gesture one undo step that survives closing and reopening the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import SwotQuadrant
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.strategy.swot import swot_page
from stratdesk.ui.strategy.swot.page import SwotView
from stratdesk.ui.widgets.cards import CardEditor
from stratdesk.ui.widgets.cards.delegate import badge_line

S, W = SwotQuadrant.STRENGTH, SwotQuadrant.WEAKNESS
OPP, T = SwotQuadrant.OPPORTUNITY, SwotQuadrant.THREAT
MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def page(document: PlanDocument, show: Callable[[QWidget], QWidget]) -> SwotView:
    view = swot_page(document)
    assert isinstance(view, SwotView)
    show(view)
    return view


@pytest.fixture
def demo_page(demo_document: PlanDocument, show: Callable[[QWidget], QWidget]) -> SwotView:
    view = SwotView(demo_document)
    show(view)
    return view


def stored(page: SwotView) -> dict[SwotQuadrant, list[tuple[int, str]]]:
    """The SWOT as the file holds it: (id, text) per quadrant, in order."""
    items = page.document.services.swot.list(page.document.plan_id)
    return {q: [(i.id, i.text) for i in items if i.quadrant == q] for q in SwotQuadrant}


def quick_add(qtbot: QtBot, page: SwotView, quadrant: SwotQuadrant, text: str) -> None:
    line = page.swot.board.column(quadrant).quick_add
    assert line is not None
    line.setFocus()
    line.setText(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def by_text(page: SwotView, text: str) -> int:
    items = page.document.services.swot.list(page.document.plan_id)
    return next(i.id for i in items if i.text == text)


def test_quadrant_models_pass_qt_model_tester(
    qtmodeltester: ModelTester, demo_page: SwotView
) -> None:
    for quadrant in SwotQuadrant:
        qtmodeltester.check(demo_page.swot.board.model(quadrant), force_py=True)


def test_an_empty_swot_says_what_to_do(page: SwotView) -> None:
    for quadrant in SwotQuadrant:
        view = page.swot.board.view(quadrant)
        assert view.card_model.rowCount() == 0
        assert "below" in view.placeholder
    assert "Select a strategy" in page.tows.link_hint.text()


def test_quick_add_then_undo_and_redo_keep_the_id(qtbot: QtBot, page: SwotView) -> None:
    quick_add(qtbot, page, S, "Award-winning roaster")
    ((item_id, text),) = stored(page)[S]
    assert text == "Award-winning roaster"
    assert page.swot.board.model(S).ids() == [item_id]
    assert page.swot.board.column(S).quick_add.text() == ""  # type: ignore[union-attr]
    assert page.document.stack.undoText() == "Add strength"
    page.document.stack.undo()
    assert stored(page)[S] == []
    assert page.swot.board.model(S).rowCount() == 0
    page.document.stack.redo()
    assert stored(page)[S] == [(item_id, "Award-winning roaster")]


def test_a_refused_card_stays_typed_and_says_why(qtbot: QtBot, page: SwotView) -> None:
    before = page.document.stack.count()
    with qtbot.waitSignal(page.document.runner.failed) as failed:
        quick_add(qtbot, page, W, "x" * 1001)
    assert "Text" in failed.args[0]
    assert stored(page)[W] == []
    assert page.document.stack.count() == before
    assert page.swot.board.column(W).quick_add.text() == "x" * 1001  # type: ignore[union-attr]


def test_edit_in_place_then_undo(qtbot: QtBot, page: SwotView) -> None:
    quick_add(qtbot, page, OPP, "Remote workers")
    item_id = by_text(page, "Remote workers")
    board = page.swot.board
    assert board.focus_card(item_id)
    view = board.view(OPP)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(CardEditor)
    assert editor is not None
    editor.selectAll()
    editor.insertPlainText("Remote workers want good coffee at home")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored(page)[OPP] == [(item_id, "Remote workers want good coffee at home")]
    assert board.model(OPP).card(0).text == "Remote workers want good coffee at home"
    assert page.document.stack.undoText() == "Edit SWOT item"
    page.document.stack.undo()
    assert stored(page)[OPP] == [(item_id, "Remote workers")]


def test_drag_between_quadrants_then_undo_puts_it_back(qtbot: QtBot, page: SwotView) -> None:
    for text in ("S1", "S2", "S3"):
        quick_add(qtbot, page, S, text)
    quick_add(qtbot, page, OPP, "O1")
    board = page.swot.board
    source, target = board.model(S), board.model(OPP)
    s2 = by_text(page, "S2")
    mime = source.mimeData([source.index(source.row_of(s2))])  # what the view drags
    assert target.dropMimeData(mime, MOVE, 0, 0, QModelIndex())
    assert [t for _i, t in stored(page)[S]] == ["S1", "S3"]
    assert [t for _i, t in stored(page)[OPP]] == ["S2", "O1"]
    assert target.ids()[0] == s2
    assert board.current_id() == s2  # the card keeps the focus in its new quadrant
    assert page.document.stack.undoText() == "Move SWOT item to Opportunities"
    page.document.stack.undo()
    assert [t for _i, t in stored(page)[S]] == ["S1", "S2", "S3"]
    assert [t for _i, t in stored(page)[OPP]] == ["O1"]
    page.document.stack.redo()
    assert [t for _i, t in stored(page)[OPP]] == ["S2", "O1"]


def test_a_drop_on_the_view_lands_below_the_card_it_covers(qtbot: QtBot, page: SwotView) -> None:
    for text in ("T1", "T2"):
        quick_add(qtbot, page, T, text)
    quick_add(qtbot, page, W, "W1")
    board = page.swot.board
    view = board.view(T)
    w1 = by_text(page, "W1")
    mime = board.model(W).mimeData([board.model(W).index(0)])
    rect = view.visualRect(board.model(T).index(0))
    where = QPointF(rect.center().x(), rect.center().y() + rect.height() / 4)
    event = QDropEvent(where, MOVE, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert [t for _i, t in stored(page)[T]] == ["T1", "W1", "T2"]
    assert board.model(T).ids()[1] == w1


def test_reorder_within_a_quadrant_by_drag(qtbot: QtBot, page: SwotView) -> None:
    for text in ("A", "B", "C"):
        quick_add(qtbot, page, S, text)
    model = page.swot.board.model(S)
    mime = model.mimeData([model.index(0)])
    assert model.dropMimeData(mime, MOVE, 3, 0, QModelIndex())  # below the last card
    assert [t for _i, t in stored(page)[S]] == ["B", "C", "A"]
    assert page.document.stack.undoText() == "Reorder SWOT item"
    page.document.stack.undo()
    assert [t for _i, t in stored(page)[S]] == ["A", "B", "C"]


def test_keys_reorder_and_move_between_quadrants(qtbot: QtBot, page: SwotView) -> None:
    for text in ("A", "B"):
        quick_add(qtbot, page, S, text)
    board = page.swot.board
    a = by_text(page, "A")
    board.focus_card(a)
    qtbot.keyClick(board.view(S), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [t for _i, t in stored(page)[S]] == ["B", "A"]
    qtbot.keyClick(board.current_view(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert [t for _i, t in stored(page)[W]] == ["A"]
    assert board.group_of(a) == W and board.current_id() == a
    qtbot.keyClick(board.current_view(), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert [t for _i, t in stored(page)[T]] == ["A"]
    assert board.current_view() is board.view(T)
    stack = page.document.stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert [t for _i, t in stored(page)[S]] == ["A", "B"]


def test_digits_set_the_weight_in_one_step(qtbot: QtBot, page: SwotView) -> None:
    quick_add(qtbot, page, S, "Strong brand")
    item_id = by_text(page, "Strong brand")
    board = page.swot.board
    board.focus_card(item_id)
    before = page.document.stack.count()
    qtbot.keyClick(board.view(S), Qt.Key.Key_5)
    qtbot.keyClick(board.view(S), Qt.Key.Key_4)
    service = page.document.services.swot
    assert service.get(item_id).weight == 4
    assert board.model(S).card(0).weight == 4
    assert page.document.stack.count() == before + 1  # typing the weight merges
    page.document.stack.undo()
    assert service.get(item_id).weight == 3


def test_delete_then_undo_restores_the_item_and_its_links(
    qtbot: QtBot, demo_page: SwotView
) -> None:
    services, plan_id = demo_page.document.services, demo_page.document.plan_id
    item = next(i for i in services.swot.list(plan_id) if i.quadrant == S)
    linked = [s.id for s in services.tows.list(plan_id) if item.id in s.swot_item_ids]
    assert linked
    demo_page.swot.board.focus_card(item.id)
    qtbot.keyClick(demo_page.swot.board.view(S), Qt.Key.Key_Delete)
    assert item.id not in demo_page.swot.board.model(S).ids()
    assert all(item.id not in services.tows.get(s).swot_item_ids for s in linked)
    assert demo_page.document.stack.undoText() == "Delete SWOT item"
    demo_page.document.stack.undo()
    assert services.swot.get(item.id) == item
    assert all(item.id in services.tows.get(s).swot_item_ids for s in linked)


def test_an_item_linked_to_a_strategy_keeps_its_quadrant(qtbot: QtBot, demo_page: SwotView) -> None:
    services, plan_id = demo_page.document.services, demo_page.document.plan_id
    wt = next(s for s in services.tows.list(plan_id) if s.kind == "WT")
    weakness = next(i for i in wt.swot_item_ids if services.swot.get(i).quadrant == W)
    before = stored(demo_page)
    count = demo_page.document.stack.count()
    board = demo_page.swot.board
    board.focus_card(weakness)
    with qtbot.waitSignal(demo_page.document.runner.failed) as failed:
        qtbot.keyClick(board.view(W), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert "unlink it first" in failed.args[0]
    assert stored(demo_page) == before
    assert demo_page.document.stack.count() == count
    assert board.group_of(weakness) == W


def test_badges_show_weight_votes_sources_and_strategies(demo_page: SwotView) -> None:
    cards = demo_page.swot.board.model(OPP).cards()
    remote = next(c for c in cards if c.text.startswith("Remote workers"))
    assert remote.weight == 5 and remote.votes == 4
    assert remote.badges == ("From PESTEL: Social", "In 2 strategies")
    model = demo_page.swot.board.model(OPP)
    line = badge_line(model.index(model.row_of(remote.id)))
    assert line == "●●●●●  ·  4 votes  ·  From PESTEL: Social  ·  In 2 strategies"
    capsules = next(c for c in cards if "capsule" in c.text)
    assert "From OfficeBrew" in capsules.badges
    assert "In 1 strategy" in capsules.badges


def test_every_edit_survives_closing_and_reopening(
    qtbot: QtBot,
    page: SwotView,
    plan_path: Path,
    open_document: Callable[[Path], PlanDocument],
) -> None:
    quick_add(qtbot, page, S, "Kept strength")
    quick_add(qtbot, page, S, "Moved one")
    moved = by_text(page, "Moved one")
    board = page.swot.board
    board.focus_card(moved)
    qtbot.keyClick(board.view(S), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(board.view(OPP), Qt.Key.Key_2)
    page.document.close()
    reopened = open_document(plan_path)
    items = reopened.services.swot.list(reopened.plan_id)
    assert sorted((i.text, i.quadrant, i.weight) for i in items) == [
        ("Kept strength", S, 3),
        ("Moved one", OPP, 2),
    ]


def test_the_page_follows_changes_made_elsewhere(
    qtbot: QtBot, demo_document: PlanDocument, show: Callable[[QWidget], QWidget]
) -> None:
    from stratdesk.ui.strategy.environment.page import EnvironmentView

    swot, environment = SwotView(demo_document), EnvironmentView(demo_document)
    show(swot)
    show(environment)
    services, plan_id = demo_document.services, demo_document.plan_id
    factor = next(f for f in services.factors.list(plan_id) if f.category == "legal")
    environment.pestel.send_to_swot(factor.id, T)
    texts = [card.text for card in swot.swot.board.model(T).cards()]
    assert factor.text in texts
    swot.hide()
    demo_document.stack.undo()
    assert swot.stale  # hidden: refreshed only when shown again
    swot.show()
    qtbot.waitUntil(lambda: not swot.stale)
    assert factor.text not in [card.text for card in swot.swot.board.model(T).cards()]
