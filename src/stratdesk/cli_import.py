"""`stratdesk import kpi FILE DATA`: a KPI's measurements from a CSV or XLSX export.

    stratdesk import kpi plan.stratdesk ads.csv --kpi "Clicks" [--date-col Day] [--value-col 3]

All or nothing: on the first bad row nothing is written and the row number and the reason go
to stderr (exit code 1). Running it again with the same file adds nothing. A long import shows
its progress on stderr; Ctrl+C cancels it and nothing is written (exit code 130).

What the file cannot settle is never guessed: rows without a value refuse the import unless
`--skip-blank` (then they are named and counted); a value such as `1.200` that nothing in the
file settles refuses it until `--decimal , | .` is given. Days that already hold a value from
another source are skipped by default (`--existing skip`, said in the summary); `--existing
replace` replaces those values, `--existing keep` keeps both.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import translate


def add_import_parser(subparsers: Any) -> None:
    """Add `import kpi FILE DATA [--kpi NAME] [--date-col COL] [--value-col COL]`."""
    command = subparsers.add_parser("import", help=translate("Cli", "import data into a plan file"))
    kinds = command.add_subparsers(dest="import_kind", required=True)
    kpi = kinds.add_parser(
        "kpi", help=translate("Cli", "import a KPI's measurements from a CSV or XLSX file")
    )
    kpi.add_argument("file", type=Path, help=translate("Cli", "plan file"))
    kpi.add_argument(
        "data", type=Path, help=translate("Cli", "CSV or XLSX file of dates and values")
    )
    kpi.add_argument(
        "--kpi", metavar="NAME", help=translate("Cli", "the KPI (needed if the plan has several)")
    )
    kpi.add_argument(
        "--date-col",
        metavar="COL",
        help=translate("Cli", "the dates' column: its name or number (from 1)"),
    )
    kpi.add_argument(
        "--value-col",
        metavar="COL",
        help=translate("Cli", "the values' column: its name or number (from 1)"),
    )
    kpi.add_argument(
        "--source",
        help=translate("Cli", "the source stored with each value (default: the file's name)"),
    )
    kpi.add_argument(
        "--decimal",
        choices=(",", "."),
        help=translate(
            "Cli", "the decimal separator, when the file does not settle it (1.200: 1200 or 1.2?)"
        ),
    )
    kpi.add_argument(
        "--skip-blank",
        action="store_true",
        help=translate(
            "Cli", "leave out the rows without a value (empty, n/a, --) instead of refusing"
        ),
    )
    kpi.add_argument(
        "--existing",
        choices=("replace", "keep", "skip"),
        default="skip",
        help=translate(
            "Cli",
            "days that already have a value from another source: replace it, keep both, "
            "or skip those days (default: skip)",
        ),
    )


def _choose_kpi(kpis: Sequence[Any], name: str | None) -> Any:
    """The KPI called `name` (case and accents aside), or the plan's only KPI."""
    from stratdesk.io.tabular import fold

    names = ", ".join(f"“{kpi.name}”" for kpi in kpis)
    if not kpis:
        raise StratdeskError(translate("Cli", "This plan has no KPI yet: add one first."))
    if name is None:
        if len(kpis) == 1:
            return kpis[0]
        raise StratdeskError(
            translate("Cli", "Which KPI? Give --kpi NAME; this plan's KPIs are {names}.").format(
                names=names
            )
        )
    found = [kpi for kpi in kpis if fold(kpi.name) == fold(name)]
    if not found:
        raise StratdeskError(
            translate("Cli", "No KPI is called “{name}”; this plan's KPIs are {names}.").format(
                name=name, names=names
            )
        )
    return found[0]


class ProgressLine:
    """An import's progress on stderr, once it has run for `delay` seconds: one line that
    updates itself on a terminal, a line per tenth otherwise (a log)."""

    def __init__(self, stream: TextIO | None = None, delay: float = 1.0) -> None:
        self.stream = stream or sys.stderr
        self.delay = delay
        self.started = time.monotonic()
        self.shown: int | None = None
        self.terminal = self.stream.isatty()

    def __call__(self, share: float) -> None:
        if time.monotonic() - self.started < self.delay:
            return
        percent = int(share * 100)
        step = percent if self.terminal else percent - percent % 10
        if step == self.shown:
            return
        self.shown = step
        text = translate("Cli", "Importing… {percent}%").format(percent=step)
        self.stream.write(f"\r{text}" if self.terminal else f"{text}\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.terminal and self.shown is not None:
            self.stream.write("\n")
            self.stream.flush()


def _hint(exc: Exception) -> str:
    """How to answer an import's question from the command line ("" for other refusals)."""
    from stratdesk.io.kpi_import import AmbiguousDecimal, BlankValues

    if isinstance(exc, BlankValues):
        return translate("Cli", "Give --skip-blank to import the other rows.")
    if isinstance(exc, AmbiguousDecimal):
        return translate("Cli", "Give --decimal , or --decimal . to say which.")
    return ""


def _run_kpi(args: argparse.Namespace) -> int:
    from stratdesk.io.kpi_import import ImportCancelled, ImportRefused, import_file
    from stratdesk.services.workspace import Workspace

    for path in (args.file, args.data):
        if not path.exists():
            raise StratdeskError(translate("Cli", "No such file: {path}").format(path=path))
    with Workspace.open(args.file) as workspace:
        services = workspace.services
        kpi = _choose_kpi(services.kpis.list(workspace.plan_id), args.kpi)
        progress = ProgressLine()
        try:
            result = import_file(
                services.kpi_measurements,
                kpi.id,
                args.data,
                args.date_col,
                args.value_col,
                kpi_name=kpi.name,
                kpi_unit=str(kpi.unit),
                source=args.source,
                decimal=args.decimal,
                skip_blank=args.skip_blank,
                existing=args.existing,
                progress=progress,
            )
        except ImportRefused as exc:
            progress.finish()
            # Nothing was written; say which file, which row and why (and how to answer).
            message = " ".join(part for part in (str(exc), _hint(exc)) if part)
            print(f"stratdesk: {args.data.name}: {message}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            progress.finish()  # the transaction was rolled back
            print(f"stratdesk: {ImportCancelled()}", file=sys.stderr)
            return 130
        progress.finish()
    print(f"{kpi.name}: {result.summary()}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Run an `import` command; 0 when it worked, 1 when it was refused."""
    if args.import_kind == "kpi":
        return _run_kpi(args)
    raise StratdeskError(translate("Cli", "Unknown import: {kind}").format(kind=args.import_kind))
