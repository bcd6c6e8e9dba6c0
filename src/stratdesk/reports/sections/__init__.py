"""One module per section of the PDF; each has `build(report) -> list[Flowable]`, empty when
the plan has nothing to print there (the section is then left out, title and all).

The section's title is written by `build.py`; a builder returns what follows it. A section
printed on landscape pages (it needs the width) is listed in `LANDSCAPE`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

MODULES = {
    "summary": "summary",
    "environment": "environment",
    "swot": "swot",
    "segments": "segments",
    "targeting": "targeting",
    "positioning": "positioning",
    "objectives": "objectives",
    "roadmap": "roadmap",
    "mix": "mix",
    "campaigns": "campaigns",
    "experiments": "experiments",
    "kpis": "kpis",
    "alignment": "alignment",
}
LANDSCAPE = frozenset({"roadmap", "campaigns"})


def builder(key: str) -> Callable[[Any], list[Any]]:
    """The `build` function of section `key`."""
    module = import_module(f"stratdesk.reports.sections.{MODULES[key]}")
    build: Callable[[Any], list[Any]] = module.build
    return build


def is_landscape(key: str) -> bool:
    return key in LANDSCAPE
