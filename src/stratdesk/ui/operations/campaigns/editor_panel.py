"""The short description a campaign's tooltip gives (the month grid's, the panel's)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.labels import enum_label
from stratdesk.i18n.formatting import format_day, money_text
from stratdesk.ui.language import ui_language

translate = QCoreApplication.translate


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
