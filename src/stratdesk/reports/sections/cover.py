"""The cover: client (logo when the plan has one), plan title, period, consultant and date on
a band of the brand colour. A plan without a logo gets a sober cover, type only; a logo that
cannot be read is left out rather than stopping the export."""

from __future__ import annotations

import io
import logging

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer

from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.flowables import facts
from stratdesk.reports.markup import escape
from stratdesk.reports.values import Values
from stratdesk.services.plan_contents import PlanContents

LOGO_WIDTH, LOGO_HEIGHT = 55 * mm, 30 * mm
log = logging.getLogger(__name__)


def period_text(contents: PlanContents) -> str:
    plan = contents.plan
    if plan.start_year == plan.end_year:
        return str(plan.start_year)
    return f"{plan.start_year} – {plan.end_year}"


def footer_note(contents: PlanContents, values: Values) -> str:
    """The footer's left line: who prepared the plan, and when it was printed."""
    day = values.day(contents.today)
    consultant = contents.plan.consultant.strip()
    return f"{consultant} · {day}" if consultant else day


def logo(data: bytes | None) -> Image | None:
    """The client's logo, scaled to fit its box (None when absent or unreadable)."""
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
        scale = min(LOGO_WIDTH / width, LOGO_HEIGHT / height)
        image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    except Exception:  # any undecodable image: the cover goes without it
        log.warning("the client's logo could not be read; the cover goes without it")
        return None
    image.hAlign = "LEFT"
    return image


def cover(report: Report) -> list[Flowable]:
    data, styles, theme = report.data, report.styles, report.theme
    client, plan = data.client, data.plan
    story: list[Flowable] = [Spacer(1, 22 * mm)]
    image = logo(client.logo)
    if image is not None:
        story += [image, Spacer(1, 10 * mm)]
    else:
        story.append(Spacer(1, 18 * mm))
    kicker = translate("Report", "Marketing plan").upper()
    story.append(Paragraph(escape(kicker), styles.kicker))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(escape(plan.title), styles.cover_title))
    story.append(Spacer(1, 3 * mm))
    story.append(HRFlowable(width=40 * mm, thickness=3, color=theme.accent, hAlign="LEFT"))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(f"<b>{escape(client.name)}</b>", styles.cover_client))
    if client.sector:
        story.append(Paragraph(escape(client.sector), styles.cover_line))
    story.append(Spacer(1, max(10 * mm, report.cover_height * 0.28)))
    pairs: list[tuple[str, object]] = [
        (translate("Report", "Period"), period_text(data)),
    ]
    if plan.consultant.strip():
        pairs.append((translate("Report", "Prepared by"), plan.consultant))
    pairs.append((translate("Report", "Date"), report.values.long_day(data.today)))
    story.append(facts(pairs, report.width * 0.7, styles, label_share=0.3))
    return story
