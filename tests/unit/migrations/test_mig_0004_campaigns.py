"""Revision 0004: new channels, campaign–KPI links, experiment variants out of one text."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stratdesk.domain.enums import Channel
from stratdesk.services.workspace import Workspace


def test_the_demo_experiments_get_variants_a_and_b(
    upgraded: Callable[[int], Path], plans: Any
) -> None:
    old = plans.fixture_file(3)
    before = plans.rows(old, "SELECT id, variants FROM experiment ORDER BY id")
    assert len(before) == 3

    path = upgraded(3)

    variants = plans.rows(
        path,
        "SELECT experiment_id, name, description, result, position FROM experiment_variant "
        "ORDER BY experiment_id, position",
    )
    assert [(v["experiment_id"], v["name"], v["position"]) for v in variants] == [
        (e["id"], name, position) for e in before for position, name in enumerate("AB")
    ]
    # Each description is the text after its label, trimmed; nothing else is made up.
    for experiment in before:
        text = experiment["variants"]
        a, b = (v for v in variants if v["experiment_id"] == experiment["id"])
        assert text.startswith("A") and a["description"] and b["description"]
        assert text.index(a["description"]) < text.index(b["description"])
        assert text.rstrip().endswith(b["description"])
        assert {a["result"], b["result"]} == {""}
    assert [e["lesson"] for e in plans.rows(path, "SELECT lesson FROM experiment")] == [""] * 3
    assert "variants" not in plans.columns(path, "experiment")
    assert plans.rows(path, "SELECT count(*) AS n FROM campaign_kpi") == [{"n": 0}]


def test_other_variant_texts(copy_of: Callable[[int], Path], plans: Any) -> None:
    path = copy_of(3)
    texts = {
        1: "Control: the old page; Variant 2: the new page",
        2: "One idea only, no labels at all.",
        3: "",
    }
    connection = sqlite3.connect(path)
    with connection:
        for experiment_id, text in texts.items():
            connection.execute(
                "UPDATE experiment SET variants = ? WHERE id = ?", (text, experiment_id)
            )
    connection.close()

    with Workspace.open(path) as workspace:
        variants = workspace.services.experiment_variants
        found = {
            experiment_id: [(v.name, v.description) for v in variants.list(experiment_id)]
            for experiment_id in texts
        }

    assert found == {
        1: [("Control", "the old page"), ("Variant 2", "the new page")],
        2: [("A", "One idea only, no labels at all.")],
        3: [],
    }


def test_old_channels_keep_their_names_and_new_ones_can_be_stored(
    copy_of: Callable[[int], Path], plans: Any
) -> None:
    path = copy_of(3)
    before = plans.rows(path, "SELECT id, channel FROM campaign ORDER BY id")

    with Workspace.open(path) as workspace:
        campaigns = workspace.services.campaigns
        assert [(c["id"], c["channel"]) for c in before] == [
            (c.id, Channel(c.channel).name) for c in sorted(campaigns.list(1), key=lambda c: c.id)
        ]
        campaigns.update(before[0]["id"], {"channel": "after_sales"})
        kpi = workspace.services.kpis.list(workspace.plan_id)[0]
        campaigns.set_kpis(before[0]["id"], [kpi.id])

    stored = plans.rows(path, "SELECT channel FROM campaign WHERE id = ?", before[0]["id"])
    assert stored == [{"channel": "AFTER_SALES"}]
