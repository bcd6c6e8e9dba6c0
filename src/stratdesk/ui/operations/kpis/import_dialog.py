"""Import a KPI's measurements from a CSV or XLSX file: preview, map columns, then write.

Reading the preview and the import itself run in a worker thread, so the window never
freezes: the import streams the file into one transaction, with a progress bar and a Cancel
button (cancelled, it writes nothing). What it wrote is then one undoable step. A bad row
refuses the whole file: its row number and the reason are shown here and nothing is written.
Importing the same file again adds nothing. The value column is guessed from the KPI's name
and unit; what the file cannot settle (rows without a value, a decimal separator, days held by
another source) stops the import and points at the choice that answers it (`ImportOptions`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import KpiFormula
from stratdesk.domain.errors import StratdeskError
from stratdesk.domain.kpi_formulas import input_label, inputs
from stratdesk.domain.limits import NAME_MAX
from stratdesk.io.kpi_import import ImportPreview, ImportResult, import_file, preview
from stratdesk.services.read_models_ops import KpiRead
from stratdesk.ui.operations.kpis.import_options import ImportOptions
from stratdesk.ui.operations.kpis.preview_model import PreviewModel
from stratdesk.ui.operations.kpis.worker import BackgroundJobs
from stratdesk.ui.style import secondary_label, set_error_style

if TYPE_CHECKING:
    from stratdesk.ui.operations.kpis.intents import KpiIntents

FileChooser = Callable[[QWidget], Path | None]


def choose_data_file(parent: QWidget) -> Path | None:
    """Qt's open dialog, for CSV and Excel files."""
    title = QCoreApplication.translate("ImportDialog", "Import measurements from")
    kinds = QCoreApplication.translate("ImportDialog", "Spreadsheets (*.csv *.tsv *.txt *.xlsx)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(path) if path else None


class ImportDialog(QDialog):
    """Choose a file, check the preview and the columns, pick the KPI, import."""

    imported = Signal(object)  # the ImportResult of a write that went through

    def __init__(
        self,
        intents: KpiIntents,
        kpis: Sequence[KpiRead],
        kpi_id: int | None = None,
        choose_file: FileChooser = choose_data_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import measurements"))
        self.resize(880, 620)
        self.intents = intents
        self.path: Path | None = None
        self.preview_data: ImportPreview | None = None
        self.last_result: ImportResult | None = None
        self._choose_file = choose_file
        self._waiting: dict[int, Callable[[Any], None]] = {}
        self.jobs = BackgroundJobs(self)
        self.jobs.finished.connect(self._on_finished)
        self.jobs.failed.connect(self._on_failed)
        self.jobs.busy_changed.connect(self._on_busy)
        self.jobs.progressed.connect(self._on_progress)
        self.importing = False
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.clicked.connect(self.browse)
        self.file_info = secondary_label("", 12)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Preview of the file"))
        self.kpi_combo = QComboBox()
        self._units = {kpi.id: str(kpi.unit) for kpi in kpis}
        self._formulas = {kpi.id: kpi.formula for kpi in kpis}
        for kpi in kpis:
            self.kpi_combo.addItem(kpi.name, kpi.id)
        if kpi_id is not None:
            self.kpi_combo.setCurrentIndex(max(self.kpi_combo.findData(kpi_id), 0))
        # Another KPI, another guess of the value column (its name and unit).
        self.kpi_combo.currentIndexChanged.connect(self._on_kpi_changed)
        self.options = ImportOptions()
        # What the values are: the KPI itself, or one input of its formula ("clicks").
        self.component_combo = QComboBox()
        self.component_combo.setAccessibleName(self.tr("The values measure"))
        self.kpi_combo.currentIndexChanged.connect(lambda _i: self._fill_components())
        self._fill_components()
        self.date_combo = QComboBox()
        self.value_combo = QComboBox()
        for combo in (self.date_combo, self.value_combo):
            combo.currentIndexChanged.connect(self._on_columns_changed)
        self.source_edit = QLineEdit()
        self.source_edit.setMaxLength(NAME_MAX)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known length: a moving bar
        self.busy.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._update_buttons()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("KPI"), self.kpi_combo)
        form.addRow(self.tr("Date column"), self.date_combo)
        form.addRow(self.tr("Value column"), self.value_combo)
        form.addRow(self.tr("The values measure"), self.component_combo)
        form.addRow(self.tr("Source"), self.source_edit)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(16)
        columns.addWidget(self.options, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.file_info)
        layout.addWidget(self.table, 1)
        layout.addLayout(columns)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.busy, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- choosing and previewing a file -----------------------------------------------------
    def browse(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        """Read the file's preview in the worker thread (the columns are guessed there)."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.source_edit.setText(self.path.name[:NAME_MAX])
        self.preview_data = None
        self.model.set_preview(None)
        self._fill_columns(None)
        self._say("")
        self.file_info.setText(self.tr("Reading the file…"))
        kpi_name = self.kpi_combo.currentText() or None
        kpi_unit = self._units.get(self.kpi_combo.currentData())
        target = self.path
        ticket = self.jobs.run(lambda: preview(target, kpi_name=kpi_name, kpi_unit=kpi_unit))
        self._waiting = {ticket: self._show_preview}
        self._update_buttons()

    def _show_preview(self, data: ImportPreview) -> None:
        self.preview_data = data
        self.model.set_preview(data)
        self.table.resizeColumnsToContents()
        self._fill_columns(data)
        details = [self.tr("%n data row(s)", "", data.total_rows)]
        if data.encoding:
            details.append(data.encoding)
        if data.delimiter:
            shown = {"\t": self.tr("tab"), " ": self.tr("space")}.get(
                data.delimiter, data.delimiter
            )
            details.append(self.tr("separator “{sep}”").format(sep=shown))
        self.file_info.setText(" · ".join(details))
        if data.date_column is None or data.value_column is None:
            self._say(self.tr("Choose the date and value columns."), error=False)

    def _fill_columns(self, data: ImportPreview | None) -> None:
        for combo, guess in (
            (self.date_combo, data.date_column if data else None),
            (self.value_combo, data.value_column if data else None),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(choose)"), None)
            for number, name in enumerate(data.header if data else ()):
                combo.addItem(f"{number + 1} · {name}", number)
            combo.setCurrentIndex(0 if guess is None else guess + 1)
            combo.blockSignals(False)
        self._on_columns_changed()

    def _on_kpi_changed(self) -> None:
        if self.path is not None and not self.jobs.busy:
            self.set_path(self.path)
        self._update_buttons()

    def columns(self) -> tuple[int | None, int | None]:
        """The chosen date and value columns (0-based), None where none is chosen."""
        return self.date_combo.currentData(), self.value_combo.currentData()

    def _on_columns_changed(self) -> None:
        self.model.set_columns(*self.columns())
        self._update_buttons()

    # -- importing -------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import in the worker thread: the file is read, checked and written in one
        transaction (all or nothing), with progress; the bad row is shown if there is one."""
        date_column, value_column = self.columns()
        if self.path is None or date_column is None or value_column is None:
            return
        if self.intents.runner.read_only:
            self._say(
                self.tr("This plan is open read-only: nothing can be imported into it."),
                error=True,
            )
            return
        source = self.source_edit.text().strip() or None
        path, kpi_name = self.path, self.kpi_combo.currentText() or None
        kpi_id = self.kpi_combo.currentData()
        kpi_unit = self._units.get(kpi_id)
        answers = self.options.values()
        component = self.component_combo.currentData() or ""
        service = self.intents.measurements
        self._say("")

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> object:
            return import_file(
                service,
                kpi_id,
                path,
                date_column + 1,
                value_column + 1,
                kpi_name=kpi_name,
                kpi_unit=kpi_unit,
                source=source,
                progress=progress,
                cancelled=cancelled,
                **answers,
                component=component,
            )

        self.importing = True
        self.busy.setRange(0, 100)
        self.busy.setValue(0)
        ticket = self.jobs.run_reporting(job)
        self._waiting = {ticket: self._imported}
        self._update_buttons()

    def _fill_components(self) -> None:
        """The KPI itself, then its formula's inputs (only the KPI itself when it has none)."""
        formula = self._formulas.get(self.kpi_combo.currentData(), KpiFormula.DIRECT)
        self.component_combo.clear()
        self.component_combo.addItem(self.tr("The KPI itself"), "")
        for name in inputs(formula):
            self.component_combo.addItem(input_label(name), name)
        self.component_combo.setEnabled(self.component_combo.count() > 1)

    def cancel_import(self) -> None:
        """Stop the import under way: it writes nothing."""
        self.jobs.cancel()
        self.cancel_button.setEnabled(False)

    def _imported(self, result: ImportResult) -> None:
        """The worker wrote `result`: make it one undoable step (none when nothing was new)."""
        self.intents.record_import(result, self.kpi_combo.currentText())
        self.last_result = result
        self._say(result.summary(), error=False)
        self.imported.emit(result)

    @Slot(int, float)  # slots, queued from the worker thread (see PYSIDE-3124)
    def _on_progress(self, _ticket: int, share: float) -> None:
        self.busy.setValue(round(share * 100))

    # -- results from the worker -------------------------------------------------------------
    @Slot(int, object)
    def _on_finished(self, ticket: int, result: object) -> None:
        handler = self._waiting.pop(ticket, None)
        if handler is not None:
            handler(result)
        self._update_buttons()

    @Slot(int, object)
    def _on_failed(self, ticket: int, error: object) -> None:
        if self._waiting.pop(ticket, None) is None:
            return
        if isinstance(error, StratdeskError):
            text = " ".join(part for part in (str(error), self.options.ask(error)) if part)
        elif isinstance(error, OSError):
            text = self.tr("The file cannot be read: {reason}").format(
                reason=error.strerror or error
            )
        else:
            text = self.tr("The file cannot be imported: {reason}").format(reason=error)
        if self.preview_data is None:
            self.file_info.setText("")
        self._say(text, error=True)
        self._update_buttons()

    def _on_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:
            self.importing = False
            self.busy.setRange(0, 0)
        self.cancel_button.setVisible(busy and self.importing)
        self.cancel_button.setEnabled(True)
        self._update_buttons()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        if error:
            set_error_style(self.message)
        else:
            self.message.setPalette(self.palette())

    def _update_buttons(self) -> None:
        date_column, value_column = self.columns()
        ready = (
            self.preview_data is not None
            and date_column is not None
            and value_column is not None
            and self.kpi_combo.currentData() is not None
            and not self.jobs.busy
        )
        self.import_button.setEnabled(ready)
        self.browse_button.setEnabled(not self.jobs.busy)
        self.options.setEnabled(not self.jobs.busy)

    def done(self, result: int) -> None:
        self.jobs.cancel()  # closing the dialog cancels an import under way (nothing written)
        self.jobs.wait()  # no job may outlive the dialog it reports to
        super().done(result)
