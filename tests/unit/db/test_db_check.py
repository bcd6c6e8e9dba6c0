"""`check_file` says whether a plan file is sound, and never writes to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from stratdesk.db import schema
from stratdesk.db.check import check_file
from stratdesk.db.identify import FileKind


def test_sound_plan(plan_path: Path, file_hash: Callable[[Path], str]) -> None:
    before = file_hash(plan_path)
    report = check_file(plan_path)
    assert report.ok
    assert report.kind is FileKind.CURRENT
    assert report.schema_version == schema.SCHEMA_VERSION
    assert report.revision == schema.head_revision()
    assert report.integrity == () and report.foreign_keys == ()
    assert "sound" in report.summary and plan_path.name in report.summary
    assert file_hash(plan_path) == before
    assert {p.name for p in plan_path.parent.iterdir()} - {"userdata"} == {"plan.stratdesk"}


def test_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "notes.stratdesk"
    path.write_text("hello", encoding="utf-8")
    report = check_file(path)
    assert not report.ok
    assert report.kind is FileKind.NOT_SQLITE
    assert "not a stratdesk plan" in report.summary


def test_broken_foreign_keys(plan_path: Path, file_hash: Callable[[Path], str]) -> None:
    conn = sqlite3.connect(plan_path)  # foreign keys are off by default in plain sqlite3
    conn.execute(
        "INSERT INTO swot_item (quadrant, text, weight, votes, plan_id, position) "
        "VALUES ('THREAT', 'orphan', 3, 0, 42, 0)"
    )
    conn.commit()
    conn.close()
    before = file_hash(plan_path)
    report = check_file(plan_path)
    assert not report.ok
    assert report.integrity == ()
    assert len(report.foreign_keys) == 1 and "swot_item" in report.foreign_keys[0]
    assert "damaged" in report.summary
    assert file_hash(plan_path) == before


def test_damaged_pages(plan_path: Path, file_hash: Callable[[Path], str]) -> None:
    conn = sqlite3.connect(plan_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'swot_item'").fetchone()
    conn.close()
    data = bytearray(plan_path.read_bytes())
    start = (root[0] - 1) * page_size
    data[start + 8 : start + page_size] = b"\x5a" * (page_size - 8)  # scramble its cells
    plan_path.write_bytes(bytes(data))
    before = file_hash(plan_path)
    report = check_file(plan_path)
    assert not report.ok
    assert report.integrity
    assert file_hash(plan_path) == before
