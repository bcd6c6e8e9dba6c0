"""`stratdesk screenshots` shows the Segmentation & targeting and the Positioning pages
filled from the demo plan, in both languages, in files named after the pages."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from stratdesk.services.demo import build_demo
from stratdesk.ui.screenshots import render_pages

NAMES = ("strategy-targeting.png", "strategy-positioning.png")


def background_share(image: QImage) -> float:
    """The share of sampled pixels in the commonest colour (an empty state is mostly it)."""
    counts = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    )
    return counts.most_common(1)[0][1] / sum(counts.values())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_screenshots_show_both_pages_filled(tmp_path: Path, language: str) -> None:
    demo = build_demo(tmp_path / "demo.stratdesk", language=language)
    out = tmp_path / "shots"
    written = render_pages(demo, out, language=language, size=(1366, 768))
    for name in NAMES:
        assert out / name in written
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1366, 768)
        assert background_share(image) < 0.6, name  # cards, fields and text, not an empty state
