"""The selected segment's personas as small cards, and the dialog that edits one.

The cards board (`ui.widgets.cards`) gives adding (type a name, Enter), reordering (drag, or
Ctrl+Up/Down), deleting (Delete) and opening the editor (Enter, double-click); every request
goes to the page, which makes it an undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stratdesk.ui.strategy.targeting.segment_form import TextBox
from stratdesk.ui.style import set_error_style
from stratdesk.ui.widgets.cards import Card, CardBoard, ColumnSpec

PERSONAS = "personas"
FIELDS = ("name", "description", "needs", "channels")


def persona_card(persona: Any, needs_label: str, channels_label: str) -> Card:
    """Name on top; description, needs and channels in the small line."""
    badges = [persona.description] if persona.description else []
    if persona.needs:
        badges.append(needs_label.format(text=persona.needs))
    if persona.channels:
        badges.append(channels_label.format(text=persona.channels))
    return Card(persona.id, persona.name, tuple(badges), data=persona)


class PersonasBoard(CardBoard):
    """One column of persona cards with its quick-add line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate  # before the QObject exists: no self.tr yet
        spec = ColumnSpec(
            PERSONAS,
            translate("PersonasBoard", "Personas"),
            placeholder=translate(
                "PersonasBoard", "No persona yet: type a first name below and press Enter."
            ),
            quick_add=translate("PersonasBoard", "Add a persona, press Enter"),
        )
        super().__init__("personas", [spec], min_column_width=180, parent=parent)

    def show_personas(self, personas: list[Any]) -> None:
        needs, channels = self.tr("Needs: {text}"), self.tr("Channels: {text}")
        self.set_cards(PERSONAS, [persona_card(p, needs, channels) for p in personas])

    def set_enabled_for(self, segment: Any) -> None:
        """Personas belong to a segment: without one chosen, nothing can be added."""
        self.column(PERSONAS).setEnabled(segment is not None)


class PersonaDialog(QDialog):
    """A persona's four fields; OK asks `submit(changes)`, and stays open on a refusal."""

    def __init__(
        self, persona: Any, submit: Callable[[dict[str, str]], bool], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.persona = persona
        self._submit = submit
        self.setWindowTitle(self.tr("Persona: {name}").format(name=persona.name))
        self.name_edit = QLineEdit(persona.name)
        self.description_edit = TextBox(3)
        self.description_edit.setPlainText(persona.description)
        self.needs_edit = TextBox(2)
        self.needs_edit.setPlainText(persona.needs)
        self.channels_edit = TextBox(2)
        self.channels_edit.setPlainText(persona.channels)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Needs"), self.needs_edit)
        form.addRow(self.tr("Channels"), self.channels_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def changes(self) -> dict[str, str]:
        """The fields that differ from the persona's."""
        typed = {
            "name": self.name_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "needs": self.needs_edit.toPlainText().strip(),
            "channels": self.channels_edit.toPlainText().strip(),
        }
        return {k: v for k, v in typed.items() if v != getattr(self.persona, k)}

    def accept(self) -> None:
        changes = self.changes()
        if not changes or self._submit(changes):
            super().accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
