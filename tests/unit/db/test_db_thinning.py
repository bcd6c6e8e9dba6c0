"""The thinning policy, driven with fixed dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from stratdesk.db.thinning import ThinningPolicy, to_remove

NOW = datetime(2025, 6, 18, 15, 0, tzinfo=UTC)  # a Wednesday


def _kept(ages: list[timedelta], policy: ThinningPolicy | None = None) -> list[timedelta]:
    created = [NOW - age for age in ages]
    removed = to_remove(created, NOW, policy)
    return sorted(age for index, age in enumerate(ages) if index not in removed)


def test_one_per_quarter_hour_for_the_last_two_hours() -> None:
    # NOW is 15:00, so the slots start at :00, :15, :30 and :45.
    ages = [timedelta(minutes=m) for m in (0, 1, 14, 30, 60, 119, 120)]
    # 1 and 14 minutes old share the 14:45 slot, 119 and 120 the 13:00 one: the newer stays.
    assert _kept(ages) == [timedelta(minutes=m) for m in (0, 1, 30, 60, 119)]
    crowded = [timedelta(minutes=m) for m in range(0, 120, 2)]
    kept = _kept(crowded)
    assert len(kept) == 9  # :00 plus eight quarter-hour slots


def test_one_per_day_for_two_weeks_the_newest_of_the_day() -> None:
    day = timedelta(days=1)
    ages = [3 * day + timedelta(hours=h) for h in (1, 2, 5)] + [
        10 * day,
        10 * day + timedelta(hours=1),
    ]
    assert _kept(ages) == [3 * day + timedelta(hours=1), 10 * day]


def test_one_per_week_up_to_eight_weeks_then_none() -> None:
    week = timedelta(weeks=1)
    ages = [3 * week, 3 * week + timedelta(hours=2), 5 * week, 9 * week, 20 * week]
    assert _kept([*ages, timedelta(minutes=1)]) == [timedelta(minutes=1), 3 * week, 5 * week]


def test_the_newest_is_kept_however_old() -> None:
    ages = [timedelta(weeks=30), timedelta(weeks=40)]
    assert _kept(ages) == [timedelta(weeks=30)]
    assert to_remove([], NOW) == set()


def test_the_newest_occupies_its_day() -> None:
    # Both are a week old; the newest is kept and the other one shares its day.
    ages = [timedelta(days=7), timedelta(days=7, minutes=5)]
    assert _kept(ages) == [timedelta(days=7)]


def test_custom_policy() -> None:
    policy = ThinningPolicy(recent=timedelta(0), daily_for=timedelta(0), weekly_for=timedelta(0))
    ages = [timedelta(minutes=1), timedelta(minutes=2)]
    assert _kept(ages, policy) == [timedelta(minutes=1)]


def test_the_total_size_stays_under_the_cap_oldest_first() -> None:
    policy = ThinningPolicy(max_total_bytes=250)
    ages = [timedelta(days=d) for d in (0, 1, 2, 3, 4)]
    created = [NOW - age for age in ages]
    removed = to_remove(created, NOW, policy, sizes=[100, 100, 100, 100, 100])
    assert removed == {2, 3, 4}  # the two newest fit in 250 bytes
    # The newest stays even when it alone is over the cap.
    assert to_remove(created[:2], NOW, policy, sizes=[300, 10]) == {1}
