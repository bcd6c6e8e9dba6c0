"""The workbook read back with openpyxl: one sheet per area, header frozen with filters,
numbers as numbers, dates as dates, money in the plan's currency format, budgets that add up
to the plan's, and texts that no spreadsheet would run as formulas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from stratdesk.io.xlsx_export import export_workbook
from stratdesk.services.workspace import Workspace

RISKY = ['=HYPERLINK("http://x","y")', "+33 1 23", "-2 points", "@SUM(A1)", "\tx", "\ry"]


def _write(plan: Path, target: Path, language: str = "en") -> Path:
    with Workspace.open(plan, read_only=True) as workspace:
        export_workbook(workspace.services, workspace.plan_id, target, language=language)
    return target


def _column(sheet, title: str) -> list:
    header = [cell.value for cell in sheet[1]]
    index = header.index(title)
    return [row[index] for row in sheet.iter_rows(min_row=2)]


def test_the_demo_workbook_reads_back(demo_plans, tmp_path) -> None:
    path = _write(demo_plans["en"], tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "PESTEL", "Competitors", "Five forces", "SWOT", "TOWS", "Segments", "Objectives",
        "Key results", "Roadmap", "Mix actions", "Campaigns", "Experiments", "KPIs",
        "KPI periods", "Measurements",
    ]  # fmt: skip
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert all(sheet.column_dimensions[c.column_letter].width >= 8 for c in sheet[1])
    with Workspace.open(demo_plans["en"], read_only=True) as workspace:
        s, plan_id = workspace.services, workspace.plan_id
        campaigns = s.campaigns.list(plan_id)
        mix = s.mix.list(plan_id)
    planned = _column(book["Campaigns"], "Planned budget")
    assert all(isinstance(cell.value, int | float) for cell in planned)
    assert round(sum(c.value for c in planned) * 100) == sum(
        c.budget_planned_cents for c in campaigns
    )
    actual = _column(book["Campaigns"], "Actual spend")
    assert round(sum(c.value or 0 for c in actual) * 100) == sum(
        c.budget_actual_cents for c in campaigns
    )
    assert "€" in planned[0].number_format
    mix_planned = _column(book["Mix actions"], "Planned budget")
    assert round(sum(c.value or 0 for c in mix_planned) * 100) == sum(
        a.budget_planned_cents for a in mix
    )
    starts = _column(book["Campaigns"], "Start")
    assert all(isinstance(cell.value, dt.datetime) and cell.is_date for cell in starts)
    assert sorted(c.value.date() for c in starts) == sorted(c.start for c in campaigns)
    sizes = _column(book["Segments"], "Size")
    assert all(isinstance(c.value, int) and c.number_format == "#,##0" for c in sizes)
    periods = book["KPI periods"]
    assert periods.max_row > 100
    assert isinstance(_column(periods, "Target")[0].value, int | float)


def test_french_headers_and_money_format(demo_plans, tmp_path) -> None:
    book = openpyxl.load_workbook(_write(demo_plans["fr"], tmp_path / "fr.xlsx", "fr"))
    assert "Campagnes" in book.sheetnames
    header = [cell.value for cell in book["Campagnes"][1]]
    money = book["Campagnes"].cell(2, header.index("Budget prévu") + 1)
    assert money.number_format.startswith("#,##0.00") and "€" in money.number_format


@pytest.fixture
def risky_plan(tmp_path: Path) -> Path:
    path = tmp_path / "risky.stratdesk"
    data = {"title": "Plan", "start_year": 2026, "horizon_years": 1, "currency": "USD"}
    with Workspace.create(path, {"name": "Acme"}, data) as workspace:
        for n, text in enumerate(RISKY):
            workspace.services.campaigns.create(
                workspace.plan_id,
                {
                    "name": f"C{n}",
                    "notes": text,
                    "start": dt.date(2026, 1, 1),
                    "end": dt.date(2026, 1, 2),
                    "budget_planned_cents": 123_45,
                },
            )
        workspace.services.segments.create(workspace.plan_id, {"name": "=1+1"})
    return path


def test_texts_that_look_like_formulas_stay_texts(risky_plan, tmp_path) -> None:
    path = _write(risky_plan, tmp_path / "risky.xlsx")
    book = openpyxl.load_workbook(path)
    notes = _column(book["Campaigns"], "Notes")
    # The plan's texts are stored trimmed: "\tx" and "\ry" come back as "x" and "y".
    assert [cell.value for cell in notes] == [text.strip() for text in RISKY]
    for cell in notes[:4]:
        assert cell.data_type == "s" and cell.quotePrefix  # shown as text, never evaluated
    segment = book["Segments"].cell(2, 1)
    assert segment.value == "=1+1" and segment.data_type == "s" and segment.quotePrefix
    assert _column(book["Campaigns"], "Planned budget")[0].value == 123.45
    assert "$" in _column(book["Campaigns"], "Planned budget")[0].number_format
    formulas = openpyxl.load_workbook(path, data_only=False)
    assert all(c.data_type != "f" for sheet in formulas for row in sheet.iter_rows() for c in row)


def test_a_leading_tab_or_carriage_return_is_quoted_too(tmp_path) -> None:
    from stratdesk.io.xlsx_cells import text_cell

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("S")
    sheet.append([text_cell(sheet, text) for text in RISKY] + [text_cell(sheet, "plain")])
    book.save(tmp_path / "cells.xlsx")
    cells = list(openpyxl.load_workbook(tmp_path / "cells.xlsx")["S"][1])
    # XML reads a carriage return back as a line feed; the cell is a quoted string either way.
    assert [c.value for c in cells] == [*RISKY[:5], "\ny", "plain"]
    assert [c.quotePrefix for c in cells] == [True] * len(RISKY) + [False]
    assert all(c.data_type == "s" for c in cells)
