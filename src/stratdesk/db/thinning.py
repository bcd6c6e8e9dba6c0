"""Which backups to keep as they age: dense for recent hours, sparse for past weeks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class ThinningPolicy:
    keep_all: timedelta = timedelta(hours=2)
    daily_for: timedelta = timedelta(days=14)
    weekly_for: timedelta = timedelta(weeks=8)


def _bucket(created: datetime, now: datetime, policy: ThinningPolicy) -> object | None:
    """The bucket a backup competes in, "all" to keep it outright, None to drop it."""
    age = now - created
    if age <= policy.keep_all:
        return "all"
    if age <= policy.daily_for:
        return ("day", created.date())
    if age <= policy.weekly_for:
        return ("week", *created.isocalendar()[:2])
    return None


def to_remove(
    created: Sequence[datetime], now: datetime, policy: ThinningPolicy | None = None
) -> set[int]:
    """Indexes in `created` to delete: the newest of each day / week stays, and so does the
    newest backup overall, however old it is."""
    policy = policy or ThinningPolicy()
    if not created:
        return set()
    newest = max(range(len(created)), key=lambda i: created[i])
    kept: dict[object, int] = {}
    remove: set[int] = set()
    # Newest first, so that the first one seen in a bucket is the one kept.
    for index in sorted(range(len(created)), key=lambda i: created[i], reverse=True):
        bucket = _bucket(created[index], now, policy)
        if bucket == "all":
            continue
        if index == newest or (bucket is not None and bucket not in kept):
            kept[bucket] = index
        else:
            remove.add(index)
    return remove
