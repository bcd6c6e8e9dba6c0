"""The side panel holding the campaign editor (it scrolls rather than forcing its height on
the window), and the short description a campaign's tooltip gives."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from stratdesk.domain.labels import enum_label
from stratdesk.i18n.formatting import format_day, money_text
from stratdesk.ui.language import ui_language
from stratdesk.ui.widgets.scroll_area import FollowingScrollArea

PANEL_MIN_WIDTH = 300
translate = QCoreApplication.translate


class EditorPanel(FollowingScrollArea):
    """Hidden until a campaign is opened."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(PANEL_MIN_WIDTH)
        self.hide()


def describe(campaign: Any, objectives: Mapping[int, str], currency: str) -> str:
    """Rich text built from escaped plain text: what a campaign is, in a few lines."""
    language = ui_language()
    lines = [
        f"<b>{html.escape(campaign.name)}</b>",
        html.escape(
            translate("CampaignTooltip", "{start} – {end} · {channel}").format(
                start=format_day(campaign.start, language),
                end=format_day(campaign.end, language),
                channel=enum_label(campaign.channel),
            )
        ),
        html.escape(
            translate("CampaignTooltip", "Planned {planned}, spent {actual} · {status}").format(
                planned=money_text(campaign.budget_planned_cents, currency, language),
                actual=money_text(campaign.budget_actual_cents, currency, language),
                status=enum_label(campaign.status),
            )
        ),
    ]
    if campaign.objective_id in objectives:
        lines.append(f"<i>{html.escape(objectives[campaign.objective_id])}</i>")
    return "<br>".join(lines)
