"""The mix page on the French demo plan, rendered at 1400×900: what a person would see."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import FOUR_P, MixColumn, MixP
from stratdesk.services.demo import build_demo
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations import operation_pages
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


def test_the_registered_factory_builds_the_page_on_the_document(
    qtbot: QtBot, document: PlanDocument, add: Callable[..., Any]
) -> None:
    spec = next(spec for spec in operation_pages() if spec.key == "mix")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    late = add("Flyers", p="promotion", column="planned", due=yesterday)
    for factory in (mix_page, spec.factory):
        page = factory(document)
        qtbot.addWidget(page)
        assert isinstance(page, MixPageView)
        assert page.document is document
        assert [action.id for action in page.state.actions] == [late.id]
        # The page runs on the real calendar: an action due yesterday is late today.
        assert page.state.overdue_count() == 1
        page.show()
        added = add("Loyalty card", p="product")  # and follows the plan's changes
        assert sorted(a.title for a in page.state.actions) == ["Flyers", "Loyalty card"]
        page.close()
        document.services.mix.delete(added.id)


def test_demo_screens_in_french(demo_page: MixPageView, tmp_path: Path) -> None:
    page = demo_page
    assert len(page.state.actions) == 13
    overview = page.overview_model
    every = overview.index(len(FOUR_P), 4)
    assert every.data(COUNT_ROLE) == "13 actions"
    assert "1 without objective" in every.data(NOTICE_ROLE)  # the demo's loose idea
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
