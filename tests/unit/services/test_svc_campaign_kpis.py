"""The KPIs a campaign moves: set as a whole, undone with the previous list, kept by undo."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.enums import Channel
from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.labels import enum_label

START, END = dt.date(2026, 3, 1), dt.date(2026, 4, 30)


@pytest.fixture
def campaign(services, plan_id):
    data = {"name": "Spring", "channel": "loyalty", "start": START, "end": END}
    return services.campaigns.create(plan_id, data)


@pytest.fixture
def kpis(services, plan_id):
    return [services.kpis.create(plan_id, {"name": name}).id for name in ("NPS", "Churn", "CAC")]


def test_new_channels_are_stored_and_named(services, campaign):
    assert campaign.channel is Channel.LOYALTY
    for channel in ("content", "online_event", "partnership", "after_sales", "complaints"):
        assert services.campaigns.update(campaign.id, {"channel": channel}).channel == channel
    assert enum_label(Channel.AFTER_SALES) == "Customer service and after-sales"
    assert enum_label(Channel.ONLINE_EVENT) == "Online event"


def test_set_kpis_returns_the_previous_list_for_undo(services, campaign, kpis, changes):
    nps, churn, cac = kpis
    assert services.campaigns.kpi_ids(campaign.id) == []
    assert services.campaigns.set_kpis(campaign.id, [cac, nps, cac], origin="ui") == []
    assert changes[-1].kinds >= {"campaign", "campaign_kpi"} and changes[-1].origin == "ui"
    assert services.campaigns.kpi_ids(campaign.id) == [nps, cac]  # library order, once each
    previous = services.campaigns.set_kpis(campaign.id, [churn])
    assert previous == [nps, cac]
    assert services.campaigns.kpi_ids(campaign.id) == [churn]
    # Undo: set the previous list again.
    assert services.campaigns.set_kpis(campaign.id, previous) == [churn]
    assert services.campaigns.kpi_ids(campaign.id) == [nps, cac]
    assert services.campaigns.set_kpis(campaign.id, []) == [nps, cac]
    assert services.campaigns.kpi_ids(campaign.id) == []


def test_kpi_links_of_a_plan(services, plan_id, other_plan_id, campaign, kpis):
    nps, churn, _cac = kpis
    other = services.campaigns.create(plan_id, {"name": "Summer", "start": START, "end": END})
    unlinked = services.campaigns.create(plan_id, {"name": "Autumn", "start": START, "end": END})
    services.campaigns.set_kpis(campaign.id, [churn, nps])
    services.campaigns.set_kpis(other.id, [churn])
    theirs = services.campaigns.create(
        other_plan_id, {"name": "Theirs", "start": START, "end": END}
    )
    services.campaigns.set_kpis(theirs.id, [services.kpis.create(other_plan_id, {"name": "X"}).id])
    links = services.campaigns.kpi_links(plan_id)
    assert links == {campaign.id: [nps, churn], other.id: [churn]}
    assert unlinked.id not in links


def test_kpis_of_another_plan_or_unknown_are_refused(
    services, other_plan_id, campaign, kpis, unchanged
):
    services.campaigns.set_kpis(campaign.id, kpis[:1])
    foreign = services.kpis.create(other_plan_id, {"name": "Theirs"})
    with unchanged():
        with pytest.raises(InvalidInput, match="no such item in this plan") as refused:
            services.campaigns.set_kpis(campaign.id, [kpis[1], foreign.id])
        assert refused.value.field == "kpi_ids"
        with pytest.raises(InvalidInput):
            services.campaigns.set_kpis(campaign.id, [9999])
        with pytest.raises(InvalidInput, match="must be a number"):
            services.campaigns.set_kpis(campaign.id, ["1"])  # type: ignore[list-item]
        with pytest.raises(NotFound):
            services.campaigns.set_kpis(9999, kpis)
    assert services.campaigns.kpi_ids(campaign.id) == kpis[:1]


def test_deleting_a_campaign_and_undo_bring_its_links_back(services, campaign, kpis, changes):
    services.campaigns.set_kpis(campaign.id, kpis[:2])
    snapshot = services.campaigns.delete(campaign.id)
    assert changes[-1].kinds >= {"campaign", "campaign_kpi"}
    with pytest.raises(NotFound):
        services.campaigns.kpi_ids(campaign.id)
    services.campaigns.restore(snapshot)
    assert services.campaigns.get(campaign.id) == campaign
    assert services.campaigns.kpi_ids(campaign.id) == kpis[:2]


def test_deleting_a_kpi_and_undo_bring_its_links_back(services, campaign, kpis, changes):
    services.campaigns.set_kpis(campaign.id, kpis)
    snapshot = services.kpis.delete(kpis[1])
    assert services.campaigns.kpi_ids(campaign.id) == [kpis[0], kpis[2]]
    services.kpis.restore(snapshot)
    assert changes[-1].kinds >= {"kpi", "campaign_kpi"}
    assert services.campaigns.kpi_ids(campaign.id) == kpis
