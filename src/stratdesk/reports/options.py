"""What a PDF export is asked for: its language, its paper, its sections.

The section keys are what `--sections` takes on the command line (comma-separated) and what
the export dialog ticks; their titles are the headings of the PDF, translated at each call
(the export's language is in force by then, see `i18n.using_language`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import SUPPORTED_LANGUAGES, translate

# In the order the PDF prints them; the summary stands at the front, after the cover.
SECTIONS: tuple[str, ...] = (
    "summary",
    "environment",
    "swot",
    "segments",
    "targeting",
    "positioning",
    "objectives",
    "roadmap",
    "mix",
    "campaigns",
    "experiments",
    "kpis",
    "alignment",
)
PAPERS: tuple[str, ...] = ("a4", "letter")


def section_title(key: str) -> str:
    """The heading of a section, in the current language."""
    titles = {
        "summary": translate("Report", "Strategy summary"),
        "environment": translate("Report", "Environment"),
        "swot": translate("Report", "SWOT and TOWS"),
        "segments": translate("Report", "Segments"),
        "targeting": translate("Report", "Targeting"),
        "positioning": translate("Report", "Positioning"),
        "objectives": translate("Report", "Objectives"),
        "roadmap": translate("Report", "Roadmap"),
        "mix": translate("Report", "Marketing mix"),
        "campaigns": translate("Report", "Campaigns and budget"),
        "experiments": translate("Report", "Experiments"),
        "kpis": translate("Report", "KPIs"),
        "alignment": translate("Report", "Alignment findings"),
    }
    return titles[key]


@dataclass(frozen=True)
class ReportOptions:
    """`language` "fr"/"en" (None: the plan's); `paper` "a4"/"letter"; `sections` among
    `SECTIONS` (printed in the order of `SECTIONS` whatever the order given); `summary_only`:
    the cover and the one-page summary, nothing else."""

    language: str | None = None
    paper: str = "a4"
    sections: tuple[str, ...] = field(default=SECTIONS)
    summary_only: bool = False

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in SUPPORTED_LANGUAGES:
            raise StratdeskError(
                translate("Report", "Unknown language “{value}”: choose one of {choices}.").format(
                    value=self.language, choices=", ".join(SUPPORTED_LANGUAGES)
                )
            )
        if self.paper not in PAPERS:
            raise StratdeskError(
                translate("Report", "Unknown paper “{value}”: choose one of {choices}.").format(
                    value=self.paper, choices=", ".join(PAPERS)
                )
            )
        check_sections(self.sections)

    def wanted(self) -> tuple[str, ...]:
        """The sections to print, in the PDF's order."""
        if self.summary_only:
            return ("summary",)
        chosen = set(self.sections)
        return tuple(key for key in SECTIONS if key in chosen)


def check_sections(keys: Iterable[str]) -> None:
    unknown = [key for key in keys if key not in SECTIONS]
    if unknown:
        raise StratdeskError(
            translate("Report", "Unknown section “{value}”: choose among {choices}.").format(
                value=unknown[0], choices=", ".join(SECTIONS)
            )
        )


def parse_sections(text: str) -> tuple[str, ...]:
    """ "summary, kpis" → ("summary", "kpis"); refuses an unknown key or an empty list."""
    keys = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    if not keys:
        raise StratdeskError(
            translate("Report", "Name at least one section: {choices}.").format(
                choices=", ".join(SECTIONS)
            )
        )
    check_sections(keys)
    return keys
