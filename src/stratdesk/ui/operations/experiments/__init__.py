"""The Experiments page of the operations workspace (test and learn).

Modules: `page` (the list, its filters and the panel), `list_model` (the experiments as a
sortable, filtered table), `editor` (one experiment's fields), `variants` (its variants'
table and buttons), `intents` (requests → undo commands). The filter and the next variant's
name are Qt-free rules in `domain.experiments`. The shell registers `experiments_page`;
other pages open an experiment with `select_experiment(id)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument


def experiments_page(document: PlanDocument) -> QWidget:
    """Build the Experiments page for an open plan (imported only when first shown)."""
    from stratdesk.ui.operations.experiments.page import ExperimentsPageView

    return ExperimentsPageView(document)
