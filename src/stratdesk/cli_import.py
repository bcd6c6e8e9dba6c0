"""`stratdesk import kpi FILE DATA`: a KPI's measurements from a CSV or XLSX export.

    stratdesk import kpi plan.stratdesk ads.csv --kpi "Clicks" [--date-col Day] [--value-col 3]
    stratdesk import kpi plan.stratdesk ads.csv --kpi "Sign-ups" --create --unit count
    stratdesk import kpi plan.stratdesk ads.csv --kpi "CTR" --value-col Clicks --component clicks

`--create` makes the KPI (unit, period, aggregation as given, else the defaults) when the plan
has none of that name, then imports into it; if the import is refused the new KPI goes too.
`--component NAME` imports the values as one input of the KPI's formula ("clicks" of a CTR).

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

from stratdesk.domain.enums import KpiAggregation, KpiPeriod, KpiUnit
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
    kpi.add_argument(
        "--component",
        metavar="NAME",
        default="",
        help=translate(
            "Cli", "the values are this input of the KPI's formula (clicks, impressions…)"
        ),
    )
    kpi.add_argument(
        "--create",
        action="store_true",
        help=translate("Cli", "create the KPI named by --kpi when the plan has none of that name"),
    )
    kpi.add_argument(
        "--unit",
        choices=[u.value for u in KpiUnit],
        help=translate("Cli", "the new KPI's unit (with --create)"),
    )
    kpi.add_argument(
        "--period",
        choices=[p.value for p in KpiPeriod],
        help=translate("Cli", "the new KPI's period of targets (with --create)"),
    )
    kpi.add_argument(
        "--aggregation",
        choices=[a.value for a in KpiAggregation if a != KpiAggregation.FORMULA],
        help=translate(
            "Cli", "how the new KPI's measurements make a period's actual (with --create)"
        ),
    )


def _find_kpi(kpis: Sequence[Any], name: str) -> Any | None:
    """The KPI called `name`, case and accents aside (None when there is none)."""
    from stratdesk.io.tabular import fold

    return next((kpi for kpi in kpis if fold(kpi.name) == fold(name)), None)


def _choose_kpi(kpis: Sequence[Any], name: str | None) -> Any:
    """The KPI called `name` (case and accents aside), or the plan's only KPI."""
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
    found = _find_kpi(kpis, name)
    if found is None:
        raise StratdeskError(
            translate("Cli", "No KPI is called “{name}”; this plan's KPIs are {names}.").format(
                name=name, names=names
            )
        )
    return found


def _kpi_to_import_into(services: Any, plan_id: int, args: argparse.Namespace) -> tuple[Any, bool]:
    """The KPI to import into, created first with `--create` when the plan has none of that
    name; and whether it was created."""
    kpis = services.kpis.list(plan_id)
    if not args.create:
        return _choose_kpi(kpis, args.kpi), False
    if not args.kpi:
        raise StratdeskError(translate("Cli", "Name the KPI to create with --kpi NAME."))
    found = _find_kpi(kpis, args.kpi)
    if found is not None:
        return found, False
    data: dict[str, Any] = {"name": args.kpi}
    for field in ("unit", "period", "aggregation"):
        if getattr(args, field):
            data[field] = getattr(args, field)
    return services.kpis.create(plan_id, data), True


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
        kpi, created = _kpi_to_import_into(services, workspace.plan_id, args)
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
                component=args.component,
            )
        except (ImportRefused, KeyboardInterrupt, StratdeskError) as exc:
            progress.finish()  # the transaction was rolled back: nothing was imported
            if created:
                services.kpis.delete(kpi.id)  # all or nothing: the new KPI goes too
            if isinstance(exc, KeyboardInterrupt):
                print(f"stratdesk: {ImportCancelled()}", file=sys.stderr)
                return 130
            # Nothing was written; say which file, which row and why (and how to answer).
            hint = _hint(exc) if isinstance(exc, ImportRefused) else ""
            message = " ".join(part for part in (str(exc), hint) if part)
            print(f"stratdesk: {args.data.name}: {message}", file=sys.stderr)
            return 1
        progress.finish()
    if created:
        print(translate("Cli", "KPI created: {name}").format(name=kpi.name))
    print(f"{kpi.name}: {result.summary()}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Run an `import` command; 0 when it worked, 1 when it was refused."""
    if args.import_kind == "kpi":
        return _run_kpi(args)
    raise StratdeskError(translate("Cli", "Unknown import: {kind}").format(kind=args.import_kind))
