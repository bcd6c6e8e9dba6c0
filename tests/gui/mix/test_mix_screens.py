"""The mix page on the French demo plan, rendered at 1400×900: what a person would see."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import FOUR_P, MixColumn, MixP
from stratdesk.services.demo import build_demo
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.mix import mix_page
from stratdesk.ui.operations.mix.overview import COUNT_ROLE, NOTICE_ROLE
from stratdesk.ui.operations.mix.page import MixPageView

DEMO_DAY = dt.date(2026, 12, 10)  # the demo is shown as at its first yearly review
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.stratdesk"
    return build_demo(path, "fr", today=DEMO_DAY)


@pytest.fixture
def demo_page(qtbot: QtBot, tmp_path: Path, demo_template: Path) -> Iterator[MixPageView]:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    path = tmp_path / "demo.stratdesk"
    path.write_bytes(demo_template.read_bytes())
    document = PlanDocument(Workspace.open(path))
    page = MixPageView(document, today=lambda: DEMO_DAY)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    yield page
    document.close()


def _grab(page: MixPageView, target: Path) -> QImage:
    QApplication.processEvents()
    assert page.grab().save(str(target))
    return QImage(str(target))


def test_the_factory_builds_the_page(qtbot: QtBot, document: PlanDocument) -> None:
    page = mix_page(document)
    qtbot.addWidget(page)
    assert isinstance(page, MixPageView)


def test_demo_screens_in_french(demo_page: MixPageView, tmp_path: Path) -> None:
    page = demo_page
    assert len(page.state.actions) == 13
    overview = page.overview_model
    every = overview.index(len(FOUR_P), 4)
    assert every.data(COUNT_ROLE) == "13 actions"
    assert "2 without objective" in every.data(NOTICE_ROLE)  # the demo's two loose ideas
    shots = {"overview": _grab(page, tmp_path / "mix-overview.png")}
    for p in FOUR_P:
        page.open_board(p)
        shots[p.value] = _grab(page, tmp_path / f"mix-{p.value}.png")
    page.open_board(MixP.PROMOTION)
    card = page.boards[MixP.PROMOTION].board.view((MixP.PROMOTION, MixColumn.IDEA))
    assert page.focus_card(card.card_model.card(0).id)
    shots["details"] = _grab(page, tmp_path / "mix-details.png")
    for name, image in shots.items():
        assert (image.width(), image.height()) == (1400, 900), name
        # Not a blank grab: the page holds text and cards in more than two colours.
        colours = {image.pixel(x, y) for x in range(0, 1400, 37) for y in range(0, 900, 23)}
        assert len(colours) > 5, name
    # French money on screen: narrow no-break space between thousands, comma, euro sign.
    totals = page.boards[MixP.PROMOTION].totals_label.text()
    assert f"17{NNBSP}600,00{NBSP}€" in totals
