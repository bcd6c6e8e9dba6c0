"""`stratdesk export KIND FILE -o OUT`: a plan written out in another format.

    stratdesk export ics plan.stratdesk -o campaigns.ics

Each kind is one entry of `EXPORTS`: how to add its options to its sub-parser, and how to run
it. A new kind (PDF, XLSX) adds an entry with `register_export`; `add_export_parser` builds
the group from the entries, and `run_export` calls the chosen one.

Nothing is written when an export is refused (a missing or read-only folder, an unknown
file): the message goes to stderr and the exit code is 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import translate


@dataclass(frozen=True)
class ExportKind:
    """One `export` sub-command: `help` (already translated), `configure(parser)` adds its
    options beyond FILE and -o/--output, `run(args)` returns the exit code."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


EXPORTS: dict[str, Callable[[], ExportKind]] = {}


def register_export(name: str, kind: Callable[[], ExportKind]) -> None:
    """Add (or replace) an export kind; `kind()` is called when the parser is built, after
    the interface language is set, so that its help is translated."""
    EXPORTS[name] = kind


def add_export_parser(subparsers: Any) -> None:
    """Add `export KIND FILE -o OUT [options]` with one sub-command per registered kind."""
    command = subparsers.add_parser(
        "export", help=translate("Cli", "write a plan to another format (calendar…)")
    )
    kinds = command.add_subparsers(dest="export_kind", required=True)
    for make in EXPORTS.values():
        kind = make()
        parser = kinds.add_parser(kind.name, help=kind.help)
        parser.add_argument("file", type=Path, help=translate("Cli", "plan file"))
        parser.add_argument(
            "-o", "--output", type=Path, required=True, help=translate("Cli", "file to write")
        )
        kind.configure(parser)


def run_export(args: argparse.Namespace) -> int:
    """Run an `export` command; 0 when the file was written."""
    make = EXPORTS.get(args.export_kind)
    if make is None:
        raise StratdeskError(
            translate("Cli", "Unknown export: {kind}").format(kind=args.export_kind)
        )
    if not args.file.exists():
        raise StratdeskError(translate("Cli", "No such file: {path}").format(path=args.file))
    return make().run(args)


def _run_ics(args: argparse.Namespace) -> int:
    from stratdesk.io.atomic_file import check_target
    from stratdesk.io.ics_export import export_calendar
    from stratdesk.services.workspace import Workspace

    check_target(args.output)  # a wrong folder is told before the plan is opened
    # Read-only: exporting takes no lock, so it works while the plan is open in the app.
    with Workspace.open(args.file, read_only=True) as workspace:
        result = export_calendar(workspace.services, workspace.plan_id, args.output)
    one = translate("Cli", "1 campaign written to {path}")
    many = translate("Cli", "{n} campaigns written to {path}")
    text = one if result.events == 1 else many
    print(text.format(n=result.events, path=result.path))
    return 0


def _ics() -> ExportKind:
    return ExportKind(
        "ics",
        translate("Cli", "the campaigns as an iCalendar file (.ics)"),
        lambda _parser: None,
        _run_ics,
    )


register_export("ics", _ics)


def _add_language(parser: argparse.ArgumentParser) -> None:
    from stratdesk.i18n import SUPPORTED_LANGUAGES

    parser.add_argument(
        "--lang",
        dest="export_lang",
        choices=SUPPORTED_LANGUAGES,
        help=translate("Cli", "language of the document (default: the plan's)"),
    )


def _configure_pdf(parser: argparse.ArgumentParser) -> None:
    from stratdesk.reports.options import PAPERS, SECTIONS

    _add_language(parser)
    parser.add_argument(
        "--paper", choices=PAPERS, default="a4", help=translate("Cli", "paper size")
    )
    parser.add_argument(
        "--sections",
        help=translate("Cli", "sections to print, comma-separated, among: {keys}").format(
            keys=", ".join(SECTIONS)
        ),
    )
    parser.add_argument(
        "--summary-only",
        action="store_true",
        help=translate("Cli", "only the cover and the one-page strategy summary"),
    )


def _run_pdf(args: argparse.Namespace) -> int:
    from stratdesk.io.atomic_file import check_target
    from stratdesk.reports.options import SECTIONS, ReportOptions, parse_sections
    from stratdesk.reports.pdf import write_pdf
    from stratdesk.services.workspace import Workspace

    sections = parse_sections(args.sections) if args.sections else SECTIONS
    options = ReportOptions(
        language=args.export_lang,
        paper=args.paper,
        sections=sections,
        summary_only=args.summary_only,
    )
    check_target(args.output)
    with Workspace.open(args.file, read_only=True) as workspace:
        result = write_pdf(workspace.services, workspace.plan_id, args.output, options)
    one = translate("Cli", "PDF of 1 page written to {path}")
    many = translate("Cli", "PDF of {pages} pages written to {path}")
    print((one if result.pages == 1 else many).format(pages=result.pages, path=result.path))
    return 0


def _pdf() -> ExportKind:
    return ExportKind(
        "pdf",
        translate("Cli", "the plan as a PDF to print or send"),
        _configure_pdf,
        _run_pdf,
    )


def _run_xlsx(args: argparse.Namespace) -> int:
    from stratdesk.io.atomic_file import check_target
    from stratdesk.io.xlsx_export import export_workbook
    from stratdesk.services.workspace import Workspace

    check_target(args.output)
    with Workspace.open(args.file, read_only=True) as workspace:
        result = export_workbook(
            workspace.services, workspace.plan_id, args.output, language=args.export_lang
        )
    print(
        translate("Cli", "Workbook of {sheets} sheets written to {path}").format(
            sheets=result.sheets, path=result.path
        )
    )
    return 0


def _xlsx() -> ExportKind:
    return ExportKind(
        "xlsx",
        translate("Cli", "the plan as a workbook (.xlsx), one sheet per area"),
        _add_language,
        _run_xlsx,
    )


register_export("pdf", _pdf)
register_export("xlsx", _xlsx)
