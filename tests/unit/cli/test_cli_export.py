"""`stratdesk export ics FILE -o OUT.ics`: the calendar written, or refused with nothing
written and a sentence on stderr."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from stratdesk.cli import main
from stratdesk.services.workspace import Workspace


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.stratdesk"
    data = {"title": "Plan", "start_year": 2026, "horizon_years": 1}
    with Workspace.create(path, {"name": "Acme"}, data) as workspace:
        for n in range(3):
            day = dt.date(2026, n + 1, 10)
            workspace.services.campaigns.create(
                workspace.plan_id, {"name": f"C{n}", "start": day, "end": day}
            )
    return path


def test_export_ics_writes_every_campaign(plan: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "campaigns.ics"
    assert main(["--lang", "en", "export", "ics", str(plan), "-o", str(out)]) == 0
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["C0", "C1", "C2"]
    assert capsys.readouterr().out.strip() == f"3 campaigns written to {out}"


def test_export_ics_refuses_a_missing_folder(plan: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "missing" / "campaigns.ics"
    assert main(["export", "ics", str(plan), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    assert not out.parent.exists()


def test_export_ics_refuses_a_missing_plan(tmp_path: Path, capsys) -> None:
    out = tmp_path / "campaigns.ics"
    assert main(["export", "ics", str(tmp_path / "nope.stratdesk"), "-o", str(out)]) == 1
    assert "No such file" in capsys.readouterr().err
    assert not out.exists()


def test_the_export_group_lists_its_kinds(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "ics" in capsys.readouterr().out


def test_export_pdf_with_its_options(plan: Path, tmp_path: Path, capsys) -> None:
    from pypdf import PdfReader

    out = tmp_path / "plan.pdf"
    args = ["--lang", "en", "export", "pdf", str(plan), "-o", str(out)]
    assert main([*args, "--lang", "fr", "--paper", "letter", "--sections", "campaigns"]) == 0
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Campagnes et budget" in text and "C2" in text
    assert round(float(reader.pages[0].mediabox.width)) == 612  # letter
    pages = len(reader.pages)
    assert capsys.readouterr().out.strip() == f"PDF of {pages} pages written to {out}"
    assert main([*args, "--summary-only"]) == 0
    assert "Campaigns and budget" not in "".join(p.extract_text() for p in PdfReader(out).pages)


def test_export_pdf_refuses_an_unknown_section(plan: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "plan.pdf"
    assert main(["export", "pdf", str(plan), "-o", str(out), "--sections", "nope"]) == 1
    assert "nope" in capsys.readouterr().err and not out.exists()


def test_export_xlsx_writes_the_workbook(plan: Path, tmp_path: Path, capsys) -> None:
    import openpyxl

    out = tmp_path / "plan.xlsx"
    assert main(["--lang", "en", "export", "xlsx", str(plan), "-o", str(out), "--lang", "en"]) == 0
    book = openpyxl.load_workbook(out)
    names = [row[0].value for row in book["Campaigns"].iter_rows(min_row=2)]
    assert names == ["C0", "C1", "C2"]
    assert capsys.readouterr().out.strip().endswith(f"sheets written to {out}")
