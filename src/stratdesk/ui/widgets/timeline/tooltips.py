"""Tooltip text for a bar: its full title, dates, length and status (plain text, escaped)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject

from stratdesk.i18n import current_language
from stratdesk.i18n.formatting import format_date
from stratdesk.ui.widgets.timeline.data import Bar, Lane

translate = QCoreApplication.translate


class TimelineWords(QObject):
    """Plurals need a QObject's `tr` (the only form lupdate extracts as a plural), in a class
    no page subclasses (PySide looks the context up by the object's own class)."""

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)


def bar_tooltip(bar: Bar, lane: Lane | None) -> str:
    """Rich text built from escaped plain text: a title with "<b>" shows as typed."""
    language = current_language()
    lines = [f"<b>{html.escape(bar.title)}</b>"]
    if bar.milestone:
        when = translate("TimelineView", "Milestone: {date}").format(
            date=format_date(bar.start, language)
        )
        lines.append(html.escape(when))
    else:
        days = (bar.end - bar.start).days + 1
        span = translate("TimelineView", "{start} – {end}").format(
            start=format_date(bar.start, language), end=format_date(bar.end, language)
        )
        lines.append(html.escape(f"{span} ({TimelineWords().days(days)})"))
    if bar.status:
        status = f"{bar.symbol} {bar.status}" if bar.symbol else bar.status
        lines.append(html.escape(status))
    if lane is not None:
        lines.append(f"<i>{html.escape(lane.title)}</i>")
    return "<br>".join(lines)
