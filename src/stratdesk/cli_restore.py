"""`stratdesk restore FILE`: list a plan's automatic backups, or bring one back.

    stratdesk restore plan.stratdesk --list          the backups, newest first
    stratdesk restore plan.stratdesk                 the newest sound backup
    stratdesk restore plan.stratdesk --backup ID     that one

The plan file must be closed (a window that has it open makes this refuse). The file it
replaces is kept beside it, renamed with the date and time; nothing is deleted. This works for
a damaged plan and for one that is gone (its backups are found by the path it had).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from stratdesk.i18n import translate


def add_restore_parser(subparsers: Any) -> None:
    """Add `restore FILE [--list | --backup ID]`."""
    command = subparsers.add_parser(
        "restore", help=translate("Cli", "list or restore the automatic backups of FILE")
    )
    command.add_argument("file", type=Path, help=translate("Cli", "plan file"))
    which = command.add_mutually_exclusive_group()
    which.add_argument(
        "--list", action="store_true", help=translate("Cli", "list the backups, newest first")
    )
    which.add_argument(
        "--backup",
        metavar="ID",
        help=translate("Cli", "the backup to restore (default: the newest sound one)"),
    )


def run_restore(args: argparse.Namespace) -> int:
    """List (exit 1 when there is none) or restore (exit 0 when done)."""
    from stratdesk.services.backups import list_backups, local_time, restore

    path: Path = args.file
    if args.list:
        entries = list_backups(path)
        if not entries:
            text = translate("Cli", "No automatic backup of “{name}” was found.")
            print(f"stratdesk: {text.format(name=path.name)}", file=sys.stderr)
            return 1
        for entry in entries:
            print(f"{entry.id}  {entry.when()}  {entry.size_text():>9}  {entry.summary()}")
        return 0
    result = restore(path, args.backup)
    when = local_time(result.created) if result.created is not None else result.backup.name
    print(
        translate("Cli", "“{name}” was restored from the backup of {date}.").format(
            name=path.name, date=when
        )
    )
    if result.kept_aside is not None:
        print(
            translate("Cli", "The file it replaced was kept as “{aside}”.").format(
                aside=result.kept_aside.name
            )
        )
    return 0
