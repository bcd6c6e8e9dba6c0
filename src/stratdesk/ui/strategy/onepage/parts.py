"""The blocks of "Strategy on a page": a titled panel, an objective's line (statement, KPI
status, progress bar) and a budget share's line (name, bar, amounts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.kpi_status import KpiStatus, status_text
from stratdesk.domain.objective_progress import as_percent, bar_fraction
from stratdesk.i18n.formatting import money_text
from stratdesk.i18n.formatting.numbers import format_percent, format_value
from stratdesk.services.strategy_page import BudgetLine, ObjectiveLine
from stratdesk.ui.style import secondary_label, sized_font

BODY = 14  # points: read from the back of a meeting room


def plain(text: str, size: float = BODY, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(sized_font(label, size, bold=bold))
    return label


class Panel(QFrame):
    """A titled block; `body` takes its lines."""

    def __init__(self, title: str, parent: QWidget | None = None, *, fill: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain(title, 16, bold=True)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1 if fill else 0)
        if not fill:  # the lines on top; `fill`: the body takes the height (a chart)
            layout.addStretch(1)

    def clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def empty(self, text: str) -> None:
        self.body.addWidget(secondary_label(text, 13))


def _bar(share: float, text: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setValue(round(share * 1000))
    bar.setFormat(text)
    bar.setTextVisible(True)
    bar.setFont(sized_font(bar, 12))
    bar.setMinimumHeight(22)
    return bar


def objective_line(line: ObjectiveLine, currency: str, language: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(plain(line.statement, BODY, bold=True))
    if line.kpi is None:
        layout.addWidget(
            secondary_label(
                QCoreApplication.translate("StrategyOnAPage", "No KPI measures it yet."), 13
            )
        )
        return box
    unit = line.unit or "count"
    actual = format_value(line.actual, unit, currency, language)
    target = format_value(line.target, unit, currency, language)
    details = QCoreApplication.translate(
        "StrategyOnAPage", "{kpi}: {actual} (target {target})"
    ).format(kpi=line.kpi, actual=actual, target=target)
    if line.status != KpiStatus.NO_DATA:
        details = f"{details} · {status_text(line.status)}"
    layout.addWidget(plain(details, 13))
    percent = as_percent(line.progress)
    if percent is not None:
        text = QCoreApplication.translate("StrategyOnAPage", "{percent} of the way").format(
            percent=format_percent(percent, language)
        )
        layout.addWidget(_bar(bar_fraction(line.progress), text))
    return box


def budget_grid(lines: tuple[BudgetLine, ...], currency: str, language: str) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(8)
    total = sum(line.planned_cents for line in lines) or 1
    for row, line in enumerate(lines):
        name = line.name or QCoreApplication.translate("StrategyOnAPage", "No objective")
        label = plain(" ".join(name.split()), 13)
        label.setToolTip(name)
        share = line.planned_cents / total
        text = QCoreApplication.translate("StrategyOnAPage", "{actual} spent of {planned}").format(
            planned=money_text(line.planned_cents, currency, language),
            actual=money_text(line.actual_cents, currency, language),
        )
        grid.addWidget(label, 2 * row, 0, 1, 2)
        grid.addWidget(_bar(share, format_percent(round(share * 100), language)), 2 * row + 1, 0)
        amounts = plain(text, 12)
        amounts.setWordWrap(False)
        grid.addWidget(amounts, 2 * row + 1, 1)
    grid.setColumnStretch(0, 1)
    return box
