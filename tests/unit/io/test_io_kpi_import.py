"""The KPI importer on real-world-shaped files: preview, column choice, row-numbered refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from stratdesk.io.kpi_import import ImportRefused, cell_text, plan_import, preview

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
D = dt.date


def _values(rows: list) -> list[tuple[int, dt.date, float]]:
    return [(row.row, row.day, row.value) for row in rows]


def test_preview_of_a_google_ads_export() -> None:
    shown = preview(SAMPLES / "google_ads_campaigns.csv", max_rows=3)
    assert shown.header[0] == "Day"
    assert shown.rows == (
        ("2024-03-01", "Brand", "1,204", "45,678", "2.64%", "0.45", "541.80"),
        ("2024-03-02", "Brand", "1,310", "47,002", "2.79%", "0.44", "576.40"),
        ("2024-03-03", "Brand", "987", "39,115", "2.52%", "0.47", "463.89"),
    )
    assert shown.row_numbers == (4, 5, 6)
    assert shown.total_rows == 7
    assert (shown.date_column, shown.value_column) == (0, 2)
    assert shown.header_row == 3 and shown.dropped_rows == (11, 12)


def test_preview_prefers_the_column_named_like_the_kpi() -> None:
    shown = preview(SAMPLES / "fr_semicolon_bom.csv", kpi_name="chiffre d’affaires")
    assert shown.value_column == 3  # typographic and straight apostrophes match
    named = preview(SAMPLES / "fr_semicolon_bom.csv", kpi_name="TAUX DE CONVERSION")
    assert named.value_column == 2


def test_preview_of_an_xlsx_shows_cells_as_text() -> None:
    shown = preview(SAMPLES / "xlsx_date_cells.xlsx")
    assert shown.rows[0] == ("2024-01-31", "12", "2,4 %")
    assert (shown.date_column, shown.value_column) == (0, 1)


def test_google_ads_clicks_skip_empty_days_and_totals() -> None:
    rows = plan_import(SAMPLES / "google_ads_campaigns.csv", skip_blank=True)
    assert _values(rows) == [
        (4, D(2024, 3, 1), 1204.0),
        (5, D(2024, 3, 2), 1310.0),
        (6, D(2024, 3, 3), 987.0),
        (8, D(2024, 3, 5), 1422.0),
        (9, D(2024, 3, 6), 1388.0),
        (10, D(2024, 3, 7), 1275.0),
    ]
    assert {row.source for row in rows} == {"google_ads_campaigns.csv"}


def test_google_ads_other_columns_by_name_and_number() -> None:
    ctr = plan_import(SAMPLES / "google_ads_campaigns.csv", "day", "ctr", skip_blank=True)
    assert [row.value for row in ctr] == pytest.approx([2.64, 2.79, 2.52, 2.83, 2.78, 2.75])
    # "45,678" alone is ambiguous; the file's other numbers ("541.80") settle it.
    impressions = plan_import(SAMPLES / "google_ads_campaigns.csv", 1, "4")
    assert impressions[0].value == 45678.0
    assert impressions[3].value == 0.0  # row 7: zero impressions is a value
    cost = plan_import(SAMPLES / "google_ads_campaigns.csv", value_col="Cost", source="Ads")
    assert [row.row for row in cost] == [4, 5, 6, 7, 8, 9, 10]
    assert cost[0].value == pytest.approx(541.80) and cost[0].source == "Ads"


def test_french_bom_semicolon_file() -> None:
    rows = plan_import(SAMPLES / "fr_semicolon_bom.csv", "date", "Chiffre d'affaires")
    assert _values(rows) == [
        (2, D(2024, 3, 1), pytest.approx(1234.56)),
        (3, D(2024, 3, 8), pytest.approx(1410.0)),
        (4, D(2024, 3, 15), pytest.approx(987.10)),
        (5, D(2024, 3, 22), pytest.approx(1600.20)),
    ]
    rates = plan_import(SAMPLES / "fr_semicolon_bom.csv", value_col="taux de conversion")
    assert [row.value for row in rates] == pytest.approx([2.5, 2.7, 3.1, 2.9])


def test_cp1252_file_matches_columns_without_case_or_accents() -> None:
    rows = plan_import(SAMPLES / "cp1252_euro.csv", "PERIODE", "depenses (€)")
    assert _values(rows) == [
        (2, D(2024, 2, 5), 1250.5),
        (3, D(2024, 2, 12), 2010.0),
        (4, D(2024, 2, 19), 980.75),
    ]
    clicks = plan_import(SAMPLES / "cp1252_euro.csv", 1, 3)
    assert [row.value for row in clicks] == [320.0, 415.0, 288.0]


def test_utf16_tab_export() -> None:
    rows = plan_import(SAMPLES / "utf16_tab.csv", "Semaine", "Clics")
    assert _values(rows) == [
        (4, D(2024, 1, 1), 410.0),
        (5, D(2024, 1, 8), 455.0),
        (6, D(2024, 1, 15), 398.0),
    ]
    assert plan_import(SAMPLES / "utf16_tab.csv")[0].value == 12500.0  # guessed: Impressions


def test_xlsx_with_serial_dates_and_a_title_row() -> None:
    rows = plan_import(SAMPLES / "xlsx_serial_dates.xlsx")
    assert _values(rows) == [
        (4, D(2024, 1, 1), 31.5),
        (5, D(2024, 2, 1), 33.0),
        (6, D(2024, 3, 1), 34.25),
        (7, D(2024, 4, 1), 36.0),
    ]


def test_xlsx_with_date_cells_and_french_text_numbers() -> None:
    rows = plan_import(SAMPLES / "xlsx_date_cells.xlsx", "Date", "Churn (%)", skip_blank=True)
    assert _values(rows) == [(2, D(2024, 1, 31), 2.4), (3, D(2024, 2, 29), 1.8)]


def test_a_bad_date_names_its_row_and_column() -> None:
    with pytest.raises(ImportRefused) as caught:
        plan_import(SAMPLES / "bad_date.csv")
    assert caught.value.row == 5
    assert str(caught.value) == ("Row 5: “31/02/2024” is not a valid date (column “Date”)")


def test_a_bad_number_names_its_row_and_column() -> None:
    with pytest.raises(ImportRefused) as caught:
        plan_import(SAMPLES / "bad_number.csv", "Date", "Valeur")
    assert caught.value.row == 6
    assert str(caught.value) == "Row 6: “douze” is not a number (column “Valeur”)"


@pytest.mark.parametrize("name", ["ragged.csv", "empty.csv", "header_only.csv"])
def test_broken_files_are_refused(name: str) -> None:
    with pytest.raises(ImportRefused):
        plan_import(SAMPLES / name)


def test_ragged_row_number_reaches_the_importer() -> None:
    with pytest.raises(ImportRefused, match=r"^Row 4: ") as caught:
        plan_import(SAMPLES / "ragged.csv", "Date", "Value")
    assert caught.value.row == 4


def test_an_unknown_column_lists_the_columns() -> None:
    with pytest.raises(ImportRefused) as caught:
        plan_import(SAMPLES / "fr_semicolon_bom.csv", "Date", "Conversions")
    assert caught.value.row is None
    assert "“Conversions”" in str(caught.value)
    assert "“Visites”" in str(caught.value) and "“Taux de conversion”" in str(caught.value)


@pytest.mark.parametrize("spec", [0, 5, "9"])
def test_a_column_number_out_of_range_is_refused(spec: int | str) -> None:
    with pytest.raises(ImportRefused, match="There is no column"):
        plan_import(SAMPLES / "fr_semicolon_bom.csv", "Date", spec)


def test_the_same_column_for_date_and_value_is_refused() -> None:
    with pytest.raises(ImportRefused, match="must differ"):
        plan_import(SAMPLES / "fr_semicolon_bom.csv", "Date", 1)


def test_a_value_without_a_date_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nodate.csv"
    path.write_text("Date;Valeur\n01/03/2024;1\n;2\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"Row 3: the date is empty \(column “Date”\)"):
        plan_import(path)


def test_a_file_without_any_value_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "novalues.csv"
    path.write_text("Date;Valeur\n01/03/2024;--\n02/03/2024;--\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="2 rows have no value"):
        plan_import(path, "Date", "Valeur")
    with pytest.raises(ImportRefused, match="No row has both"):
        plan_import(path, "Date", "Valeur", skip_blank=True)


def test_a_value_too_large_for_a_kpi_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Date;Valeur\n01/03/2024;1\n02/03/2024;1e16\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"Row 3: 1e16 is too large"):
        plan_import(path, "Date", "Valeur")


def test_no_guessable_column_asks_for_one(tmp_path: Path) -> None:
    path = tmp_path / "words.csv"
    path.write_text("Quand,Combien\n2024-03-01,beaucoup\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="Which column holds the values"):
        plan_import(path)
    path.write_text("Nom,Combien\nx,12\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="Which column holds the dates"):
        plan_import(path)


def test_month_first_dates_on_request(tmp_path: Path) -> None:
    path = tmp_path / "us.csv"
    path.write_text("Date,Value\n03/31/2024,1.5\n", encoding="utf-8")
    assert plan_import(path, day_first=False)[0].day == D(2024, 3, 31)


def test_too_long_a_source_is_refused() -> None:
    with pytest.raises(ImportRefused, match="source is too long"):
        plan_import(SAMPLES / "fr_semicolon_bom.csv", source="x" * 201)


def test_cell_text() -> None:
    assert cell_text(None) == ""
    assert cell_text(dt.datetime(2024, 3, 1)) == "2024-03-01"
    assert cell_text(dt.datetime(2024, 3, 1, 9, 30)) == "2024-03-01 09:30:00"
    assert cell_text(12.0) == "12"
    assert cell_text(12.5) == "12.5"
