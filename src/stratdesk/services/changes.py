"""What a committed operation changed, told to whoever listens (the UI's bridge, tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _frozen(ids: Mapping[str, Iterable[int]]) -> Mapping[str, frozenset[int]]:
    return MappingProxyType({kind: frozenset(found) for kind, found in ids.items() if found})


@dataclass(frozen=True)
class ChangeSet:
    """Kinds of data (table names) that changed, the ids touched per kind, and who asked.

    `ids` may leave a kind out (a change whose rows are not told one by one); a view that
    updates only the touched rows reloads everything when `ids_of` a kind it shows is empty.
    `origin` is what the caller passed to the service (the UI's commands pass their page's
    intents), so a page can tell its own changes from others'.
    """

    kinds: frozenset[str]
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict, hash=False)
    origin: object | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kinds", frozenset(self.kinds) | frozenset(self.ids))
        object.__setattr__(self, "ids", _frozen(self.ids))

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, *kinds: str) -> frozenset[int]:
        """The ids of the rows of these kinds that changed (empty when none were told)."""
        return frozenset().union(*(self.ids.get(kind, frozenset()) for kind in kinds))

    def merged(self, other: ChangeSet) -> ChangeSet:
        """One ChangeSet standing for both: kinds and ids together, and the origin they share
        (None when they came from different callers)."""
        ids = {kind: self.ids_of(kind) | other.ids_of(kind) for kind in {*self.ids, *other.ids}}
        origin = self.origin if self.origin is other.origin else None
        return ChangeSet(self.kinds | other.kinds, ids, origin)


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
