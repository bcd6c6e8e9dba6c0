"""The command line's own words in the interface language, argparse's included.

argparse writes "usage:", "positional arguments", "options", "show this help message and exit"
and its error sentences through `gettext`; `install_argparse_words()` hands it the catalogue's
translations instead (context "Argparse"), so that `stratdesk --lang fr --help` is French
from its first word to its last. The messages are written out below as literal `translate`
calls, where lupdate finds them; an unknown message stays as argparse wrote it.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from stratdesk.i18n import translate


def argparse_words() -> dict[str, str]:
    """argparse's messages (Python 3.11–3.13) and their translation in the current language."""
    words = (
        ("usage: ", translate("Argparse", "usage: ")),
        ("positional arguments", translate("Argparse", "positional arguments")),
        ("options", translate("Argparse", "options")),
        (
            "show this help message and exit",
            translate("Argparse", "show this help message and exit"),
        ),
        ("%(prog)s: error: %(message)s\n", translate("Argparse", "%(prog)s: error: %(message)s\n")),
        (
            "the following arguments are required: %s",
            translate("Argparse", "the following arguments are required: %s"),
        ),
        ("unrecognized arguments: %s", translate("Argparse", "unrecognized arguments: %s")),
        (
            "invalid choice: %(value)r (choose from %(choices)s)",
            translate("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        ),
        (
            "argument %(argument_name)s: %(message)s",
            translate("Argparse", "argument %(argument_name)s: %(message)s"),
        ),
        (
            "invalid %(type)s value: %(value)r",
            translate("Argparse", "invalid %(type)s value: %(value)r"),
        ),
        ("expected one argument", translate("Argparse", "expected one argument")),
        ("expected at most one argument", translate("Argparse", "expected at most one argument")),
        ("expected at least one argument", translate("Argparse", "expected at least one argument")),
        ("expected %s argument", translate("Argparse", "expected %s argument")),
        ("expected %s arguments", translate("Argparse", "expected %s arguments")),
        (
            "ambiguous option: %(option)s could match %(matches)s",
            translate("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        ),
        ("not allowed with argument %s", translate("Argparse", "not allowed with argument %s")),
        ("ignored explicit argument %r", translate("Argparse", "ignored explicit argument %r")),
        (
            "one of the arguments %s is required",
            translate("Argparse", "one of the arguments %s is required"),
        ),
        ("unexpected option string: %s", translate("Argparse", "unexpected option string: %s")),
        (
            "can't open '%(filename)s': %(error)s",
            translate("Argparse", "can't open '%(filename)s': %(error)s"),
        ),
    )
    return dict(words)


def install_argparse_words(words: Mapping[str, str] | None = None) -> None:
    """Make argparse speak the current language (call after `set_language`)."""
    table = dict(argparse_words() if words is None else words)

    def gettext(message: str) -> str:
        return table.get(message, message)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    # argparse looks these names up in its own module each time it speaks.
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def commands_text(parser: argparse.ArgumentParser) -> str:
    """Every command of `parser` with its one-line help, as the main help lists them: read
    from the parser itself, so that a command added there is listed here too."""
    lines = [translate("Cli", "Commands (stratdesk COMMAND --help for each):")]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            width = max(len(name) for name in action.choices)
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name in action.choices:
                lines.append(f"  {name.ljust(width)}  {helps.get(name, '')}".rstrip())
    return "\n".join(lines)


def command_names(parser: argparse.ArgumentParser) -> tuple[str, ...]:
    """The names of `parser`'s commands, in their order."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return tuple(action.choices)
    return ()
