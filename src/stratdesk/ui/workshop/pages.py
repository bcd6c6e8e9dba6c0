"""The pages a workshop shows, each built once, on first use, into the stage's stack.

A page is built by its own `PageSpec` (the same class, document, undo stack and services as
the main window's page) or, for a view only the workshop has, by its step's `build`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from stratdesk.domain.errors import StratdeskError
from stratdesk.ui.style import secondary_label

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

Where = tuple[str, str]  # (workspace, page key)
Builder = Callable[["PlanDocument"], QWidget]


class StepPages:
    """The page widgets built so far, by (workspace, page key)."""

    def __init__(self, document: PlanDocument, stack: QStackedWidget) -> None:
        self.document = document
        self.stack = stack
        self.built: dict[Where, QWidget] = {}
        self._factories: dict[Where, Builder] = {}

    def page(self, where: Where, build: Builder | None = None) -> QWidget:
        """The page at `where`, built now if it was not yet (by `build` if given)."""
        if where in self.built:
            return self.built[where]
        try:
            widget = (build or self._factory(where))(self.document)
        except StratdeskError as exc:
            widget = secondary_label(
                QCoreApplication.translate(
                    "WorkshopStage", "This step cannot be shown: {reason}"
                ).format(reason=exc),
                14,
            )
        widget.setObjectName(f"workshop_{where[0]}_{where[1]}")
        self.stack.addWidget(widget)
        self.built[where] = widget
        return widget

    def _factory(self, where: Where) -> Builder:
        if not self._factories:
            from stratdesk.ui.pages import workspaces

            for spec in workspaces():
                for page_spec in spec.pages:
                    self._factories[(spec.key, page_spec.key)] = page_spec.factory
        return self._factories[where]
