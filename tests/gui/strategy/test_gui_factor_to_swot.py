"""A PESTEL factor goes to the SWOT once per quadrant, with its impact as the item's weight."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import PestelCategory, SwotQuadrant
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.strategy.environment.page import EnvironmentView

OPP, THREAT = SwotQuadrant.OPPORTUNITY, SwotQuadrant.THREAT


def test_the_same_factor_cannot_be_sent_twice_to_one_quadrant(
    qtbot: QtBot, document: PlanDocument, show: Callable[[QWidget], QWidget]
) -> None:
    services = document.services
    factor = services.factors.create(
        document.plan_id, {"category": PestelCategory.SOCIAL, "text": "Remote work", "impact": 2}
    )
    page = EnvironmentView(document)
    show(page)
    page.pestel.board.focus_card(factor.id)
    inspector = page.pestel.inspector
    assert inspector.to_opportunity.isEnabled() and inspector.to_threat.isEnabled()
    qtbot.mouseClick(inspector.to_opportunity, Qt.MouseButton.LeftButton)
    (item,) = services.swot.list(document.plan_id)
    assert (item.quadrant, item.weight, item.source_factor_id) == (OPP, 5, factor.id)
    # The opportunity button is off now (it would make the same item twice), with why.
    assert not inspector.to_opportunity.isEnabled()
    assert "Already in the SWOT" in inspector.to_opportunity.toolTip()
    assert inspector.to_threat.isEnabled()
    assert inspector.link_label.text() == "Already in the SWOT: Opportunity"
    # Asked anyway (a stale menu, a script): refused, said, and nothing to undo.
    failed: list[str] = []
    document.runner.failed.connect(failed.append)
    steps = document.stack.count()
    assert page.pestel.send_to_swot(factor.id, OPP) is None
    assert failed == ["This factor is already in the SWOT as an opportunity."]
    assert document.stack.count() == steps
    assert len(services.swot.list(document.plan_id)) == 1
    document.stack.undo()
    assert services.swot.list(document.plan_id) == []
    assert inspector.to_opportunity.isEnabled()
