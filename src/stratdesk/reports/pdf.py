"""Write a plan as a PDF: the entry point of the command line and the interface.

    write_pdf(services, plan_id, Path("plan.pdf"), ReportOptions(language="fr"),
              progress=report)

Reads the plan once (`services.plan_contents.read_contents`: read models only), composes and
lays out the PDF in the export's language (switched for this thread only: the interface keeps
its own), and writes it under a temporary name in the target folder, renamed at the end (see
`io.atomic_file`). A failure or a cancel (whatever `progress` raises) leaves no file. reportlab
is imported only here, when a PDF is asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stratdesk.i18n import using_language
from stratdesk.io.atomic_file import check_target, write_atomically
from stratdesk.reports.findings import gather_findings
from stratdesk.reports.options import ReportOptions

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices

Progress = Callable[[int, int], object]  # (done, total); may raise to stop the export
SCALE = 1000
# Shares of the progress bar: reading the plan, composing the story, laying out the pages.
READ, COMPOSE = 100, 150


@dataclass(frozen=True)
class PdfExport:
    path: Path
    pages: int
    language: str


class _Bar:
    """Turns each phase's share into one bar from 0 to `SCALE`, never going back."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._at = -1

    def tell(self, value: float) -> None:
        at = max(self._at, min(SCALE, int(value)))
        if self._progress is not None:
            self._progress(at, SCALE)
        self._at = at

    def phase(self, low: int, high: int) -> Callable[[float], None]:
        return lambda share: self.tell(low + (high - low) * share)


def write_pdf(
    services: PlanServices,
    plan_id: int,
    target: Path,
    options: ReportOptions | None = None,
    *,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> PdfExport:
    """Write the plan's PDF to `target`, all or nothing (see the module's docstring).

    `options.language` None prints in the plan's language. Raises `ExportRefused` (nothing
    written) for a missing or read-only folder."""
    from stratdesk.services.plan_contents import read_contents

    target = Path(target)
    check_target(target)  # a wrong folder is told before anything is read
    options = options or ReportOptions()
    language = options.language or services.plans.get_plan(plan_id).language.value
    options = replace(options, language=language)
    bar = _Bar(progress)
    bar.tell(0)
    with using_language(language):
        contents = read_contents(
            services,
            plan_id,
            today=today,
            progress=lambda done, total: bar.tell(READ * done / total),
        )
        findings = gather_findings(services, plan_id, today)
        from reportlab import rl_config

        # reportlab checks every attribute set on a drawing's shapes (a quarter of the demo's
        # drawing time); ours are built by tested code, so printing skips the checks.
        rl_config.shapeChecking = 0
        from stratdesk.reports.build import render

        pages = 0

        def write(stream: BinaryIO) -> None:
            nonlocal pages
            pages = render(
                stream,
                contents,
                findings,
                options,
                language,
                composed=bar.phase(READ, COMPOSE),
                laid_out=bar.phase(COMPOSE, SCALE - 1),
            )

        write_atomically(target, write)
    bar.tell(SCALE)
    return PdfExport(target, pages, language)
