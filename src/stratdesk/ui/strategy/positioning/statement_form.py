"""One segment's positioning: the seven fields and the whole statement, previewed live.

The preview is written in the plan's language (`domain.positioning`) as the person types;
a field is asked to be saved when the person leaves it (`save_requested`), never written
here. A targeted segment without a positioning says so, with a button to start one.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.charts.ge_data import targeting_text
from stratdesk.domain.positioning import FIELDS, Statement, build_statement, field_values
from stratdesk.ui.style import (
    contrast_line,
    secondary_label,
    set_error_style,
    sized_font,
    title_label,
)

PREVIEW_POINT_SIZE = 15


class StatementForm(QWidget):
    save_requested = Signal(int, str, str)  # segment id, field, text
    write_requested = Signal(int)  # segment id: start its positioning
    clear_requested = Signal(int)  # positioning id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment: Any = None
        self.positioning: Any = None
        self.brand, self.language = "", "en"
        self.heading = title_label(self.tr("Positioning"), 16)
        self.status = secondary_label("", 12)
        self.placeholder = secondary_label(
            self.tr(
                "Mark segments as primary or secondary targets on the Segmentation & targeting "
                "page: each one gets its positioning statement here."
            ),
            14,
        )
        self.missing_box = QFrame()
        self.missing_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Write its positioning"))
        self.write_button.clicked.connect(self._write)
        missing_row = QHBoxLayout(self.missing_box)
        missing_row.addWidget(self.missing_label, 1)
        missing_row.addWidget(self.write_button)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setFont(sized_font(self.preview, PREVIEW_POINT_SIZE))
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(12)
        self.preview.setAutoFillBackground(True)
        self.preview.setBackgroundRole(QPalette.ColorRole.Base)
        self.preview.setAccessibleName(self.tr("Positioning statement"))
        self.preview_note = secondary_label("", 11)
        self.edits: dict[str, QLineEdit] = {}
        self.form = QWidget()
        self.clear_button = QPushButton(self.tr("Clear this positioning"))
        self.clear_button.clicked.connect(self._clear)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        self._build()
        self.show_segment(None, None)

    def _build(self) -> None:
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, (label, hint) in zip(FIELDS, self._field_texts(), strict=True):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(label)
            edit.textEdited.connect(self._show_preview)
            edit.editingFinished.connect(lambda n=name: self._save(n))
            self.edits[name] = edit
            form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.missing_box)
        layout.addWidget(self.preview)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setFont(sized_font(self, 12))

    def _field_texts(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Target"), self.tr("Who it is for: “remote workers”")),
            (self.tr("Need"), self.tr("Follows “who”: “miss the coffee of their café”")),
            (self.tr("Category"), self.tr("What the offer is: “a coffee subscription”")),
            (self.tr("Benefit"), self.tr("Follows “that”: “delivers fresh coffee weekly”")),
            (self.tr("Alternative"), self.tr("What they use instead: “supermarket coffee”")),
            (self.tr("Differentiator"), self.tr("Follows the brand: “roasts to order in Lyon”")),
            (self.tr("Proof"), self.tr("Why believe it: an award, figures, a guarantee")),
        ]

    # -- showing ---------------------------------------------------------------------------
    def set_context(self, brand: str, language: str) -> None:
        """The brand named in the statement, and the plan's language it is written in."""
        self.brand, self.language = brand, language
        self._show_preview()

    def show_segment(self, segment: Any, positioning: Any) -> None:
        if segment is None or self.segment is None or segment.id != self.segment.id:
            self.error_label.hide()
        self.segment, self.positioning = segment, positioning
        shown = segment is not None
        for widget in (self.preview, self.preview_note, self.form, self.status):
            widget.setVisible(shown)
        self.placeholder.setVisible(not shown)
        self.missing_box.setVisible(shown and positioning is None)
        self.clear_button.setVisible(positioning is not None)
        if segment is None:
            self.heading.setText(self.tr("Positioning"))
            return
        self.heading.setText(self.tr("Positioning for {segment}").format(segment=segment.name))
        self.status.setText(targeting_text(segment.targeting))
        self.missing_label.setText(
            self.tr("{segment} has no positioning yet.").format(segment=segment.name)
        )
        values = field_values(positioning)
        for name, edit in self.edits.items():
            if edit.text() != values[name]:
                blocker = QSignalBlocker(edit)
                edit.setText(values[name])
                edit.setCursorPosition(0)
                del blocker
        self._show_preview()

    def typed(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def statement(self) -> Statement:
        return build_statement(self.typed(), self.brand, self.language)

    def _show_preview(self) -> None:
        statement = self.statement()
        palette = self.palette()
        # Between the text and the background: the placeholder colour is translucent, which
        # rich text cannot show.
        soft = contrast_line(palette, 0.6).name()
        link = palette.color(QPalette.ColorRole.Link).name()
        words = []
        for part in statement.parts:
            text = html.escape(part.text)  # plain text typed by a person: never markup
            if part.missing:  # an empty field: its name, in brackets, to be filled
                words.append(f'<b style="color:{link}">{text}</b>')
            elif part.field is not None:
                words.append(text)
            else:  # the template's words, softer than the person's
                words.append(f'<span style="color:{soft}">{text}</span>')
        self.preview.setText("".join(words))
        self.preview_note.setText(
            self.tr("In the plan's language. Still to write: {fields}.").format(
                fields=", ".join(self._label(f) for f in statement.missing if f in FIELDS)
            )
            if not statement.complete
            else self.tr("In the plan's language; the template's words are greyed.")
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "edits"):
            self._show_preview()  # its colours are written in the rich text

    def _label(self, field: str) -> str:
        return dict(zip(FIELDS, (label for label, _hint in self._field_texts()), strict=True))[
            field
        ].lower()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- requests --------------------------------------------------------------------------
    def _save(self, field: str) -> None:
        if self.segment is None:
            return
        text = " ".join(self.edits[field].text().split())
        stored = field_values(self.positioning)[field]
        if text != stored:
            self.error_label.hide()
            self.save_requested.emit(self.segment.id, field, text)

    def _write(self) -> None:
        if self.segment is not None:
            self.write_requested.emit(self.segment.id)

    def _clear(self) -> None:
        if self.positioning is not None:
            self.clear_requested.emit(self.positioning.id)
