"""Keep the translation catalogues in step with the code.

    python packaging/translations.py            extract new strings (lupdate) and compile .qm
    python packaging/translations.py --check    fail if a string is untranslated or a .qm is stale
    python packaging/translations.py --fill FILE.json [--context C]
                                                fill French translations from {source: text}
                                                ({source: [forms]} for a `%n` plural), or
                                                from {context: {source: text}}

One `.ts` file per language is the single source of truth: Qt loads its compiled `.qm`, and the
Qt-free layers (PDF, demo plan, validation messages) read the `.ts` itself.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # our own catalogue, not untrusted input
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "stratdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def _python_files() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def lupdate(ts: Path) -> None:
    files = _python_files()
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def _translated(node: ET.Element | None) -> bool:
    """A translation with text, or (for a `%n` plural) with every numerus form filled."""
    if node is None or node.get("type") == "unfinished":
        return False
    forms = node.findall("numerusform")
    return all((text or "").strip() for text in ([f.text for f in forms] or [node.text]))


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [
        key for key, message in messages(ts).items() if not _translated(message.find("translation"))
    ]


def _set(message: ET.Element, value: str | list[str]) -> bool:
    """Write one translation; a `%n` plural takes a list of forms (a plain string is skipped)."""
    node = message.find("translation")
    if node is None:
        node = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        if not isinstance(value, list):
            return False  # one text cannot say both "1 item" and "3 items"
        for child in list(node):
            node.remove(child)
        node.text = None
        for form in value:
            ET.SubElement(node, "numerusform").text = form
    elif isinstance(value, str):
        node.text = value
    else:
        return False
    node.attrib.pop("type", None)
    return True


def fill(ts: Path, table: dict, context: str | None) -> int:
    """Fill translations from {source: text} (`%n` plurals need {source: [form, …]}), or from
    {context: {source: text}} to translate the same source differently per context."""
    tree = ET.parse(ts)
    count = 0
    nested = bool(table) and all(isinstance(v, dict) for v in table.values())
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        if context and name != context:
            continue
        entries = table.get(name, {}) if nested else table
        for message in ctx.iter("message"):
            source = message.findtext("source", "")
            if source in entries and _set(message, entries[source]):
                count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def check() -> int:
    problems = []
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"stratdesk_{lang}.ts"
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh)
            new = sorted(set(messages(fresh)) - set(messages(ts)))
            if new:
                problems.append(f"{ts.name}: {len(new)} strings not extracted yet, e.g. {new[:3]}")
            missing = unfinished(ts)
            if missing:
                problems.append(f"{ts.name}: {len(missing)} untranslated, e.g. {missing[:3]}")
            qm = Path(tmp) / "fresh.qm"
            lrelease(ts, qm)
            shipped = ts.with_suffix(".qm")
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{shipped.name} is stale: run python packaging/translations.py")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("translations: complete and compiled")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument(
        "--fill",
        type=Path,
        action="append",
        help="JSON {source: translation} or {context: {source: translation}} (repeatable)",
    )
    parser.add_argument("--context")
    parser.add_argument("--lang", default="fr")
    args = parser.parse_args()
    if args.check:
        return check()
    ts = TRANSLATIONS / f"stratdesk_{args.lang}.ts"
    if args.fill:
        lupdate(ts)  # so that new sources exist to be filled
        for source in args.fill:
            table = json.loads(source.read_text(encoding="utf-8"))
            print(f"{source.name}: filled {fill(ts, table, args.context)} translations")
    for lang in LANGUAGES:
        path = TRANSLATIONS / f"stratdesk_{lang}.ts"
        lupdate(path)
        lrelease(path, path.with_suffix(".qm"))
        left = unfinished(path)
        print(f"{path.name}: {len(messages(path))} strings, {len(left)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
