"""The PDF's pages: cover, portrait and landscape templates, running header and footer, the
table of contents and the outline (bookmarks), laid out in one pass.

- Every `Heading` flowable (see `flowables`) sets a bookmark where it lands, adds itself to
  the PDF outline (levels 0 and 1) and, at level 0, tells the page it landed on to the
  table of contents (`Contents`).
- Numbers only known at the end (the page count of "page x / y", the contents' page
  numbers) are PDF forms drawn where they belong and filled in just before the document is
  saved (`PlanCanvas`): one layout pass is enough, however long the plan.
- `progress(share)` is told as flowables are laid out; whatever it raises (a cancel) stops
  the build.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from stratdesk.i18n import translate
from stratdesk.reports.fonts import BOLD, REGULAR
from stratdesk.reports.markup import ELLIPSIS, plain
from stratdesk.reports.theme import INK, MUTED, RULE, Theme

MARGIN = 18 * mm
HEADER = 14 * mm  # band above the frame holding the running header
FOOTER = 13 * mm
PAPER_SIZES = {"a4": A4, "letter": LETTER}
TOTAL_FORM = "pagetotal"
FOOTER_SIZE = 8.0
Progress = Callable[[float], object]  # layout done, 0..1


def elide(text: str, font: str, size: float, width: float) -> str:
    """One line of `text` that fits `width`, cut with "…"."""
    line = " ".join(plain(text).split())
    if stringWidth(line, font, size) <= width:
        return line
    while line and stringWidth(line + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


class PlanCanvas(Canvas):
    """A canvas that lets its document fill in late numbers (forms) before saving."""

    before_save: Callable[[PlanCanvas], None] | None = None

    def save(self) -> None:
        if self.before_save is not None:
            self.before_save(self)
        super().save()


def late_form(
    canvas: Canvas,
    name: str,
    text: str,
    font: str,
    size: float,
    width: float,
    right: bool,
    colour: Any = INK,
) -> None:
    """Define form `name` as `text`, left-aligned at 0 or right-aligned at `width`."""
    canvas.beginForm(name, lowerx=-2, lowery=-4, upperx=width + 2, uppery=size + 2)
    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    if right:
        canvas.drawRightString(width, 0, text)
    else:
        canvas.drawString(0, 0, text)
    canvas.endForm()


class PlanDocTemplate(BaseDocTemplate):
    """Pages of a plan: `cover`, `portrait` and `landscape` templates."""

    def __init__(
        self,
        stream: Any,
        *,
        paper: str,
        theme: Theme,
        client: str,
        title: str,
        author: str,
        footer: str = "",
        progress: Progress | None = None,
    ) -> None:
        size = PAPER_SIZES[paper]
        super().__init__(
            stream,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN + FOOTER,
            title=plain(title),
            author=plain(author),
            subject=plain(client),
            creator="stratdesk",
            pageCompression=1,
            initialFontName=REGULAR,  # not Helvetica: every font of the PDF is the shipped one
        )
        self.theme = theme
        self.client = client
        self.plan_title = title
        self.footer = footer
        self.pages = 0
        self.heading_pages: dict[str, int] = {}  # bookmark key → page of level-0 headings
        # Forms filled in at the end: name → (bookmark key, font, size, width).
        self.contents_forms: dict[str, tuple[str, str, float, float]] = {}
        self._progress = progress
        self._size = 1
        self.frame_sizes: dict[str, tuple[float, float]] = {}
        self.addPageTemplates(
            [
                self._template("cover", size, self._cover_page, header=False),
                self._template("portrait", size, self._running),
                self._template("landscape", landscape(size), self._running),
            ]
        )
        self.setProgressCallBack(self._on_progress)

    def _template(
        self, name: str, size: tuple[float, float], decorate: Any, header: bool = True
    ) -> PageTemplate:
        width, height = size
        top = MARGIN + (HEADER if header else 0)
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER,
            width - 2 * MARGIN,
            height - top - MARGIN - FOOTER,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.frame_sizes[name] = (frame.width, frame.height)
        return PageTemplate(id=name, frames=[frame], onPage=decorate, pagesize=size)

    def lay_out(self, story: list[Flowable]) -> int:
        """Lay `story` out and save the PDF; the number of pages."""
        self.build(story, canvasmaker=PlanCanvas)
        return self.pages

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv.before_save = self._fill_in  # type: ignore[attr-defined]

    def _fill_in(self, canvas: Canvas) -> None:
        total = str(self.pages)
        late_form(canvas, TOTAL_FORM, total, REGULAR, FOOTER_SIZE, 30, right=False, colour=MUTED)
        for name, (key, font, size, width) in self.contents_forms.items():
            page = self.heading_pages.get(key)
            late_form(canvas, name, "" if page is None else str(page), font, size, width, True)

    def afterPage(self) -> None:
        self.pages = self.page

    # -- page decoration -----------------------------------------------------------------
    def _cover_page(self, canvas: Any, doc: Any) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(self.theme.accent)
        canvas.rect(0, height - 16 * mm, width, 16 * mm, stroke=0, fill=1)
        canvas.rect(0, 0, width, 6 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _running(self, canvas: Any, doc: Any) -> None:
        width, height = canvas._pagesize
        usable = width - 2 * MARGIN
        canvas.saveState()
        top = height - MARGIN
        canvas.setFillColor(self.theme.accent)
        canvas.rect(MARGIN, top - 1.2, 18 * mm, 1.2, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, FOOTER_SIZE)
        canvas.drawString(MARGIN, top + 4, elide(self.client, BOLD, FOOTER_SIZE, usable * 0.45))
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        title = elide(self.plan_title, REGULAR, FOOTER_SIZE, usable * 0.5)
        canvas.drawRightString(width - MARGIN, top + 4, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, MARGIN + 4, width - MARGIN, MARGIN + 4)
        self._page_number(canvas, doc.page)
        note = elide(self.footer, REGULAR, FOOTER_SIZE, usable * 0.6)
        canvas.drawRightString(width - MARGIN, MARGIN - 7, note)
        canvas.restoreState()

    def _page_number(self, canvas: Any, page: int) -> None:
        """ "Page 3 / 28": the total is a form filled in when the PDF is saved."""
        template = translate("Report", "Page {page} / {total}")
        before, found, after = template.partition("{total}")
        x, y = MARGIN, MARGIN - 7
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        text = before.format(page=page)
        canvas.drawString(x, y, text)
        if not found:
            return
        x += stringWidth(text, REGULAR, FOOTER_SIZE)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
        if after.strip():
            slot = stringWidth("0000", REGULAR, FOOTER_SIZE)
            canvas.drawString(x + slot, y, after.format(page=page))

    # -- headings: bookmarks, outline, contents ---------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "bookmark_key", None)
        if key is None:
            return
        level = flowable.outline_level  # type: ignore[attr-defined]
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_text, key, level=level, closed=level > 0)  # type: ignore[attr-defined]
        if flowable.in_toc:  # type: ignore[attr-defined]
            self.heading_pages[key] = self.page

    # -- progress ------------------------------------------------------------------------
    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS" and self._progress is not None:
            self._progress(min(1.0, value / self._size))
