"""The `stratdesk` command: launch the GUI, or work on plan files from a terminal.

    stratdesk                               GUI, start screen
    stratdesk FILE                          GUI on FILE
    stratdesk --demo                        GUI on the demo plan
    stratdesk demo FILE [--lang fr|en]      write the demo plan to FILE
    stratdesk new FILE --client NAME [...]  create an empty plan file
    stratdesk check FILE                    identify and integrity-check FILE
    stratdesk screenshots FILE -o DIR       render every workspace page to PNG
    stratdesk restore FILE [--list | --backup ID]   list or restore FILE's backups
    stratdesk export ics FILE -o OUT.ics    write the campaigns as a calendar
    stratdesk export pdf FILE -o OUT.pdf [--lang fr|en] [--paper a4|letter] [--sections LIST]
                                            [--summary-only]   the plan as a PDF
    stratdesk export xlsx FILE -o OUT.xlsx  the plan as a workbook
    stratdesk alignment FILE [--json]       where the chain from strategy to results breaks
    stratdesk status FILE [--json]          each objective and KPI with its figures

Heavy modules (Qt, alembic, reportlab) are imported only by the command that needs them, so
the terminal commands stay quick and the GUI comes up fast. `stratdesk --help` lists every
command of the command parser (read from it: a command added there is listed), and argparse's
own words follow the interface language (`cli_words`). Without a display the GUI is not
started: one sentence says why and what to do instead (`cli_checks`, exit code 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from stratdesk import __version__
from stratdesk.cli_alignment import add_alignment_parsers, run_alignment, run_status
from stratdesk.cli_checks import NO_DISPLAY_EXIT, missing_display, plan_file, suffix_note
from stratdesk.cli_export import add_export_parser, run_export
from stratdesk.cli_import import add_import_parser, run_import
from stratdesk.cli_restore import add_restore_parser, run_restore
from stratdesk.cli_words import command_names, commands_text, install_argparse_words
from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import SUPPORTED_LANGUAGES, set_language, system_language, translate


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stratdesk",
        description=translate("Cli", "Build, run and print a client's marketing plan."),
        epilog=commands_text(_command_parser()),
        formatter_class=argparse.RawDescriptionHelpFormatter,  # one command a line
    )
    parser.add_argument("file", nargs="?", type=Path, help=translate("Cli", "plan file to open"))
    parser.add_argument("--demo", action="store_true", help=translate("Cli", "open the demo plan"))
    _add_lang(parser, translate("Cli", "interface language"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"stratdesk {__version__}",
        help=translate("Cli", "show the version number and exit"),
    )
    return parser


def _add_lang(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help=help_text)


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stratdesk")
    _add_lang(parser, translate("Cli", "interface language"))
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help=translate("Cli", "write the demo plan to FILE"))
    demo.add_argument("file", type=Path)
    _add_lang(demo, translate("Cli", "language of the demo plan"))

    new = sub.add_parser("new", help=translate("Cli", "create an empty plan file"))
    new.add_argument("file", type=Path)
    new.add_argument("--client", required=True, help=translate("Cli", "client name"))
    new.add_argument("--title", help=translate("Cli", "plan title"))
    new.add_argument("--start-year", type=int, default=dt.date.today().year)
    new.add_argument("--years", type=int, default=3, help=translate("Cli", "horizon in years"))
    new.add_argument("--currency", default="EUR")
    _add_lang(new, translate("Cli", "language of the plan"))

    check = sub.add_parser("check", help=translate("Cli", "identify and integrity-check FILE"))
    check.add_argument("file", type=Path)

    shots = sub.add_parser(
        "screenshots", help=translate("Cli", "render every workspace page to PNG")
    )
    shots.add_argument("file", type=Path)
    shots.add_argument("-o", "--output", type=Path, required=True, help=translate("Cli", "folder"))
    add_import_parser(sub)
    add_restore_parser(sub)
    add_export_parser(sub)
    add_alignment_parsers(sub)
    return parser


def _written(text: str, added: bool) -> str:
    return f"{text} {suffix_note()}" if added else text


def _run_demo(args: argparse.Namespace) -> int:
    from stratdesk.services.demo import build_demo

    target, added = plan_file(args.file)
    path = build_demo(target, language=args.lang or args.ui_lang)
    print(_written(translate("Cli", "Demo plan written to {path}").format(path=path), added))
    return 0


def _run_new(args: argparse.Namespace) -> int:
    from stratdesk.services.workspace import Workspace

    args.file, added = plan_file(args.file)
    if args.file.exists():
        raise StratdeskError(
            translate("Cli", "{path} already exists; choose another file name.").format(
                path=args.file
            )
        )
    end = args.start_year + args.years - 1
    title = args.title or translate("Cli", "Marketing plan {start}–{end}").format(
        start=args.start_year, end=end
    )
    plan = {
        "title": title,
        "start_year": args.start_year,
        "horizon_years": args.years,
        "currency": args.currency.upper(),
        "language": args.lang or args.ui_lang,
    }
    with Workspace.create(args.file, {"name": args.client}, plan):
        pass
    print(_written(translate("Cli", "Plan file created: {path}").format(path=args.file), added))
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from stratdesk.db.check import check_file

    report = check_file(args.file)
    stream = sys.stdout if report.ok else sys.stderr
    print(report.summary, file=stream)
    for problem in (*report.integrity, *report.foreign_keys):
        print(f"  {problem}", file=stream)
    return 0 if report.ok else 1


def _run_screenshots(args: argparse.Namespace) -> int:
    from stratdesk.ui.screenshots import render_pages

    if not args.file.exists():
        raise StratdeskError(translate("Cli", "No such file: {path}").format(path=args.file))
    paths = render_pages(args.file, args.output, language=args.ui_lang)
    for path in paths:
        print(path)
    return 0


RUNNERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _run_demo,
    "new": _run_new,
    "check": _run_check,
    "screenshots": _run_screenshots,
    "import": run_import,
    "restore": run_restore,
    "export": run_export,
    "alignment": run_alignment,
    "status": run_status,
}


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _pre_language(argv: Sequence[str]) -> str:
    """The interface language, read before parsing so that help and errors are translated."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in SUPPORTED_LANGUAGES:
            return value
        if _first_positional(argv[: i + 1]) in _commands():
            break  # a --lang after the command is the command's own option
    return system_language()


def _commands() -> tuple[str, ...]:
    """Every command the command parser knows (never a list kept by hand beside it)."""
    return command_names(_command_parser())


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ui_lang = _pre_language(argv)
    set_language(ui_lang)
    install_argparse_words()  # argparse's "usage:", "options"… in that language too
    try:
        if _first_positional(argv) in _commands():
            args = _command_parser().parse_args(argv)
            args.ui_lang = ui_lang
            return RUNNERS[args.command](args)
        args = _gui_parser().parse_args(argv)
        if (reason := missing_display()) is not None:
            print(f"stratdesk: {reason}", file=sys.stderr)
            return NO_DISPLAY_EXIT
        from stratdesk.ui.app import run_gui

        return run_gui(args.file, demo=args.demo, language=ui_lang)
    except StratdeskError as exc:
        print(f"stratdesk: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"stratdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
