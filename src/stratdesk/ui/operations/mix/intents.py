"""What a person asks of the mix boards, turned into undo commands (one step each).

Board indexes count the cards that are shown; with a filter on, some cards of a column are
hidden, so a drop "before the third card shown" is translated to the place of that card in
the whole column before the service is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.ui.commands.mix import SevenPCommand
from stratdesk.ui.intents import PageIntents
from stratdesk.ui.operations.mix.board_state import MixBoardState

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

END = 1_000_000

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


def full_index(
    state: MixBoardState, group: tuple[MixP, MixColumn], shown_index: int, item_id: int
) -> int:
    """The index in the whole `group` matching `shown_index` among its shown cards.

    Both lists leave out the moving card (the index is where it lands once taken out).
    """
    if shown_index >= END:
        return END
    shown = [a.id for a in state.shown(*group) if a.id != item_id]
    every = [a.id for a in state.actions if (a.p, a.column) == group and a.id != item_id]
    if shown_index < len(shown):
        return every.index(shown[shown_index])
    if shown:
        return every.index(shown[-1]) + 1
    return len(every)


class MixIntents(PageIntents):
    """What a person asks of the mix page, as commands (one undo step each)."""

    def __init__(self, document: PlanDocument, state: MixBoardState) -> None:
        super().__init__(document)
        self.state = state
        self.service = document.services.mix

    def add(self, group: tuple[MixP, MixColumn], title: str) -> int | None:
        p, column = group
        data = {"p": p, "column": column, "title": title}
        return self.create_row(
            self.service, self.plan_id, data, translate("MixIntents", "Add action")
        )

    def move(self, item_id: int, group: tuple[MixP, MixColumn], shown_index: int) -> bool:
        p, column = group
        index = full_index(self.state, group, shown_index, item_id)
        changes = {"p": p, "column": column}
        text = translate("MixIntents", "Move action")
        return self.move_row(self.service, item_id, changes, index, text)

    def edit(self, item_id: int, changes: dict[str, Any]) -> bool:
        return self.update_row(
            self.service, item_id, changes, translate("MixIntents", "Edit action")
        )

    def delete(self, item_id: int) -> bool:
        return self.delete_row(self.service, item_id, translate("MixIntents", "Delete action"))

    def set_seven_p(self, on: bool) -> bool:
        text = (
            translate("MixIntents", "Turn on the 7P mix")
            if on
            else translate("MixIntents", "Turn off the 7P mix")
        )
        services = self.document.services
        command = SevenPCommand(
            self.runner, services.plans, services.mix, self.plan_id, on, text, origin=self
        )
        return self.push(command)
