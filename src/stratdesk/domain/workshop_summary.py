"""The workshop's "strategy on a page": the plan's choices in four short blocks.

Qt-free: from the plan's read models (segments, positionings, objectives, KPIs) it makes the
four blocks the step shows — whom the plan targets, how it wants to be seen, what it aims
for and how it measures it — each a title and a few lines of plain text, or an empty-state
sentence saying which page fills it. It reads only what the plan already holds; the full
"strategy on a page" view with its alignment checks (issue #13) can take its place later.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from stratdesk.domain.enums import ObjectiveStatus, Targeting
from stratdesk.domain.positioning import build_statement, field_values
from stratdesk.i18n import translate

MAX_LINES = 8  # per block: what a room can read at a glance
CLOSED = frozenset({ObjectiveStatus.DROPPED, ObjectiveStatus.MISSED})


@dataclass(frozen=True)
class SummaryBlock:
    key: str  # "targets", "positioning", "objectives", "kpis"
    title: str
    lines: tuple[str, ...]  # plain text, one item a line
    empty: str  # what to say when `lines` is empty
    more: int = 0  # lines left out past MAX_LINES


def _block(key: str, title: str, lines: list[str], empty: str) -> SummaryBlock:
    return SummaryBlock(
        key, title, tuple(lines[:MAX_LINES]), empty, more=max(0, len(lines) - MAX_LINES)
    )


def _targets(segments: Iterable[Any]) -> list[str]:
    primary = [s.name for s in segments if s.targeting == Targeting.PRIMARY]
    secondary = [s.name for s in segments if s.targeting == Targeting.SECONDARY]
    lines = [translate("WorkshopSummary", "Primary: {name}").format(name=name) for name in primary]
    lines += [
        translate("WorkshopSummary", "Secondary: {name}").format(name=name) for name in secondary
    ]
    return lines


def _statements(
    segments: Iterable[Any], positionings: Iterable[Any], brand: str, language: str
) -> list[str]:
    """The statements of the primary targets that have one (of the secondary ones when no
    primary target has one): the room reads one or two, not every segment's."""
    by_segment = {p.segment_id: p for p in positionings}
    segments = list(segments)
    for level in (Targeting.PRIMARY, Targeting.SECONDARY):
        lines = [
            build_statement(by_segment[s.id], brand, language).text
            for s in segments
            if s.targeting == level
            and s.id in by_segment
            and any(field_values(by_segment[s.id]).values())
        ]
        if lines:
            return lines
    return []


def summary_blocks(
    *,
    segments: Iterable[Any],
    positionings: Iterable[Any],
    objectives: Iterable[Any],
    kpis: Iterable[Any],
    brand: str,
    language: str,
) -> tuple[SummaryBlock, ...]:
    """The four blocks, in reading order: targets, positioning, objectives, KPIs."""
    segments = list(segments)
    live = [o.statement for o in objectives if o.status not in CLOSED]
    return (
        _block(
            "targets",
            translate("WorkshopSummary", "Whom we target"),
            _targets(segments),
            translate(
                "WorkshopSummary", "No segment is targeted yet (Segmentation & targeting page)."
            ),
        ),
        _block(
            "positioning",
            translate("WorkshopSummary", "How we want to be seen"),
            _statements(segments, positionings, brand, language),
            translate(
                "WorkshopSummary", "No positioning statement yet for a target (Positioning page)."
            ),
        ),
        _block(
            "objectives",
            translate("WorkshopSummary", "What we aim for"),
            live,
            translate("WorkshopSummary", "No objective yet (Objectives page)."),
        ),
        _block(
            "kpis",
            translate("WorkshopSummary", "How we measure it"),
            [k.name for k in kpis],
            translate("WorkshopSummary", "No KPI yet (KPIs page)."),
        ),
    )
