"""Every fixed text of the demo is translatable, and translated into French."""

from __future__ import annotations

import re
from pathlib import Path

from defusedxml import ElementTree

from stratdesk.i18n import Catalog
from stratdesk.resources import resource

PLACEHOLDER = re.compile(r"\{\w+\}")


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_every_demo_text_is_in_the_demo_context(recorded_sources: set[tuple[str, str]]) -> None:
    assert {context for context, _ in recorded_sources} == {"Demo"}
    assert len(recorded_sources) > 150


def _finished_demo_translations(path: Path) -> dict[str, str]:
    """The Demo context's finished translations in a Qt Linguist `.ts` file."""
    found: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != "Demo":
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text and node.get("type") is None:
                found[message.findtext("source", default="")] = node.text
    return found


def test_shipped_catalogue_translates_every_demo_text(
    recorded_sources: set[tuple[str, str]],
) -> None:
    shipped = _finished_demo_translations(resource("translations", "stratdesk_fr.ts"))
    sources = {text for _, text in recorded_sources}
    assert sorted(sources - set(shipped)) == []
    for source in sources:
        assert _placeholders(shipped[source]) == _placeholders(source), source
    # And the app's own reader finds them.
    french = Catalog.from_ts("fr", resource("translations", "stratdesk_fr.ts"))
    assert french.translate("Demo", "Growth") == shipped["Growth"]
