"""The steps of a workshop: which boards are shown, in which order, and how to go through them.

Qt-free rules over (key, included) pairs. The interface knows the steps it can show (its
registry, in their usual order); the plan may have saved a choice (`WorkshopService.steps`).
`shown_steps` puts the two together; the other functions return a new list (or the same one
when nothing would change, so that no empty undo step is made).
"""

from __future__ import annotations

from collections.abc import Sequence

StepChoice = tuple[str, bool]  # (step key, included)


def shown_steps(saved: Sequence[StepChoice], known: Sequence[str]) -> list[StepChoice]:
    """The steps to offer, in order: the saved choice for the steps known here, then the
    known steps the choice never saw (included: a new kind of step shows up). Nothing saved:
    every known step, in its usual order."""
    known_set = set(known)
    steps = [(key, bool(on)) for key, on in saved if key in known_set]
    seen = {key for key, _on in steps}
    steps += [(key, True) for key in known if key not in seen]
    return steps


def to_save(steps: Sequence[StepChoice], saved: Sequence[StepChoice]) -> list[StepChoice]:
    """What to save for `steps`: them, then the saved steps they leave out (steps of a newer
    stratdesk this one cannot show), so that a choice made there is kept."""
    keys = {key for key, _on in steps}
    return [*steps, *((key, on) for key, on in saved if key not in keys)]


def included(steps: Sequence[StepChoice]) -> list[str]:
    return [key for key, on in steps if on]


def toggled(steps: Sequence[StepChoice], key: str) -> list[StepChoice]:
    """`key` shown ↔ left out; the last step shown always stays (unchanged list then)."""
    result = [(k, not on if k == key else on) for k, on in steps]
    return list(steps) if not included(result) else result


def moved(steps: Sequence[StepChoice], key: str, delta: int) -> list[StepChoice]:
    """`key` moved `delta` places up (negative) or down, stopping at either end."""
    keys = [k for k, _on in steps]
    if key not in keys:
        return list(steps)
    start = keys.index(key)
    target = max(0, min(len(keys) - 1, start + delta))
    result = list(steps)
    result.insert(target, result.pop(start))
    return result


def neighbour(steps: Sequence[StepChoice], current: str | None, delta: int) -> str | None:
    """The included step `delta` (±1) away from `current`; None past either end.

    `current` may be left out (chosen in the picker): the nearest included step on that side.
    """
    keys = [k for k, _on in steps]
    shown = set(included(steps))
    if current not in keys:
        return first(steps) if delta > 0 else None
    position = keys.index(current) + delta
    while 0 <= position < len(keys):
        if keys[position] in shown:
            return keys[position]
        position += 1 if delta > 0 else -1
    return None


def first(steps: Sequence[StepChoice]) -> str | None:
    shown = included(steps)
    return shown[0] if shown else None


def last(steps: Sequence[StepChoice]) -> str | None:
    shown = included(steps)
    return shown[-1] if shown else None


def start_step(steps: Sequence[StepChoice], wanted: str | None) -> str | None:
    """Where a workshop starts: `wanted` (the page one came from) when shown, else the first."""
    return wanted if wanted in included(steps) else first(steps)


def step_number(steps: Sequence[StepChoice], current: str | None) -> tuple[int, int]:
    """`current`'s number among the included steps (from 1; 0 when left out), and their count."""
    shown = included(steps)
    number = shown.index(current) + 1 if current in shown else 0
    return number, len(shown)
