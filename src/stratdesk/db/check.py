"""`stratdesk check FILE`: is this plan file sound? Reads only, never writes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from stratdesk.db.damage import restore_hint
from stratdesk.db.engine import connect
from stratdesk.db.identify import FileKind, identify, refusal_message
from stratdesk.i18n import translate

# Kinds that are a stratdesk plan whose pages can be checked.
_CHECKABLE = frozenset({FileKind.CURRENT, FileKind.NEEDS_MIGRATION, FileKind.NEWER})
_MAX_MESSAGES = 100


class _Identity(TypedDict):
    """The fields of a `CheckReport` that say what the file is."""

    path: Path
    kind: FileKind
    schema_version: int | None
    revision: str | None


@dataclass(frozen=True)
class CheckReport:
    path: Path
    ok: bool
    kind: FileKind
    schema_version: int | None
    revision: str | None
    integrity: tuple[str, ...] = ()  # problems from PRAGMA integrity_check (empty when ok)
    foreign_keys: tuple[str, ...] = field(default=())  # rows breaking a foreign key
    summary: str = ""


def check_file(path: Path) -> CheckReport:
    """Identify `path` and, for a plan, run SQLite's integrity and foreign-key checks."""
    identity = identify(Path(path))
    base: _Identity = {
        "path": identity.path,
        "kind": identity.kind,
        "schema_version": identity.user_version,
        "revision": identity.revision,
    }
    if identity.kind not in _CHECKABLE:
        summary = refusal_message(identity) or _not_checkable(identity.kind, identity.path)
        return CheckReport(ok=False, summary=summary, **base)
    try:
        integrity, foreign_keys = _run_checks(identity.path)
    except sqlite3.Error as error:
        text = translate("PlanFile", "“{name}” cannot be read: {reason}")
        summary = f"{text.format(name=identity.path.name, reason=error)} {restore_hint(path)}"
        return CheckReport(ok=False, integrity=(str(error),), summary=summary, **base)
    ok = not integrity and not foreign_keys
    summary = _summary(identity.path, identity.kind, ok, identity.user_version)
    if not ok:  # say which backup can be brought back, and how
        summary = f"{summary} {restore_hint(identity.path)}"
    return CheckReport(
        ok=ok,
        integrity=integrity,
        foreign_keys=foreign_keys,
        summary=summary,
        **base,
    )


def _run_checks(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    connection = connect(path, read_only=True)
    try:
        rows = connection.execute(f"PRAGMA integrity_check({_MAX_MESSAGES})").fetchall()
        integrity = tuple(str(row[0]) for row in rows if row[0] != "ok")
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        foreign_keys = tuple(
            f"{table} row {rowid}: no {parent} for foreign key #{fkid}"
            for table, rowid, parent, fkid in problems[:_MAX_MESSAGES]
        )
    finally:
        connection.close()
    return integrity, foreign_keys


def _not_checkable(kind: FileKind, path: Path) -> str:
    if kind is FileKind.NEEDS_RECOVERY:
        text = translate(
            "PlanFile",
            "“{name}” was not closed properly; open it in stratdesk once to recover it.",
        )
    else:
        text = translate("PlanFile", "“{name}” cannot be checked.")
    return text.format(name=path.name)


def _summary(path: Path, kind: FileKind, ok: bool, version: int | None) -> str:
    if not ok:
        text = translate(
            "PlanFile",
            "“{name}” is damaged: see the problems listed. Its automatic backups may help.",
        )
    elif kind is FileKind.NEWER:
        text = translate(
            "PlanFile", "“{name}” is sound, but from a newer stratdesk (schema {version})."
        )
    elif kind is FileKind.NEEDS_MIGRATION:
        text = translate(
            "PlanFile",
            "“{name}” is sound; it will be updated (schema {version}) when next opened.",
        )
    else:
        text = translate("PlanFile", "“{name}” is sound (schema {version}).")
    return text.format(name=path.name, version=version)
