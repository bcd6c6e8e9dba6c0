"""`stratdesk alignment FILE` and `stratdesk status FILE`: where the chain from strategy to
results breaks, and where the plan stands, in a terminal (`--json` for a script).

Both read the file read-only (no lock: the plan may be open in the app), exit 0, and 2 when
the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import SUPPORTED_LANGUAGES, current_language, set_language, translate

UNREADABLE = 2


def add_alignment_parsers(sub: Any) -> None:
    """The `alignment` and `status` commands."""
    for name, help_text in (
        ("alignment", translate("Cli", "list where the chain from strategy to results breaks")),
        ("status", translate("Cli", "print each objective and KPI with its figures")),
    ):
        parser = sub.add_parser(name, help=help_text)
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
        parser.add_argument(
            "--lang", choices=SUPPORTED_LANGUAGES, help=translate("Cli", "language of the text")
        )


def _read(args: argparse.Namespace) -> Any:
    from pathlib import Path

    from stratdesk.services.alignment import AlignmentReader
    from stratdesk.services.workspace import Workspace

    path = Path(args.file)
    if not path.is_file():
        raise StratdeskError(translate("Cli", "No such file: {path}").format(path=path))
    with Workspace.open(path, read_only=True) as workspace:
        return AlignmentReader(workspace.services).read(workspace.plan_id)


def _guarded(args: argparse.Namespace) -> Any:
    if args.lang:
        set_language(args.lang)
    try:
        return _read(args)
    except (StratdeskError, OSError) as exc:
        reason = str(exc) if isinstance(exc, StratdeskError) else (exc.strerror or str(exc))
        print(f"stratdesk: {reason}", file=sys.stderr)
        return None


def run_alignment(args: argparse.Namespace) -> int:
    data = _guarded(args)
    if data is None:
        return UNREADABLE
    found = data.findings(current_language())
    if args.json:
        print(json.dumps([f.as_json() for f in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(translate("Cli", "No finding: the chain from strategy to results holds."))
    for finding in found:
        print(f"{finding.kind}\t{finding.item_name}\t{finding.message}")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from stratdesk.services.plan_status import plan_status

    data = _guarded(args)
    if data is None:
        return UNREADABLE
    status = plan_status(data)
    if args.json:
        print(json.dumps(status.as_json(), ensure_ascii=False, indent=2))
        return 0
    print(translate("Cli", "Objectives"))
    none = "–"
    for o in status.objectives:
        print(
            f"  {o.statement}\t{o.kpi or none}\t{_n(o.baseline)}\t{_n(o.actual)}\t"
            f"{_n(o.target)}\t{_status(o.status)}"
        )
    print(translate("Cli", "KPIs"))
    for k in status.kpis:
        print(f"  {k.name} ({k.unit}, {k.aggregation})")
        for p in k.periods:
            print(f"    {p.start}\t{_n(p.actual)}\t{_n(p.target)}\t{_status(p.status)}")
    return 0


def _status(code: str | None) -> str:
    from stratdesk.domain.kpi_status import KpiStatus, status_label

    return status_label(KpiStatus(code)) if code else "–"


def _n(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"
