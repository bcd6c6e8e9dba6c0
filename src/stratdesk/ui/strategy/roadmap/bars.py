"""The roadmap's read model as the timeline draws it: one `Lane` per board lane, one `Bar`
per initiative (its status in words and as a symbol, cancelled ones faded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from stratdesk.domain.enums import WorkStatus
from stratdesk.domain.labels import enum_label
from stratdesk.domain.roadmap import THEME, status_symbol
from stratdesk.i18n.formatting import count_text
from stratdesk.services.roadmap_board import BoardLane, Initiative, Serving
from stratdesk.ui.widgets.timeline import Bar, Lane

translate = QCoreApplication.translate


class RoadmapWords(QObject):
    """Texts with a count: one form for one, another for more (never called with none)."""

    def serving(self, serving: Serving) -> str:
        """ "3 actions · 2 campaigns" (the mix actions and campaigns that serve an objective),
        "" for nothing."""
        parts = []
        if serving.mix_action_ids:
            count = len(serving.mix_action_ids)
            parts.append(count_text(count, self.tr("1 action"), self.tr("{n} actions")))
        if serving.campaign_ids:
            count = len(serving.campaign_ids)
            parts.append(count_text(count, self.tr("1 campaign"), self.tr("{n} campaigns")))
        return " · ".join(parts)


def lane_title(lane: BoardLane) -> str:
    if lane.objective is not None:
        return " ".join(lane.objective.statement.split())
    if lane.theme is not None:
        return lane.theme.name
    return translate("RoadmapView", "No lane")


def lane_subtitle(lane: BoardLane, words: RoadmapWords) -> str:
    if lane.objective is not None:
        served = words.serving(lane.serving)
        return served or translate("RoadmapView", "Objective")
    if lane.key[0] == THEME:
        return translate("RoadmapView", "Theme")
    return translate("RoadmapView", "Neither an objective nor a theme")


def to_lane(lane: BoardLane, words: RoadmapWords) -> Lane:
    return Lane(lane.key, lane_title(lane), lane_subtitle(lane, words), lane.colour)


def to_bar(initiative: Initiative) -> Bar:
    item = initiative.item
    return Bar(
        id=item.id,
        lane=initiative.lane,
        start=item.start,
        end=item.start if item.milestone else item.end,
        title=item.title,
        colour=item.colour or None,
        milestone=item.milestone,
        status=enum_label(item.status),
        symbol=status_symbol(item.status),
        muted=item.status == WorkStatus.CANCELLED,
        data=initiative,
    )
