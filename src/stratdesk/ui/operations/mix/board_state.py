"""What the mix boards show: the plan's actions grouped by P and column, filtered, with totals.

Qt-free: the page loads it from the services after each change, sets the filter, and every
board, column and overview cell reads its share from here (one pass over the actions per
change, however many boards there are).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from stratdesk.domain.enums import FOUR_P, SEVEN_P, MixColumn, MixP
from stratdesk.services.operations import find_total
from stratdesk.services.read_models_ops import BudgetTotal
from stratdesk.ui.operations.mix.filters import MixFilter, is_overdue, search_text

Group = tuple[MixP, MixColumn]
COLUMNS: tuple[MixColumn, ...] = tuple(MixColumn)


def plan_ps(seven_p: bool) -> tuple[MixP, ...]:
    """The Ps a plan shows: the 4P, or the 7P of a services mix."""
    return SEVEN_P if seven_p else FOUR_P


class MixBoardState:
    """The actions, their names for objectives and segments, the filter and its result."""

    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.today = today
        self.actions: list[Any] = []
        self.objectives: dict[int, str] = {}
        self.segments: dict[int, str] = {}
        self.filter = MixFilter()
        self._service_totals: list[BudgetTotal] = []
        self._folded: dict[int, str] = {}
        self._groups: dict[Group, list[Any]] = {}
        self._by_id: dict[int, Any] = {}

    # -- loading ---------------------------------------------------------------------------
    def load(
        self,
        actions: Sequence[Any],
        totals: Sequence[BudgetTotal],
        objectives: Iterable[tuple[int, str]] = (),
        segments: Iterable[tuple[int, str]] = (),
    ) -> None:
        """Take a fresh list from the service (ordered by P, column, position) and its totals."""
        self.actions = list(actions)
        self._service_totals = list(totals)
        self.objectives = dict(objectives)
        self.segments = dict(segments)
        old_rows, old_folded = self._by_id, self._folded
        self._by_id = {action.id: action for action in self.actions}
        # Folding for the search is the costly part: only for rows that are new or changed.
        self._folded = {
            action.id: (
                old_folded[action.id] if old_rows.get(action.id) == action else search_text(action)
            )
            for action in self.actions
        }
        self._apply()

    def replace(self, actions: Iterable[Any], totals: Callable[[], Sequence[BudgetTotal]]) -> bool:
        """New values of actions that stay in their place, and the `totals()` after them.

        False, changing nothing, when one is not here or moved (the order is the service's).
        """
        fresh = {action.id: action for action in actions}
        for item_id, action in fresh.items():
            known = self._by_id.get(item_id)
            if known is None or (known.p, known.column, known.position) != (
                action.p,
                action.column,
                action.position,
            ):
                return False
        self.load(
            [fresh.get(action.id, action) for action in self.actions],
            totals(),
            self.objectives.items(),
            self.segments.items(),
        )
        return True

    def set_filter(self, new: MixFilter) -> bool:
        """Show what `new` accepts; False when it is the filter already in use."""
        if new == self.filter:
            return False
        self.filter = new
        self._apply()
        return True

    def _apply(self) -> None:
        today = self.today()
        groups: dict[Group, list[Any]] = defaultdict(list)
        accepts, folded = self.filter.accepts, self._folded
        active = self.filter.active
        for action in self.actions:
            if not active or accepts(action, today, folded[action.id]):
                groups[(action.p, action.column)].append(action)
        self._groups = dict(groups)

    # -- reading ---------------------------------------------------------------------------
    def get(self, item_id: int) -> Any | None:
        return self._by_id.get(item_id)

    def shown(self, p: MixP, column: MixColumn) -> list[Any]:
        """The actions of one board column that pass the filter, in their order."""
        return self._groups.get((p, column), [])

    def shown_count(self) -> int:
        return sum(len(group) for group in self._groups.values())

    def total(self, p: MixP | None = None, column: MixColumn | None = None) -> BudgetTotal:
        """Planned and actual budget of one P and/or column (None: all); of the shown actions
        when a filter is on, else as the database summed it."""
        if not self.filter.active:
            return find_total(self._service_totals, p=p, column=column)
        planned = actual = count = 0
        for (group_p, group_column), actions in self._groups.items():
            if p not in (None, group_p) or column not in (None, group_column):
                continue
            count += len(actions)
            for action in actions:
                planned += action.budget_planned_cents
                actual += action.budget_actual_cents
        return BudgetTotal(
            p=p, column=column, planned_cents=planned, actual_cents=actual, count=count
        )

    def owners(self) -> list[str]:
        """Everyone who owns an action, alphabetically (for the owner filter and completion)."""
        return sorted({a.owner.strip() for a in self.actions if a.owner.strip()}, key=str.casefold)

    def overdue_count(self, p: MixP | None = None, column: MixColumn | None = None) -> int:
        """Shown actions past their due date and not done."""
        today = self.today()
        return sum(
            1
            for (group_p, group_column), actions in self._groups.items()
            if p in (None, group_p) and column in (None, group_column)
            for action in actions
            if is_overdue(action, today)
        )

    def unlinked_count(self, p: MixP | None = None, column: MixColumn | None = None) -> int:
        """Shown actions that serve no objective."""
        return sum(
            1
            for (group_p, group_column), actions in self._groups.items()
            if p in (None, group_p) and column in (None, group_column)
            for action in actions
            if action.objective_id is None
        )

    def count_in(self, ps: Iterable[MixP]) -> int:
        """All actions (shown or not) filed under `ps` (e.g. the 7P-only ones)."""
        wanted = set(ps)
        return sum(1 for action in self.actions if action.p in wanted)
