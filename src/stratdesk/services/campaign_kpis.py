"""The KPIs each campaign moves: a link table, read and replaced as a whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select
from sqlmodel import Session, col

from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.kpis import Kpi
from stratdesk.domain.operations import Campaign, CampaignKpi
from stratdesk.i18n import translate
from stratdesk.services.context import ServiceContext, touch
from stratdesk.services.field_labels import field_label
from stratdesk.services.validation import field_error


class CampaignKpiLinks:
    """The link API of `CampaignService` (which gives `_ctx` and `_load`)."""

    _ctx: ServiceContext

    if TYPE_CHECKING:  # EntityService's, which comes after this class in the MRO

        def _load(self, session: Session, item_id: int) -> Campaign: ...

    def kpi_ids(self, campaign_id: int) -> list[int]:
        """The KPIs this campaign moves, in the KPI library's order."""
        with self._ctx.read() as session:
            self._load(session, campaign_id)
            return _kpi_ids(session, campaign_id)

    def set_kpis(
        self, campaign_id: int, kpi_ids: Sequence[int], *, origin: object = None
    ) -> list[int]:
        """Make `kpi_ids` (KPIs of the campaign's plan) the ones it moves, in one transaction.

        Returns the previous list: `set_kpis(campaign_id, previous)` undoes it.
        """
        wanted = list(dict.fromkeys(kpi_ids))
        for kpi_id in wanted:
            if not isinstance(kpi_id, int) or isinstance(kpi_id, bool):
                raise field_error("kpi_ids", translate("Validation", "must be a number"))
        with self._ctx.write({"campaign", "campaign_kpi"}, origin) as session:
            campaign = self._load(session, campaign_id)
            previous = _kpi_ids(session, campaign_id)
            statement = select(col(Kpi.id)).where(
                col(Kpi.id).in_(wanted),
                col(Kpi.plan_id) == campaign.plan_id,
            )
            found = set(session.scalars(statement))
            missing = [kpi_id for kpi_id in wanted if kpi_id not in found]
            if missing:
                raise InvalidInput(
                    translate("Validation", "{field}: no such item in this plan (id {id})").format(
                        field=field_label("kpi_id"), id=missing[0]
                    ),
                    field="kpi_ids",
                )
            session.execute(delete(CampaignKpi).where(col(CampaignKpi.campaign_id) == campaign_id))
            if wanted:
                rows = [{"campaign_id": campaign_id, "kpi_id": kpi_id} for kpi_id in wanted]
                session.execute(insert(CampaignKpi), rows)
            touch(session, "campaign", campaign_id)
            touch(session, "campaign_kpi")
        return previous

    def kpi_links(self, plan_id: int) -> dict[int, list[int]]:
        """Campaign id → the KPIs it moves (library order), for the plan's linked campaigns."""
        statement = (
            select(col(CampaignKpi.campaign_id), col(CampaignKpi.kpi_id))
            .join(Campaign, col(Campaign.id) == col(CampaignKpi.campaign_id))
            .join(Kpi, col(Kpi.id) == col(CampaignKpi.kpi_id))
            .where(col(Campaign.plan_id) == plan_id)
            .order_by(col(CampaignKpi.campaign_id), col(Kpi.position), col(Kpi.id))
        )
        links: dict[int, list[int]] = {}
        with self._ctx.read() as session:
            for campaign_id, kpi_id in session.execute(statement):
                links.setdefault(campaign_id, []).append(kpi_id)
        return links


def _kpi_ids(session: Session, campaign_id: int) -> list[int]:
    statement = (
        select(col(CampaignKpi.kpi_id))
        .join(Kpi, col(Kpi.id) == col(CampaignKpi.kpi_id))
        .where(col(CampaignKpi.campaign_id) == campaign_id)
        .order_by(col(Kpi.position), col(Kpi.id))
    )
    return list(session.scalars(statement))
