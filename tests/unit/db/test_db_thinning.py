"""The thinning policy, driven with fixed dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from stratdesk.db.thinning import ThinningPolicy, to_remove

NOW = datetime(2025, 6, 18, 15, 0, tzinfo=UTC)  # a Wednesday


def _kept(ages: list[timedelta], policy: ThinningPolicy | None = None) -> list[timedelta]:
    created = [NOW - age for age in ages]
    removed = to_remove(created, NOW, policy)
    return sorted(age for index, age in enumerate(ages) if index not in removed)


def test_everything_of_the_last_two_hours_stays() -> None:
    ages = [timedelta(minutes=m) for m in (0, 1, 30, 60, 119, 120)]
    assert _kept(ages) == sorted(ages)


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
    policy = ThinningPolicy(keep_all=timedelta(0), daily_for=timedelta(0), weekly_for=timedelta(0))
    ages = [timedelta(minutes=1), timedelta(minutes=2)]
    assert _kept(ages, policy) == [timedelta(minutes=1)]
