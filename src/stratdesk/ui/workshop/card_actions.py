"""The stage's actions on the step's cards and over the step: the step picker, one card
shown large ("focus"), votes and ranking. Votes and resets go through `WorkshopIntents`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from stratdesk.ui.widgets.cards.delegate import badge_line

if TYPE_CHECKING:
    from stratdesk.ui.workshop.stage import WorkshopStage

translate = QCoreApplication.translate


class CardActions:
    """What the picker, focus and vote keys do on `stage`."""

    def __init__(self, stage: WorkshopStage) -> None:
        self.stage = stage
        self._return_focus: QWidget | None = None  # where the keyboard goes back on Escape

    # -- the picker and the focused card ------------------------------------------------
    def toggle_picker(self) -> None:
        if self.stage.picker.isVisible():
            self.close_overlay()
            return
        self.stage.spotlight.close_card()
        self._return_focus = self.stage.focusWidget()  # where the keyboard goes back on Escape
        self.stage.picker.open(self.stage.steps, self.stage.current)

    def close_overlay(self) -> None:
        if self.stage.picker.isVisible():
            self.stage.picker.hide()
            back, self._return_focus = self._return_focus, None
            alive = back is not None and isValid(back) and back.isVisible()
            if alive and back is not None and self.stage.stack.isAncestorOf(back):
                back.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        elif self.stage.spotlight.isVisible():
            item_id = self.stage.spotlight.item_id
            self.stage.spotlight.close_card()
            found = self.stage.boards.card(item_id) if item_id is not None else None
            if found is not None and item_id is not None:
                found[0].focus_card(item_id)
                return
        if (
            target := self.stage.surface.first_focus()
        ) is not None and not self.stage.stack.isAncestorOf(self.stage.focusWidget()):
            target.setFocus()

    def toggle_spotlight(self) -> bool:
        if self.stage.spotlight.isVisible():
            self.close_overlay()
            return True
        found = self.stage.boards.current_card()
        if found is None:
            self.stage.show_notice(
                translate("WorkshopStage", "Choose a card first (arrow keys or a click).")
            )
            return False
        self.show_card(found[1].id)
        return True

    def show_card(self, item_id: int) -> None:
        found = self.stage.boards.card(item_id)
        if found is None:
            self.stage.spotlight.close_card()
            return
        board, card = found
        group = board.group_of(item_id)
        column = board.column(group)
        model = board.model(group)
        details = badge_line(model.index(model.row_of(item_id)), votes_apart=True)
        self.stage.spotlight.show_card(card, column.spec.title, details)

    def refresh_spotlight(self) -> None:
        if self.stage.spotlight.item_id is not None and self.stage.spotlight.isVisible():
            had_focus = self.stage.spotlight.hasFocus()
            self.show_card(self.stage.spotlight.item_id)
            if not had_focus:
                self.stage.spotlight.clearFocus()

    # -- votes ---------------------------------------------------------------------------
    def vote(self, delta: int) -> bool:
        if self.stage.surface.votes is None:
            self.stage.show_notice(
                translate("WorkshopStage", "Votes go on the PESTEL, SWOT and mix cards.")
            )
            return False
        item_id = self.stage.spotlight.item_id if self.stage.spotlight.isVisible() else None
        if item_id is None and self.stage.boards.current_card() is None:
            self.stage.show_notice(
                translate("WorkshopStage", "Choose a card first (arrow keys or a click).")
            )
            return False
        done = self.stage.boards.vote(delta, item_id)
        if item_id is not None:
            self.stage.spotlight.setFocus()
        return done

    def toggle_rank(self) -> None:
        self.stage.boards.set_ranked(not self.stage.boards.ranked)
        self.stage.actions_by_name["rank"].setChecked(self.stage.boards.ranked)

    def reset_votes(self) -> bool:
        done = self.stage.boards.reset_votes()
        if not done and not self.stage.intents.last_error:
            self.stage.show_notice(translate("WorkshopStage", "No card of this board has votes."))
        return done
