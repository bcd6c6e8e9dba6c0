"""Screenshots of a few workshop steps at a projector's size (`stratdesk screenshots`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

PROJECTOR = (1920, 1080)
SHOWN = ("environment", "swot", "mix", "strategy_on_a_page")


def render_workshop(
    document: PlanDocument, out_dir: Path, *, dark: bool = False, steps: tuple[str, ...] = SHOWN
) -> list[Path]:
    """Write `out_dir/workshop-<step>.png` for `steps`, drawn as the projector shows them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from stratdesk.ui.workshop.window import WorkshopWindow

    window = WorkshopWindow(document, start=steps[0] if steps else None, dark=dark)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.resize(*PROJECTOR)
    window.show()
    written: list[Path] = []
    try:
        for key in steps:
            if not window.stage.go(key):
                continue
            QApplication.processEvents()  # let layouts settle before painting
            target = out_dir / f"workshop-{key}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"cannot write {target}")
            written.append(target)
    finally:
        window.close()
        window.deleteLater()
    return written
