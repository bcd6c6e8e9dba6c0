"""The projector theme's numbers: how much to magnify, the zoom steps, and colour contrast.

Qt-free. Contrast follows WCAG 2 (relative luminance of sRGB colours): text needs 4.5:1
against its background, large marks such as a focus ring or an accent strip 3:1. The
client's brand colour is the accent; when it is too pale (or, on a dark background, too
dark) it is moved towards black (or white) just enough to be seen from the back of a room.
"""

from __future__ import annotations

import re

# Body text of at least 24 points on a 1920×1080 projector (the cards are the body).
BODY_POINTS = 24.0
REFERENCE_HEIGHT = 1080
# Ctrl+= / Ctrl+- step through these; Ctrl+0 goes back to 1.0.
ZOOM_LEVELS = (0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


def magnification(body_points: float, screen_height: int, zoom: float = 1.0) -> float:
    """How much to magnify pages whose body text is `body_points`, so that it reads as
    `BODY_POINTS` on a `REFERENCE_HEIGHT`-pixel screen (proportionally on others)."""
    height = max(screen_height, 1)
    return BODY_POINTS / body_points * height / REFERENCE_HEIGHT * zoom


def zoomed(zoom: float, step: int) -> float:
    """The next zoom level up (`step` > 0) or down (< 0), or 1.0 (`step` 0); stops at the ends."""
    if step == 0:
        return 1.0
    if step > 0:
        return next((level for level in ZOOM_LEVELS if level > zoom + 1e-9), ZOOM_LEVELS[-1])
    return next((level for level in reversed(ZOOM_LEVELS) if level < zoom - 1e-9), ZOOM_LEVELS[0])


# -- colour ---------------------------------------------------------------------------------
def rgb(colour: str) -> tuple[int, int, int]:
    """ "#1F6FB2" → (31, 111, 178); raises ValueError on anything else."""
    match = _HEX.match(colour.strip())
    if match is None:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    value = match.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hex_colour(red: float, green: float, blue: float) -> str:
    parts = (max(0, min(255, round(c))) for c in (red, green, blue))
    return "#" + "".join(f"{c:02x}" for c in parts)


def luminance(colour: str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mixed(colour: str, target: str, share: float) -> str:
    """`colour` moved `share` (0 to 1) of the way to `target`."""
    start, end = rgb(colour), rgb(target)
    return hex_colour(*(a + (b - a) * share for a, b in zip(start, end, strict=True)))


def readable_accent(brand: str, background: str, minimum: float = MARK_CONTRAST) -> str:
    """The brand colour, darkened or lightened just enough to stand out on `background`."""
    try:
        colour = hex_colour(*rgb(brand))
    except ValueError:
        colour = "#1f6fb2"  # a plan's default brand colour
    if contrast_ratio(colour, background) >= minimum:
        return colour
    target = "#000000" if luminance(background) > 0.18 else "#ffffff"
    for step in range(1, 21):
        candidate = mixed(colour, target, step / 20)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return target


def text_on(colour: str) -> str:
    """Black or white, whichever reads better on `colour`."""
    on_black = contrast_ratio(colour, "#000000")
    return "#000000" if on_black >= contrast_ratio(colour, "#ffffff") else "#ffffff"
