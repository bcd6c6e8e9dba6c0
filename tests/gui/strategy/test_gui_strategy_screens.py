"""`stratdesk screenshots` shows the Environment and SWOT & TOWS pages filled, in both
languages (the pages are registered here as the strategy workspace will register them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import stratdesk.ui.strategy as strategy
from stratdesk.ui.pages import PageSpec
from stratdesk.ui.screenshots import render_pages
from stratdesk.ui.strategy.environment import environment_page
from stratdesk.ui.strategy.environment.page import EnvironmentView
from stratdesk.ui.strategy.swot import swot_page
from stratdesk.ui.strategy.swot.page import SwotView

FACTORIES = {"environment": environment_page, "swot": swot_page}


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Register this issue's pages (if not yet) and record the widgets they build."""
    original = strategy.strategy_pages
    pages: list[object] = []

    def recording(factory):  # type: ignore[no-untyped-def]
        def build(document):  # type: ignore[no-untyped-def]
            widget = factory(document)
            pages.append(widget)
            return widget

        return build

    def strategy_pages() -> tuple[PageSpec, ...]:
        return tuple(
            replace(spec, factory=recording(FACTORIES[spec.key])) if spec.key in FACTORIES else spec
            for spec in original()
        )

    monkeypatch.setattr(strategy, "strategy_pages", strategy_pages)
    return pages


def background_share(image: QImage) -> float:
    """The share of sampled pixels in the commonest colour: an empty state is mostly
    background (about 0.75 at this size), a filled board much less."""
    counts = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    )
    return counts.most_common(1)[0][1] / sum(counts.values())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_screenshots_show_both_pages_filled(
    built: list[object], demo_path: Path, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "shots"
    written = render_pages(demo_path, out, language=language)
    for name in ("strategy-environment.png", "strategy-swot.png"):
        assert out / name in written
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1400, 900)
        assert background_share(image) < 0.65, name  # cards and text, not an empty state
    assert {type(page) for page in built} == {EnvironmentView, SwotView}
