"""Imports that used to fail with a raw csv error, and the streamed import's progress and
cancel: old Mac line endings are read, binary is refused in a sentence, a cancelled import
writes nothing."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from stratdesk.io.kpi_import import ImportCancelled, ImportRefused, import_file, plan_import
from stratdesk.io.tabular import read_table
from stratdesk.services.changes import ChangeSet
from stratdesk.services.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(
        tmp_path / "plan.stratdesk", {"name": "Acme"}, {"title": "Plan", "start_year": 2024}
    )
    yield ws
    ws.close()


def _export(path: Path, rows: int) -> Path:
    lines = ["Jour;Clics\n"]
    start = dt.date(2024, 1, 1)
    lines += [f"{start + dt.timedelta(days=i % 900):%d/%m/%Y};{i}\n" for i in range(rows)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_old_mac_line_endings_are_read(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"Date;Valeur\r01/03/2024;12,5\r02/03/2024;13\r")
    table = read_table(path)
    assert table.header == ("Date", "Valeur") and table.row_numbers == (2, 3)
    assert [row.value for row in plan_import(path)] == [12.5, 13.0]


@pytest.mark.parametrize("size", [3_000, 300_000])
def test_binary_data_without_nul_bytes_is_refused_in_a_sentence(tmp_path: Path, size: int) -> None:
    data = bytes(b for b in os.urandom(size * 2) if b)[:size]  # random bytes, none of them NUL
    path = tmp_path / "photo.csv"
    path.write_bytes(data)
    with pytest.raises(ImportRefused, match="binary data"):
        plan_import(path)


def test_a_line_csv_cannot_read_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "huge_field.csv"
    path.write_text('Date;Valeur\n01/03/2024;"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(ImportRefused, match="cannot be read as CSV") as caught:
        plan_import(path)
    assert caught.value.row == 2


def test_a_late_byte_that_is_not_utf8_switches_the_whole_file_to_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    body = "".join(f"0{1 + i % 9}/03/2024;{i}\n" for i in range(60_000))  # > the 1 MB head
    path.write_bytes(
        ("Date;Dépenses\n" + body).encode("utf-8") + "02/04/2024;5 €\n".encode("cp1252")
    )
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.header == ("Date", "DÃ©penses")  # what cp1252 makes of the UTF-8 bytes
    assert table.rows[-1] == ("02/04/2024", "5 €")


def test_a_streamed_import_reports_progress_and_writes_in_one_transaction(
    workspace: Workspace, tmp_path: Path
) -> None:
    kpi = workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})
    seen: list[ChangeSet] = []
    workspace.hub.subscribe(seen.append)
    shares: list[float] = []
    path = _export(tmp_path / "big.csv", 12_000)
    result = import_file(workspace.services.kpi_measurements, kpi.id, path, progress=shares.append)
    assert result.added == 12_000 and len(result.ids) == 12_000
    assert shares == sorted(shares) and shares[-1] == 1.0 and len(shares) > 3
    assert len(seen) == 1  # one transaction, one change set
    again = import_file(workspace.services.kpi_measurements, kpi.id, path)
    assert (again.added, again.skipped) == (0, 12_000)


def test_a_cancelled_import_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    kpi = workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})
    path = _export(tmp_path / "big.csv", 12_000)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # after a few batches were written in the transaction

    with pytest.raises(ImportCancelled, match="nothing was written"):
        import_file(workspace.services.kpi_measurements, kpi.id, path, cancelled=cancelled)
    assert workspace.services.kpi_measurements.list(kpi.id) == []


def test_a_bad_row_late_in_a_big_file_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    kpi = workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})
    path = _export(tmp_path / "big.csv", 12_000)
    with path.open("a", encoding="utf-8") as out:
        out.write("31/02/2024;5\n")
    with pytest.raises(ImportRefused) as caught:
        import_file(workspace.services.kpi_measurements, kpi.id, path)
    assert caught.value.row == 12_002
    assert workspace.services.kpi_measurements.list(kpi.id) == []


def test_a_day_far_from_the_plan_names_its_file_row(workspace: Workspace, tmp_path: Path) -> None:
    kpi = workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})
    path = tmp_path / "typo.csv"
    path.write_text("Date;Valeur\n01/03/2024;1\n01/03/0024;2\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="too far from the plan's years") as caught:
        import_file(workspace.services.kpi_measurements, kpi.id, path)
    assert caught.value.row == 3
    assert workspace.services.kpi_measurements.list(kpi.id) == []
