"""The projector theme's numbers: magnification, zoom steps, and contrast of the accent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.projector import (
    BODY_POINTS,
    MARK_CONTRAST,
    ZOOM_LEVELS,
    contrast_ratio,
    hex_colour,
    luminance,
    magnification,
    readable_accent,
    rgb,
    text_on,
    zoomed,
)


def test_body_text_reads_as_24_points_on_a_1080_pixel_screen() -> None:
    assert BODY_POINTS == 24
    assert 13 * magnification(13, 1080) == pytest.approx(24)
    assert 13 * magnification(13, 720) == pytest.approx(16)  # the same layout, smaller
    assert magnification(13, 1080, 1.5) == pytest.approx(1.5 * 24 / 13)


def test_zoom_steps_and_their_ends() -> None:
    assert zoomed(1.0, 1) == 1.15 and zoomed(1.0, -1) == 0.9
    assert zoomed(1.3, 0) == 1.0
    assert zoomed(ZOOM_LEVELS[-1], 1) == ZOOM_LEVELS[-1]
    assert zoomed(ZOOM_LEVELS[0], -1) == ZOOM_LEVELS[0]
    assert zoomed(1.07, 1) == 1.15 and zoomed(1.07, -1) == 1.0


def test_contrast_follows_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert luminance("#ffffff") == pytest.approx(1)
    assert rgb("1F6FB2") == (31, 111, 178) and hex_colour(31, 111, 178) == "#1f6fb2"
    with pytest.raises(ValueError):
        rgb("blue")


def test_a_dark_enough_brand_colour_is_kept() -> None:
    assert readable_accent("#1F6FB2", "#ffffff") == "#1f6fb2"


def test_a_pale_brand_colour_is_darkened_on_white_and_lightened_on_black() -> None:
    pale = readable_accent("#FFE680", "#ffffff")
    assert contrast_ratio(pale, "#ffffff") >= MARK_CONTRAST
    assert luminance(pale) < luminance("#ffe680")
    navy = readable_accent("#101850", "#000000")
    assert contrast_ratio(navy, "#000000") >= MARK_CONTRAST
    assert luminance(navy) > luminance("#101850")
    assert readable_accent("not a colour", "#ffffff") == "#1f6fb2"


def test_text_on_an_accent_is_black_or_white() -> None:
    assert text_on("#ffe680") == "#000000"
    assert text_on("#1f6fb2") == "#ffffff"


COLOURS = st.tuples(*[st.integers(0, 255)] * 3).map(lambda c: hex_colour(*c))


@given(COLOURS, COLOURS, st.sampled_from([MARK_CONTRAST, 4.5]))
def test_the_accent_always_stands_out(brand: str, background: str, minimum: float) -> None:
    accent = readable_accent(brand, background, minimum)
    target = "#000000" if luminance(background) > 0.18 else "#ffffff"
    reachable = contrast_ratio(target, background) >= minimum
    assert contrast_ratio(accent, background) >= minimum or (not reachable and accent == target)
    assert contrast_ratio(text_on(accent), accent) >= 4.5
