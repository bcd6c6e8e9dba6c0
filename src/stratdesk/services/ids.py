"""Ids given by callers: anything that is not a database id is an unknown item, not a crash.

SQLite stores ids as signed 64-bit integers: a larger number, a string or a list cannot name a
row. Such ids are refused as unknown items (`NotFound`) before they reach a query, where they
would raise `OverflowError` or `TypeError`, or (a list) be read as a composite key.
"""

from __future__ import annotations

from collections.abc import Iterable

from stratdesk.domain.errors import NotFound
from stratdesk.i18n import translate

ID_MIN, ID_MAX = -(2**63), 2**63 - 1


def is_id(value: object) -> bool:
    """Whether `value` can be a row's id (an int in SQLite's range; not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and ID_MIN <= value <= ID_MAX


def shown(value: object) -> str:
    """The id as a message may show it (a hostile value is cut short)."""
    text = str(value) if isinstance(value, int) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def unknown_item(value: object) -> NotFound:
    return NotFound(
        translate("Validation", "This item no longer exists (id {id}).").format(id=shown(value))
    )


def require_id(value: object) -> int:
    """`value` if it can be an id, else `NotFound`."""
    if not is_id(value):
        raise unknown_item(value)
    return value  # type: ignore[return-value]


def require_ids(values: Iterable[object]) -> list[int]:
    """Every value as an id (a string is not a list of ids); `NotFound` names the first bad one."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise unknown_item(values)
    return [require_id(value) for value in values]
