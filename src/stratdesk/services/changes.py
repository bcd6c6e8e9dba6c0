"""What a committed operation changed, told to whoever listens (the UI's bridge, tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    """Kinds of data (table names) that changed, the ids touched, and who asked for it."""

    kinds: frozenset[str]
    ids: frozenset[int] = field(default_factory=frozenset)
    origin: object | None = None

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


Listener = Callable[[ChangeSet], None]


class ChangeHub:
    """A plain observer list: services emit after each commit, listeners react."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(changes)
