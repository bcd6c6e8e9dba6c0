"""Which backup folder belongs to which plan: by the plan's identity, not only by its path.

A plan file that carries a uuid (the `plan.uuid` column) keeps its backups in a folder named
after that uuid, so they stay reachable when the file is moved or renamed. A file without one
(older schemas) uses a short hash of its absolute path, as before; once it gains a uuid its
path folder is renamed to the uuid folder. Each folder's `index.json` records the plan's last
path, so the backups of a file whose uuid cannot be read (a damaged file) are found too.

A plan file copied with the file manager carries the same uuid as its original: when both
files exist, the copy is given an identity of its own on opening (`renew_identity_of_copy`),
so the two never share (and thin away) each other's backups.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import uuid
from pathlib import Path

from stratdesk.db.engine import connect

INDEX_NAME = "index.json"
_UUID = re.compile(r"^[0-9a-f]{32}$")


def _stem(plan_path: Path) -> str:
    stem = re.sub(r"[\x00-\x1f<>:\"/\\|?*]", "_", Path(plan_path).stem)[:40].strip(" .")
    return stem or "plan"


def path_digest(plan_path: Path) -> str:
    absolute = os.path.normcase(os.path.abspath(plan_path))
    return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def folder_name(plan_path: Path) -> str:
    """The path-based folder: the plan's stem (shortened) plus a hash of its absolute path."""
    return f"{_stem(plan_path)}-{path_digest(plan_path)}"


def read_plan_uuid(plan_path: Path) -> str | None:
    """The file's plan uuid (32 hex digits) with plain SQL; None when it has none or is unreadable.

    Checks the column first (PRAGMA table_info): files from before it was added have none.
    """
    try:
        connection = connect(Path(plan_path), read_only=True)
    except sqlite3.Error:
        return None
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(plan)")}
        if "uuid" not in columns:
            return None
        row = connection.execute("SELECT uuid FROM plan ORDER BY id LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    value = row[0] if row else None
    if not isinstance(value, str):
        return None
    value = value.replace("-", "").lower()
    return value if _UUID.match(value) else None


def resolve_folder(root: Path, plan_path: Path, plan_uuid: str | None) -> Path:
    """The folder for this plan's backups (not created here)."""
    by_path = root / folder_name(plan_path)
    if plan_uuid is None:
        return by_path
    existing = sorted(p for p in _folders(root) if p.name.endswith(f"-{plan_uuid}"))
    if existing:
        return existing[0]
    target = root / f"{_stem(plan_path)}-{plan_uuid}"
    if by_path.is_dir():
        try:
            os.rename(by_path, target)  # the plan gained an identity: its backups follow it
        except OSError:
            return by_path
    return target


def folders_for_path(root: Path, plan_path: Path) -> list[Path]:
    """Folders whose index says they hold backups of the file now at `plan_path`."""
    wanted = str(Path(plan_path).absolute())
    found = []
    for folder in _folders(root):
        try:
            data = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("plan") == wanted:
            found.append(folder)
    return found


def _folders(root: Path) -> list[Path]:
    try:
        return [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return []


def copy_of(root: Path, plan_path: Path, plan_uuid: str) -> Path | None:
    """The file that `plan_path` is a copy of, or None.

    The uuid's backup folder records the path it last belonged to: when another file is still
    there with the same uuid, `plan_path` is a copy. A moved or renamed plan leaves no file
    with its uuid behind, so it keeps its identity (and its backups).
    """
    here = Path(plan_path).absolute()
    for folder in _folders(root):
        if not folder.name.endswith(f"-{plan_uuid}"):
            continue
        try:
            data = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        recorded = data.get("plan") if isinstance(data, dict) else None
        if not isinstance(recorded, str) or Path(recorded).absolute() == here:
            continue
        other = Path(recorded)
        try:
            if not other.exists() or os.path.samefile(other, here):
                continue
        except OSError:
            continue
        if read_plan_uuid(other) == plan_uuid:
            return other
    return None


def renew_identity_of_copy(root: Path, plan_path: Path) -> str | None:
    """Give `plan_path` a new uuid if it is a copy of another plan file; the new uuid or None.

    Call with the file locked and checked (it writes one value, in one transaction).
    """
    current = read_plan_uuid(plan_path)
    if current is None or copy_of(root, plan_path, current) is None:
        return None
    fresh = uuid.uuid4().hex
    connection = connect(Path(plan_path))
    try:
        with connection:
            connection.execute(
                "UPDATE plan SET uuid = ? WHERE id = (SELECT min(id) FROM plan)", (fresh,)
            )
    finally:
        connection.close()
    return fresh
