"""The competitors' table model (with a sort role) and its editors behind a sort proxy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from stratdesk.domain.enums import PriceLevel
from stratdesk.domain.labels import enum_choices, threat_levels
from stratdesk.ui.delegates import FieldDelegate
from stratdesk.ui.models.table import CHOICE, NUMBER, TEXT, Column, EntityTableModel

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 20


class CompetitorsModel(EntityTableModel):
    """One row per competitor; `SORT_ROLE` gives each cell a value that sorts correctly."""

    def __init__(self, document: PlanDocument, commit: Any = None, parent: Any = None) -> None:
        translate = QCoreApplication.translate
        columns = (
            Column("name", translate("CompetitorsModel", "Competitor"), width=180),
            Column("offer", translate("CompetitorsModel", "Offer"), width=230),
            Column(
                "price_level",
                translate("CompetitorsModel", "Price"),
                CHOICE,
                choices=enum_choices(PriceLevel),
                width=100,
            ),
            Column("strengths", translate("CompetitorsModel", "Strengths"), width=230),
            Column("weaknesses", translate("CompetitorsModel", "Weaknesses"), width=230),
            Column("estimated_share", translate("CompetitorsModel", "Share %"), NUMBER, width=90),
            Column(
                "threat",
                translate("CompetitorsModel", "Threat"),
                CHOICE,
                choices=threat_levels(),
                width=120,
            ),
        )
        service = document.services.competitors
        super().__init__(columns, lambda: service.list(document.plan_id), commit, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid():
            column = self.columns[index.column()]
            value = self.raw_value(index)
            if column.kind == CHOICE:
                return [stored for stored, _label in column.choices].index(value)
            return value.casefold() if column.kind == TEXT else value
        return super().data(index, role)


class SourceFieldDelegate(FieldDelegate):
    """`FieldDelegate` behind a sort proxy: editors work on the source model's cells."""

    @staticmethod
    def _source(index: Index) -> tuple[Any, QModelIndex]:
        proxy = index.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return proxy.sourceModel(), proxy.mapToSource(index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return super().createEditor(parent, option, self._source(index)[1])

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        super().setEditorData(editor, self._source(index)[1])

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        source, source_index = self._source(index)
        super().setModelData(editor, source, source_index)
