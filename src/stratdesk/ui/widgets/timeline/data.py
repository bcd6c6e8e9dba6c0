"""What the timeline shows: lanes and bars, as the page maps them from its read models."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Lane:
    """One horizontal band: an objective, a theme, a channel…

    `colour` ("#rrggbb") marks the lane's header and is the default colour of its bars.
    """

    key: Hashable
    title: str
    subtitle: str = ""
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class Bar:
    """One dated item. `end` is inclusive: a one-day bar has start == end.

    A milestone is a single day (its `end` is its `start`) drawn as a diamond with its title
    beside it. `status` goes into the tooltip; `symbol` (one or two characters such as "✓")
    is drawn before the title; `muted` draws the bar faded (done, cancelled, filtered out).
    `data` may carry the page's read model; it is not compared.
    """

    id: Hashable
    lane: Hashable
    start: dt.date
    end: dt.date
    title: str
    colour: str | None = None
    milestone: bool = False
    status: str = ""
    symbol: str = ""
    muted: bool = False
    data: Any = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.milestone and self.end != self.start:
            object.__setattr__(self, "end", self.start)
        if self.end < self.start:
            raise ValueError(f"bar {self.id!r} ends before it starts: {self.start} > {self.end}")
