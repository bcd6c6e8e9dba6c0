"""One way to issue commands: only a page's `…Intents` class builds undo commands.

Widgets emit what the person asks and the page's Intents turns it into commands; a command
built anywhere else is the second style this rule replaced. Read from the sources, Qt-free.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "src" / "stratdesk" / "ui"
BUILDS_A_COMMAND = re.compile(r"\b[A-Z]\w*Command\(")


def _builders() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        for line in path.read_text(encoding="utf-8").splitlines():
            code = line.split("#", 1)[0]
            if BUILDS_A_COMMAND.search(code) and not code.lstrip().startswith("class "):
                found.setdefault(name, []).append(line.strip())
    return found


def test_only_intents_build_commands() -> None:
    allowed = [name for name in _builders() if name.startswith("commands/")]
    allowed += [
        name for name in _builders() if name == "intents.py" or name.endswith("/intents.py")
    ]
    assert {name: lines for name, lines in _builders().items() if name not in allowed} == {}


def test_every_page_with_commands_has_its_intents() -> None:
    pages = {"strategy/environment", "strategy/swot", "strategy/objectives", "operations/kpis"}
    pages |= {"operations/mix", "operations/campaigns", "operations/experiments"}
    pages.add("strategy/roadmap")
    assert all((UI / page / "intents.py").is_file() for page in pages)
