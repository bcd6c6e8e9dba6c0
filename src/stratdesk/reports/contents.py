"""The table of contents: one line per section, dotted leaders, the page number at the right
(a form filled in when the PDF is saved, see `document`), each line a link to its section."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from stratdesk.reports.document import PlanDocTemplate, elide
from stratdesk.reports.fonts import REGULAR
from stratdesk.reports.theme import INK, RULE

SIZE = 11.0
LINE = 22.0


class Contents(Flowable):
    """`entries`: (title, bookmark key of the section's heading), in order."""

    def __init__(self, doc: PlanDocTemplate, entries: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.doc = doc
        self.entries = list(entries)
        self.slot = stringWidth("0000", REGULAR, SIZE)
        self.width = 0.0
        for n, (_title, key) in enumerate(self.entries):
            doc.contents_forms[self._form(n)] = (key, REGULAR, SIZE, self.slot)

    def _form(self, n: int) -> str:
        return f"contents{id(self)}x{n}"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, LINE * len(self.entries)

    def draw(self) -> None:
        canvas = self.canv
        height = LINE * len(self.entries)
        for n, (title, key) in enumerate(self.entries):
            y = height - (n + 1) * LINE + 7
            text = elide(title, REGULAR, SIZE, self.width - self.slot - 40)
            canvas.setFont(REGULAR, SIZE)
            canvas.setFillColor(INK)
            canvas.drawString(0, y, text)
            start = stringWidth(text, REGULAR, SIZE) + 6
            end = self.width - self.slot - 6
            if end > start:
                canvas.saveState()
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.9)
                canvas.setLineCap(1)
                canvas.setDash(0.1, 3.5)
                canvas.line(start, y + 1, end, y + 1)
                canvas.restoreState()
            canvas.saveState()
            canvas.translate(self.width - self.slot, y)
            canvas.doForm(self._form(n))
            canvas.restoreState()
            canvas.linkRect("", key, (0, y - 5, self.width, y + SIZE + 2), relative=1, thickness=0)
