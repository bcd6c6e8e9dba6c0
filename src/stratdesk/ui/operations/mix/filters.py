"""Which mix actions the boards show: by objective, segment, owner, overdue, and a search.

Qt-free on purpose: the predicate is tested on its own, and the boards run it once per action
when the filter or the data changes (cheaper than a proxy per column asking row by row).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from stratdesk.domain.enums import MixColumn

# Stands for "serves no objective" / "targets no segment" in the objective and segment filters.
NO_LINK = -1


def fold(text: str) -> str:
    """Lower case without accents, so that "evenement" finds "Événement"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_overdue(action: Any, today: dt.date) -> bool:
    """Due before today and not done."""
    return action.due is not None and action.due < today and action.column != MixColumn.DONE


def search_text(action: Any) -> str:
    """What the search box looks in: title, description and owner, folded."""
    return fold(f"{action.title}\n{action.description}\n{action.owner}")


@dataclass(frozen=True)
class MixFilter:
    """None means "any"; `NO_LINK` asks for actions without an objective or a segment."""

    objective_id: int | None = None
    segment_id: int | None = None
    owner: str | None = None  # "" asks for actions nobody owns
    overdue: bool = False
    text: str = ""

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The search, folded and split: every word must appear (in any order)."""
        return tuple(fold(self.text).split())

    @property
    def active(self) -> bool:
        return self != MixFilter()

    def accepts(self, action: Any, today: dt.date, folded: str | None = None) -> bool:
        """Whether `action` passes; `folded` is its `search_text`, when already computed."""
        if not _link_matches(self.objective_id, action.objective_id):
            return False
        if not _link_matches(self.segment_id, action.segment_id):
            return False
        if self.owner is not None and action.owner.strip() != self.owner:
            return False
        if self.overdue and not is_overdue(action, today):
            return False
        words = self.words
        if words:
            haystack = folded if folded is not None else search_text(action)
            return all(word in haystack for word in words)
        return True


def _link_matches(wanted: int | None, value: int | None) -> bool:
    if wanted is None:
        return True
    if wanted == NO_LINK:
        return value is None
    return value == wanted
