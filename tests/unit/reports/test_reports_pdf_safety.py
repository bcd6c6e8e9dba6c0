"""The PDF of a made-up plan: user texts that look like reportlab markup print literally and
add no link, image or font change; a new plan prints its cover and nothing empty; very long
texts split across pages; options (sections, summary only, paper); a failure or a cancel
leaves no file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from stratdesk.io.atomic_file import ExportRefused
from stratdesk.reports import pdf as pdf_module
from stratdesk.reports.findings import Finding
from stratdesk.reports.options import ReportOptions
from stratdesk.reports.pdf import write_pdf
from stratdesk.services.workspace import Workspace

D = dt.date
TRICKY = [
    "R&D <b>",
    '<img src="logo.png" width="50" height="50"/>',
    '<a href="javascript:alert(1)">click</a>',
    '<font color="red" size="30">big</font>',
    '<link href="https://example.com">here</link>',
]
LONG = "\n".join(f"Line {n}: " + "a long sentence of the plan, " * 10 for n in range(32))


def _plan(tmp_path: Path, name: str = "plan") -> Path:
    path = tmp_path / f"{name}.stratdesk"
    data = {"title": "Plan 2026", "start_year": 2026, "horizon_years": 1, "currency": "EUR"}
    Workspace.create(path, {"name": "Brûlerie & Cie"}, data).close()
    return path


@pytest.fixture
def tricky_plan(tmp_path: Path) -> Path:
    path = _plan(tmp_path, "tricky")
    with Workspace.open(path) as workspace:
        s, plan_id = workspace.services, workspace.plan_id
        for text in TRICKY:
            s.segments.create(plan_id, {"name": text, "description": "first\nsecond line"})
            s.competitors.create(plan_id, {"name": text, "strengths": text})
            s.swot.create(plan_id, {"quadrant": "S", "text": text})
            s.campaigns.create(
                plan_id, {"name": text, "start": D(2026, 3, 1), "end": D(2026, 3, 20)}
            )
        s.mix.create(plan_id, {"p": "product", "title": "Long", "description": LONG})
        s.objectives.create(plan_id, {"statement": TRICKY[2]})
    return path


def _uris_and_images(reader: PdfReader) -> tuple[list[object], int]:
    actions, images = [], 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            if action is not None:
                action = action.get_object()
                if action.get("/S") != "/GoTo":
                    actions.append(action)
        xobjects = page["/Resources"].get("/XObject") or {}
        images += sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
    return actions, images


def test_markup_in_user_texts_prints_literally(tricky_plan, tmp_path, pdf_of) -> None:
    pdf = pdf_of(tricky_plan, tmp_path / "tricky.pdf", ReportOptions(language="en"))
    text = re.sub(r"\s+", " ", pdf.text)
    for tricky in TRICKY:
        assert re.sub(r"\s+", " ", tricky) in text, tricky
    actions, images = _uris_and_images(pdf.reader)
    assert actions == [] and images == 0  # internal "go to" links (the contents) only
    assert "first\nsecond line" in pdf.text  # the plan's line breaks are kept
    assert "Line 31:" in pdf.text  # the long description split across pages, complete


def test_a_new_plan_prints_a_cover_and_skips_empty_sections(tmp_path, pdf_of) -> None:
    pdf = pdf_of(_plan(tmp_path), tmp_path / "new.pdf", ReportOptions(language="en"))
    assert "Brûlerie & Cie" in pdf.pages[0] and "Plan 2026" in pdf.pages[0]
    for absent in ("Strategy summary", "Contents", "Environment", "Segments", "KPIs"):
        assert absent not in pdf.text
    assert len(pdf.pages) == 1  # the cover alone: no page left empty


def test_sections_summary_only_and_letter(tricky_plan, tmp_path, pdf_of) -> None:
    some = pdf_of(
        tricky_plan,
        tmp_path / "some.pdf",
        ReportOptions(language="fr", sections=("segments",), paper="letter"),
    )
    assert "Segments" in some.text and "Campagnes et budget" not in some.text
    box = some.reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    summary = pdf_of(
        tricky_plan, tmp_path / "s.pdf", ReportOptions(language="en", summary_only=True)
    )
    assert (
        "Strategy summary" in summary.text
        and "Segments" not in summary.text.split("Strategy summary")[0]
    )
    assert len(summary.pages) <= 3


def test_findings_are_printed_from_the_seam(tricky_plan, tmp_path, pdf_of, monkeypatch):
    found = [Finding("Orphan campaign", TRICKY[0], "serves no objective")]
    monkeypatch.setattr(pdf_module, "gather_findings", lambda services, plan_id, today=None: found)
    pdf = pdf_of(tricky_plan, tmp_path / "f.pdf", ReportOptions(language="en"))
    assert "Alignment findings" in pdf.text
    assert "serves no objective" in pdf.text and "Orphan campaign" in pdf.text


def test_a_cancel_or_a_failure_leaves_no_file(tricky_plan, tmp_path) -> None:
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()

    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    with Workspace.open(tricky_plan, read_only=True) as workspace:
        with pytest.raises(Stop):
            write_pdf(workspace.services, workspace.plan_id, target, progress=cancel)
        assert list(target.parent.iterdir()) == []
        with pytest.raises(ExportRefused, match="does not exist"):
            write_pdf(workspace.services, workspace.plan_id, tmp_path / "gone" / "p.pdf")
        seen: list[tuple[int, int]] = []
        write_pdf(
            workspace.services,
            workspace.plan_id,
            target,
            progress=lambda d, t: seen.append((d, t)),
        )
    assert [path.name for path in target.parent.iterdir()] == ["plan.pdf"]
    assert seen[-1][0] == seen[-1][1] and seen == sorted(seen)


def test_a_long_roadmap_splits_with_its_lanes_repeated(tmp_path, pdf_of) -> None:
    path = _plan(tmp_path, "roadmap")
    with Workspace.open(path) as workspace:
        s, plan_id = workspace.services, workspace.plan_id
        lanes = [s.roadmap_lanes.create(plan_id, {"name": f"Lane {n}"}).id for n in range(4)]
        for n in range(120):
            start = D(2026, 1, 1) + dt.timedelta(days=(n * 37) % 300)
            s.roadmap.create(
                plan_id,
                {
                    "title": f"Item {n}",
                    "lane_id": lanes[n % 4],
                    "start": start,
                    "end": start + dt.timedelta(days=20 + n % 30),
                },
            )
    pdf = pdf_of(
        path, tmp_path / "roadmap.pdf", ReportOptions(language="en", sections=("roadmap",))
    )
    gantt_pages = [page for page in pdf.pages if "Today" in page]
    assert len(gantt_pages) >= 2
    for page in gantt_pages:  # every page of the chart shows its time scale again
        assert "Jan" in page and "Dec" in page
    boxes = {round(float(p.mediabox.width)) for p in pdf.reader.pages}
    assert 842 in boxes  # landscape A4 for the chart
    assert "Lane 3" in pdf.pages[-1] or any("Lane 3" in page for page in gantt_pages[1:])


def _png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), "#C0392B").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(("logo", "images"), [(_png(), 1), (b"not an image", 0)])
def test_the_cover_shows_the_clients_logo_when_it_has_one(tmp_path, pdf_of, logo, images):
    path = tmp_path / "logo.stratdesk"
    data = {"title": "Plan", "start_year": 2026, "horizon_years": 1, "consultant": "Ana Ruiz"}
    client = {"name": "Acme", "logo": logo, "brand_colour": "#C0392B"}
    Workspace.create(path, client, data).close()
    pdf = pdf_of(path, tmp_path / "logo.pdf", ReportOptions(language="en"))
    actions, found = _uris_and_images(pdf.reader)
    assert found == images and actions == []
    assert "Ana Ruiz" in pdf.pages[0]
    cover = pdf.reader.pages[0].get_contents().get_data()
    assert b".752941 .223529 .168627 rg" in cover  # the band in the brand colour #C0392B
