"""Reading real-world-shaped CSV and XLSX exports into one table."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from stratdesk.io.errors import ImportRefused
from stratdesk.io.tabular import read_table
from stratdesk.io.text_sniffing import decode, sniff_delimiter
from stratdesk.io.xlsx_reading import defused

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
NBSP = "\u00a0"


def test_google_ads_export_skips_title_rows_and_totals() -> None:
    table = read_table(SAMPLES / "google_ads_campaigns.csv")
    assert table.header[:3] == ("Day", "Campaign", "Clicks")
    assert table.header_row == 3
    assert table.row_numbers == (4, 5, 6, 7, 8, 9, 10)
    assert table.dropped_rows == (11, 12)
    assert table.delimiter == ","
    assert table.encoding == "utf-8"
    assert table.rows[0][2] == "1,204"


def test_french_semicolon_file_with_bom() -> None:
    table = read_table(SAMPLES / "fr_semicolon_bom.csv")
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ";"
    assert table.header[0] == "Date"  # no BOM glued to the first name
    assert table.header[3] == "Chiffre d'affaires"
    assert table.row_numbers == (2, 3, 4, 5)
    assert table.dropped_rows == (6,)
    assert table.rows[0][1] == f"1{NBSP}234"


def test_cp1252_file_with_euro_and_nbsp() -> None:
    table = read_table(SAMPLES / "cp1252_euro.csv")
    assert table.encoding == "cp1252"
    assert table.header == ("Période", "Dépenses (€)", "Clics")
    assert table.rows[0][1] == f"1{NBSP}250,50 €"
    assert table.row_numbers == (2, 3, 4)
    assert table.dropped_rows == (6,)  # "Total général", after a blank row


def test_utf16_tab_separated_export() -> None:
    table = read_table(SAMPLES / "utf16_tab.csv")
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert table.header == ("Semaine", "Impressions", "Clics")
    assert table.header_row == 3
    assert table.row_numbers == (4, 5, 6)
    assert table.dropped_rows == (7,)


def test_xlsx_with_a_title_row_and_serial_dates() -> None:
    table = read_table(SAMPLES / "xlsx_serial_dates.xlsx")
    assert table.header == ("Mois", "NPS", "Réponses")
    assert table.header_row == 3
    assert table.row_numbers == (4, 5, 6, 7)
    assert table.rows[0] == (45292, 31.5, 120)
    assert table.dropped_rows == (8,)
    assert table.encoding is None and table.delimiter is None


def test_xlsx_date_cells_come_back_as_datetimes() -> None:
    table = read_table(SAMPLES / "xlsx_date_cells.xlsx")
    assert table.rows[0][0] == dt.datetime(2024, 1, 31)


def test_ragged_row_is_refused_with_its_row_number() -> None:
    with pytest.raises(ImportRefused) as caught:
        read_table(SAMPLES / "ragged.csv")
    assert caught.value.row == 4
    assert str(caught.value).startswith("Row 4: ")
    assert "3 cells" in str(caught.value) and "has 2" in str(caught.value)


def test_a_short_csv_row_is_ragged_too(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("Date;Value;Source\n01/03/2024;1;a\n02/03/2024;2\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="Row 3: it has 2 cells") as caught:
        read_table(path)
    assert caught.value.row == 3


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.csv", None), ("blank.csv", b"\r\n\r\n  \r\n"), ("bom_only.csv", b"\xef\xbb\xbf")],
)
def test_empty_files_are_refused(tmp_path: Path, name: str, content: bytes | None) -> None:
    path = SAMPLES / name if content is None else tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ImportRefused, match="empty") as caught:
        read_table(path)
    assert caught.value.row is None


def test_header_only_is_refused() -> None:
    with pytest.raises(ImportRefused, match=r"no data rows under the header \(row 1\)"):
        read_table(SAMPLES / "header_only.csv")


def test_excel_padded_title_rows_and_quoted_newlines_keep_spreadsheet_row_numbers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "padded.csv"
    path.write_text(
        "Rapport mensuel;;\n"
        "Période;mars 2024;\n"
        ";;\n"
        "Date;Valeur;Note\n"
        '01/03/2024;12;"deux\nlignes"\n'
        "02/03/2024;13;\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.header_row == 4
    assert table.header == ("Date", "Valeur", "Note")
    assert table.row_numbers == (5, 6)  # the quoted newline is one spreadsheet row


def test_unnamed_header_cells_get_a_name(tmp_path: Path) -> None:
    path = tmp_path / "unnamed.csv"
    path.write_text("Date,,Value\n2024-03-01,x,1\n", encoding="utf-8")
    assert read_table(path).header == ("Date", "Column 2", "Value")


def test_a_table_without_a_two_cell_row_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "one_column.csv"
    path.write_text("Clicks\n12\n13\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="No header row"):
        read_table(path)


def test_old_xls_files_are_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(ImportRefused, match=r"\.xlsx or CSV"):
        read_table(path)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportRefused, match="ZIP archive, not a spreadsheet"):
        read_table(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="could not be read"):
        read_table(tmp_path / "nope.csv")


def _workbook_with_sheet_xml(path: Path, sheet_xml: str) -> None:
    source = path.with_suffix(".src.xlsx")
    book = Workbook()
    book.active.append(["Date", "Value"])  # type: ignore[union-attr]
    book.save(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode()
            new.writestr(item, data)


def test_xlsx_xml_is_parsed_with_defusedxml(tmp_path: Path) -> None:
    assert defused()
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c>'
        "</row></sheetData></worksheet>"
    )
    path = tmp_path / "laughs.xlsx"
    _workbook_with_sheet_xml(path, laughs)
    with pytest.raises(ImportRefused, match="unsafe XML"):
        read_table(path)


def test_xlsx_is_refused_when_defusedxml_is_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(ImportRefused, match="defusedxml"):
        read_table(SAMPLES / "xlsx_serial_dates.xlsx")


def test_decode_without_bom() -> None:
    text = "Date;Valeur\n01/03/2024;1 234,5 €\n"
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode(text.encode("utf-16-be")) == (text, "utf-16-be")
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(text.encode("cp1252")) == (text, "cp1252")
    # 0x81 is undefined in cp1252: Latin-1 still reads every byte.
    assert decode(b"a;b\n\x81;1\n")[1] == "latin-1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a;b;c\n1,5;2,5;3\n4,5;5;6\n", ";"),
        ("a,b,c\n1.5,2.5,3\n", ","),
        ("a\tb\n1,5\t2\n", "\t"),
        ('Report\n"1 Mar, 2024 - 7 Mar, 2024"\nDay,Clicks\n2024-03-01,"1,204"\n', ","),
    ],
)
def test_sniff_delimiter(text: str, expected: str) -> None:
    assert sniff_delimiter(text) == expected
