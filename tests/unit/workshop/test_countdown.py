"""The workshop's countdown: start, pause, one more minute, reset, and one end signal."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stratdesk.domain.countdown import DEFAULT_SECONDS, LONGEST, Countdown


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def countdown(seconds: float = DEFAULT_SECONDS) -> tuple[Countdown, FakeClock]:
    clock = FakeClock()
    return Countdown(seconds, clock), clock


def test_it_waits_until_started() -> None:
    timer, clock = countdown(300)
    clock.advance(60)
    assert not timer.running and timer.remaining() == 300 and timer.text() == "05:00"


def test_it_counts_down_while_running_and_stops_when_paused() -> None:
    timer, clock = countdown(300)
    timer.start()
    clock.advance(0.4)
    assert timer.text() == "05:00"  # rounded up: 00:00 means the end
    clock.advance(59.6)
    assert timer.remaining() == 240 and timer.text() == "04:00"
    timer.pause()
    clock.advance(100)
    assert timer.remaining() == 240 and not timer.running
    timer.toggle()
    clock.advance(30)
    assert timer.text() == "03:30"
    timer.toggle()
    assert not timer.running


def test_one_more_minute_while_running_or_paused() -> None:
    timer, clock = countdown(120)
    timer.add()
    assert timer.text() == "03:00"
    timer.start()
    clock.advance(90)
    timer.add()
    assert timer.text() == "02:30" and timer.running


def test_the_end_is_signalled_once_and_it_stops_at_zero() -> None:
    timer, clock = countdown(60)
    timer.start()
    clock.advance(59)
    assert not timer.poll()
    clock.advance(5)
    assert timer.finished and timer.text() == "00:00"
    assert timer.poll()
    assert not timer.poll() and not timer.running
    clock.advance(30)
    assert timer.remaining() == 0
    timer.start()  # nothing left to run
    assert not timer.running


def test_a_minute_after_the_end_waits_for_start_and_signals_again() -> None:
    timer, clock = countdown(10)
    timer.start()
    clock.advance(20)
    timer.add()  # not polled yet: the overrun does not eat into the new minute
    assert timer.text() == "01:00" and not timer.running
    timer.start()
    clock.advance(61)
    assert timer.poll()


def test_reset_goes_back_to_the_duration_paused() -> None:
    timer, clock = countdown(300)
    timer.start()
    clock.advance(100)
    timer.add()
    timer.reset()
    assert timer.remaining() == 300 and not timer.running
    clock.advance(400)
    assert timer.remaining() == 300


def test_the_clock_never_shows_more_than_mm_ss() -> None:
    timer, _clock = countdown(LONGEST - 30)
    timer.add()
    assert timer.remaining() == LONGEST and timer.text() == "99:59"


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["start", "pause", "toggle", "add", "reset", "poll"]),
        st.integers(min_value=0, max_value=4000).map(lambda tenths: tenths / 10),
    ),
    max_size=20,
)


# A loaded machine makes drawing slow: the health check would judge the machine, not the code.
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=3600), OPERATIONS)
def test_what_is_left_stays_in_range_and_only_add_or_reset_raise_it(
    seconds: int, operations: list[tuple[str, float]]
) -> None:
    timer, clock = countdown(seconds)
    for name, wait in operations:
        before = timer.remaining()
        getattr(timer, name)()
        after = timer.remaining()
        assert 0 <= after <= LONGEST
        if name not in ("add", "reset"):
            assert after <= before
        clock.advance(wait)
        assert timer.remaining() <= after
        text = timer.text()
        assert len(text) == 5 and text[2] == ":"
