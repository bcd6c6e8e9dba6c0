"""A 1366×768 laptop, in French: every existing page usable, measured in pixels.

The KPI chart keeps a real height (the tiles keep one row that scrolls sideways), a tile's
number is never cut, the mix filters show their words whole, the kanban columns keep their
width with the details panel open (and the panel its width, remembered), and the boards show
more than a card per column. `test_gui_layout.py` checks that nothing is squeezed at this size.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
)
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import KpiUnit, MixColumn, MixP, SwotQuadrant
from stratdesk.services.demo import build_demo
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.operations.kpis.page import KpiPageView
from stratdesk.ui.operations.kpis.tile_delegate import TEXT_WIDTH, value_layout
from stratdesk.ui.operations.mix.page import MixPageView
from stratdesk.ui.widgets.cards import CardListView

LAPTOP = (1366, 768)
CHART_HEIGHT = 200  # the KPI chart at least, at this size
COLUMN_WIDTH = 190  # a kanban column at least, with the details panel open


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("laptop") / "demo.stratdesk"
    return build_demo(path, language="fr", today=dt.date(2026, 11, 27))


@pytest.fixture
def laptop(
    window: MainWindow, demo_template: Path, tmp_path: Path, french: None
) -> Iterator[MainWindow]:
    path = tmp_path / "démo.stratdesk"
    shutil.copyfile(demo_template, path)
    window.resize(*LAPTOP)
    assert window.open_file(path)
    _settle()
    yield window


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def _page(window: MainWindow, workspace: str, key: str) -> object:
    window.show_workspace(workspace, key)
    _settle()
    view = window.plan_view
    assert view is not None
    return view.workspace(workspace).page_widget(key)


def _whole_cards(view: CardListView) -> int:
    """The cards a person sees whole, without scrolling."""
    room = view.viewport().rect()
    return sum(
        1
        for row in range(view.model().rowCount())
        if room.contains(view.visualRect(view.model().index(row, 0)))
    )


# -- KPIs -----------------------------------------------------------------------------------
def test_the_kpi_chart_keeps_its_height_beside_one_scrolling_row_of_tiles(
    laptop: MainWindow,
) -> None:
    page = _page(laptop, "operations", "kpis")
    assert isinstance(page, KpiPageView)
    assert laptop.size().toTuple() == LAPTOP
    assert page.detail.chart.plot.height() >= CHART_HEIGHT
    tiles = page.tiles
    assert tiles.isVisible() and tiles.height() > 0 and tiles.rows == 1
    assert not tiles.isWrapping()  # one row, scrolled sideways, rather than two rows
    assert tiles.horizontalScrollBar().maximum() > 0  # the demo's six tiles: some scrolled
    # Folded away by the person: the chart takes the room; shown again, the row comes back.
    page.tiles_button.setChecked(False)
    _settle()
    assert page.splitter.sizes()[0] == 0
    assert page.detail.chart.plot.height() > CHART_HEIGHT + 100
    page.tiles_button.setChecked(True)
    _settle()
    assert page.splitter.sizes()[0] > 0


def test_a_tiles_number_is_never_cut(laptop: MainWindow) -> None:
    page = _page(laptop, "operations", "kpis")
    assert isinstance(page, KpiPageView)
    document = laptop.document
    assert document is not None
    kpi = document.services.kpis.create(
        document.plan_id, {"name": "Chiffre d’affaires annuel", "unit": KpiUnit.CURRENCY}
    )
    document.services.kpi_measurements.add_many(
        kpi.id,
        [
            {"day": dt.date(2026, 10, 31), "value": 24_100_000.0},
            {"day": dt.date(2026, 11, 30), "value": 24_600_300.5},
        ],
    )
    page.refresh()
    _settle()
    base = page.tiles.font()
    change_font = QFont(base)
    change_font.setPointSizeF(11)
    model = page.tiles_model
    for row in range(model.rowCount()):
        texts = model.texts(row)
        font, change = value_layout(base, texts.value, texts.change, TEXT_WIDTH)
        aside = QFontMetrics(change_font).horizontalAdvance(change) + 8 if change else 0
        assert QFontMetrics(font).horizontalAdvance(texts.value) <= TEXT_WIDTH - aside, texts
        assert font.pointSizeF() >= 11
        assert texts.value in model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    big = model.texts(model.row_of(kpi.id))
    assert big.value.startswith("24\u202f600\u202f300,50")  # whole, the change giving way


# -- the marketing mix ---------------------------------------------------------------------
def _field_rect(combo: QComboBox) -> QRect:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )


def test_the_mix_filters_show_their_words_whole_on_one_line(laptop: MainWindow) -> None:
    page = _page(laptop, "operations", "mix")
    assert isinstance(page, MixPageView)
    bar = page.filter_bar
    for combo in (bar.objective_combo, bar.segment_combo, bar.owner_combo):
        text = combo.currentText()
        assert text.startswith("Tous les")
        width = QFontMetrics(combo.font()).horizontalAdvance(text)
        assert width <= _field_rect(combo).width(), (text, width, _field_rect(combo).width())
    search = bar.search_edit
    option = QStyleOptionFrame()
    search.initStyleOption(option)
    room = search.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, search)
    placeholder = QFontMetrics(search.font()).horizontalAdvance(search.placeholderText())
    assert placeholder <= room.width() - 24  # with the clear button's place
    # One line: every filter on the search field's row.
    rows = {w.geometry().top() for w in (search, bar.owner_combo, bar.clear_button)}
    assert max(rows) - min(rows) < search.height()


def test_kanban_columns_keep_their_width_with_the_details_open(
    laptop: MainWindow, qtbot: QtBot
) -> None:
    page = _page(laptop, "operations", "mix")
    assert isinstance(page, MixPageView)
    action = next(a for a in page.state.actions if a.p == MixP.PROMOTION)
    assert page.focus_card(action.id)
    _settle()
    assert page.editor_area.isVisible()
    board = page.tabs.show_board(MixP.PROMOTION)
    _settle()
    widths = [board.board.column(group).width() for group in board.groups()]
    assert min(widths) >= COLUMN_WIDTH, widths
    assert board.board_area.horizontalScrollBar().maximum() == 0  # no column scrolled away
    # Every column with two or more cards shows at least two whole.
    for group in board.groups():
        view = board.board.view(group)
        if view.model().rowCount() >= 2:
            assert _whole_cards(view) >= 2, group
    assert (MixP.PROMOTION, MixColumn.IN_PROGRESS) in board.groups()
    # The P's sentence made room for the cards; it is still the title's tooltip.
    assert not board.hint_label.isVisible()
    assert board.title_label.toolTip() == board.hint_label.text()


def test_the_details_panel_keeps_the_width_it_was_given(laptop: MainWindow, tmp_path: Path) -> None:
    page = _page(laptop, "operations", "mix")
    assert isinstance(page, MixPageView)
    page.focus_card(page.state.actions[0].id)
    _settle()
    splitter = page.splitter
    total = sum(splitter.sizes())
    splitter.moveSplitter(total - 260, 1)  # the person drags the panel narrower
    wanted = splitter.sizes()
    path = document_path(laptop)
    laptop.close_file()
    assert laptop.open_file(path)
    _settle()
    page = _page(laptop, "operations", "mix")
    assert isinstance(page, MixPageView)
    page.focus_card(page.state.actions[0].id)
    _settle()
    assert page.splitter.sizes() == wanted


def document_path(window: MainWindow) -> Path:
    assert window.document is not None
    return Path(window.document.path)


# -- the strategy boards -------------------------------------------------------------------
def test_the_swot_shows_more_than_one_card_per_quadrant(laptop: MainWindow) -> None:
    page = _page(laptop, "strategy", "swot")
    board = page.swot.board  # type: ignore[attr-defined]
    for quadrant in SwotQuadrant:
        view = board.view(quadrant)
        assert view.model().rowCount() >= 3
        assert _whole_cards(view) >= 2, quadrant


def test_the_page_sentence_keeps_to_one_line_on_a_laptop(laptop: MainWindow) -> None:
    for workspace, key in (("strategy", "environment"), ("operations", "mix")):
        page = _page(laptop, workspace, key)
        label = page.header.description_label  # type: ignore[attr-defined]
        assert label.compact and label.height() <= QFontMetrics(label.font()).height() + 4
        assert label.toolTip() == label.text()  # whole in the tooltip
    laptop.resize(1920, 1080)
    _settle()
    page = _page(laptop, "operations", "mix")
    assert not page.header.description_label.compact  # type: ignore[attr-defined]
