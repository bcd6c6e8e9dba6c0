"""Which backups to keep as they age, and within what total size.

Dense for recent hours (one per quarter of an hour), then one a day, then one a week; and
whatever their ages, the backups of one plan never take more than `MAX_TOTAL_BYTES` together:
beyond that the oldest go. The newest backup always stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

# The backups of one plan take at most this much room together (README, "Where your files live").
MAX_TOTAL_BYTES = 250 * 1024 * 1024


@dataclass(frozen=True)
class ThinningPolicy:
    recent: timedelta = timedelta(hours=2)
    recent_slot: timedelta = timedelta(minutes=15)  # one backup per slot in the recent window
    daily_for: timedelta = timedelta(days=14)
    weekly_for: timedelta = timedelta(weeks=8)
    max_total_bytes: int = MAX_TOTAL_BYTES


def _bucket(created: datetime, now: datetime, policy: ThinningPolicy) -> object | None:
    """The bucket a backup competes in (the newest of each stays), None to drop it."""
    age = now - created
    if age <= policy.recent:
        slot = max(policy.recent_slot.total_seconds(), 1.0)
        return ("slot", int(created.timestamp() // slot))
    if age <= policy.daily_for:
        return ("day", created.date())
    if age <= policy.weekly_for:
        return ("week", *created.isocalendar()[:2])
    return None


def to_remove(
    created: Sequence[datetime],
    now: datetime,
    policy: ThinningPolicy | None = None,
    sizes: Sequence[int] | None = None,
) -> set[int]:
    """Indexes in `created` to delete: the newest of each slot / day / week stays, and so does
    the newest backup overall, however old it is; then, given `sizes`, the oldest of those
    kept go until the rest fit in `policy.max_total_bytes`."""
    policy = policy or ThinningPolicy()
    if not created:
        return set()
    newest_first = sorted(range(len(created)), key=lambda i: created[i], reverse=True)
    newest = newest_first[0]
    kept: dict[object, int] = {}
    remove: set[int] = set()
    # Newest first, so that the first one seen in a bucket is the one kept.
    for index in newest_first:
        bucket = _bucket(created[index], now, policy)
        if index == newest or (bucket is not None and bucket not in kept):
            kept[bucket] = index
        else:
            remove.add(index)
    if sizes is not None:
        total = 0
        for index in newest_first:
            if index in remove:
                continue
            total += sizes[index]
            if index != newest and total > policy.max_total_bytes:
                remove.add(index)
    return remove
