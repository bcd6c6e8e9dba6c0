"""What a KPI import guesses and what it asks: the value column from the KPI's unit and name,
rows without a value, a decimal separator the file does not settle, days another source
already holds, and files that are not what they claim to be."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from stratdesk.io.kpi_import import (
    AmbiguousDecimal,
    BlankValues,
    ExistingValues,
    ImportRefused,
    import_file,
    plan_import,
    prepare,
    preview,
)
from stratdesk.services.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
D = dt.date


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(
        tmp_path / "plan.stratdesk", {"name": "Acme"}, {"title": "Plan", "start_year": 2024}
    )
    yield ws
    ws.close()


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- the value column ----------------------------------------------------------------------
SHOP = "Date;Commandes;Chiffre d'affaires\n01/03/2024;12;1 234,50 €\n02/03/2024;9;980,10 €\n"


def test_a_currency_kpi_gets_the_revenue_column_not_the_order_count(tmp_path: Path) -> None:
    path = _write(tmp_path / "boutique.csv", SHOP)
    assert preview(path, kpi_name="Ventes en ligne", kpi_unit="currency").value_column == 2
    assert prepare(path, kpi_name="Ventes en ligne", kpi_unit="currency").value_column == 2
    # The order count for a count KPI; the first numeric column when nothing is known.
    assert preview(path, kpi_name="Commandes web", kpi_unit="count").value_column == 1
    assert preview(path).value_column == 1


def test_english_columns_by_unit_and_name(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "shop.csv",
        "Day,Orders,Revenue ($),Conversion rate\n2024-03-01,12,1234.50,2.5%\n"
        "2024-03-02,9,980.10,2.1%\n",
    )
    assert preview(path, kpi_name="Online sales", kpi_unit="currency").value_column == 2
    assert preview(path, kpi_name="Checkout rate", kpi_unit="percent").value_column == 3
    assert preview(path, kpi_name="Orders", kpi_unit="currency").value_column == 1  # its name


# -- rows without a value --------------------------------------------------------------------
def test_a_row_without_a_value_refuses_the_import_naming_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = _write(tmp_path / "na.csv", "Date;Valeur\n01/03/2024;5\n02/03/2024;n/a\n03/03/2024;7\n")
    kpi = workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})
    service = workspace.services.kpi_measurements
    with pytest.raises(BlankValues) as caught:
        import_file(service, kpi.id, path)
    assert caught.value.rows == (3,) and caught.value.count == 1
    assert str(caught.value) == "Row 3 has no value (column “Valeur”): nothing was imported."
    assert service.list(kpi.id) == []
    result = import_file(service, kpi.id, path, skip_blank=True)
    assert result.added == 2 and result.blank_rows == (3,) and result.blank_count == 1
    assert result.summary() == (
        "2 measurements imported, 0 already present. 1 row without a value skipped (row 3)."
    )


def test_many_rows_without_a_value_are_counted_and_the_first_named(tmp_path: Path) -> None:
    lines = [f"{1 + i % 28:02d}/03/2024;{'--' if i % 2 else i}\n" for i in range(30)]
    path = _write(tmp_path / "gaps.csv", "Date;Valeur\n" + "".join(lines))
    with pytest.raises(BlankValues) as caught:
        plan_import(path)
    assert caught.value.count == 15
    assert "rows 3, 5, 7, 9, 11, 13, 15, 17, 19, 21… (15 in all)" in str(caught.value)
    assert len(plan_import(path, skip_blank=True)) == 15


# -- the decimal separator --------------------------------------------------------------------
def test_1_200_in_a_french_file_is_not_read_as_1_2(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "fr.csv", "Jour;Ventes;Coût\n01/03/2024;1.200;12,50\n02/03/2024;950;9,90\n"
    )
    # The cost column says the file writes decimals with a comma: 1.200 is a thousand and more.
    assert [row.value for row in plan_import(path, "Jour", "Ventes")] == [1200.0, 950.0]


def test_an_ambiguous_column_asks_for_the_separator(tmp_path: Path) -> None:
    path = _write(tmp_path / "fr.csv", "Jour;Ventes\n01/03/2024;1.200\n02/03/2024;950\n")
    with pytest.raises(AmbiguousDecimal) as caught:
        plan_import(path)
    assert caught.value.row == 2
    assert "“1.200”" in str(caught.value) and "1,200 or 1.2" in str(caught.value)
    assert [row.value for row in plan_import(path, decimal=",")] == [1200.0, 950.0]
    assert [row.value for row in plan_import(path, decimal=".")] == [1.2, 950.0]
    with pytest.raises(ImportRefused, match="comma or a dot"):
        plan_import(path, decimal=";")


def test_the_whole_column_votes_even_far_below_the_first_rows(tmp_path: Path) -> None:
    rows = [f"{1 + i % 28:02d}/03/2024;{1000 + i}\n" for i in range(6_000)]
    rows.insert(0, "01/03/2024;1.200\n")
    rows.append("02/03/2024;1.234,5\n")  # the last row settles it: a decimal comma
    path = _write(tmp_path / "long.csv", "Jour;Ventes\n" + "".join(rows))
    spec = prepare(path)
    assert spec.decimal == ","
    values = [row.value for row in plan_import(path)]
    assert values[0] == 1200.0 and values[-1] == 1234.5


# -- days that another source already holds -----------------------------------------------
def test_days_held_by_another_source_are_asked_about(workspace: Workspace, tmp_path: Path) -> None:
    path = _write(tmp_path / "ads.csv", "Date;Valeur\n01/03/2024;5\n02/03/2024;6\n")
    kpi = workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})
    service = workspace.services.kpi_measurements
    typed = service.create(kpi.id, {"day": D(2024, 3, 1), "value": 4.0, "source": "manual"})
    with pytest.raises(ExistingValues) as caught:
        import_file(service, kpi.id, path)
    assert (caught.value.days, caught.value.rows) == (1, 1)
    assert caught.value.sources == ("manual",)
    assert "1 Mar 2024" in str(caught.value) and "“manual”" in str(caught.value)
    assert [m.id for m in service.list(kpi.id)] == [typed.id]  # nothing written

    skipped = import_file(service, kpi.id, path, existing="skip")
    assert (skipped.added, skipped.existing_skipped) == (1, 1)
    assert [(m.day, m.value) for m in service.list(kpi.id)] == [
        (D(2024, 3, 1), 4.0),
        (D(2024, 3, 2), 6.0),
    ]
    assert "1 row skipped: its day already had a value" in skipped.summary()


def test_replace_deletes_the_other_values_and_keep_adds_beside(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = _write(tmp_path / "ads.csv", "Date;Valeur\n01/03/2024;5\n02/03/2024;6\n")
    kpi = workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})
    service = workspace.services.kpi_measurements
    typed = service.create(kpi.id, {"day": D(2024, 3, 1), "value": 4.0, "source": "manual"})
    replaced = import_file(service, kpi.id, path, existing="replace")
    assert replaced.added == 2 and replaced.replaced_count == 1
    assert replaced.replaced is not None and replaced.replaced.ids("kpi_measurement") == [typed.id]
    assert [(m.value, m.source) for m in service.list(kpi.id)] == [
        (5.0, "ads.csv"),
        (6.0, "ads.csv"),
    ]
    # What undo does: the imported rows go, the typed value comes back with its id.
    service.delete_many(list(replaced.ids))
    service.restore(replaced.replaced)
    assert [(m.id, m.source) for m in service.list(kpi.id)] == [(typed.id, "manual")]
    import_file(service, kpi.id, path, existing="replace")

    other = _write(tmp_path / "crm.csv", "Date;Valeur\n02/03/2024;8\n")
    kept = import_file(service, kpi.id, other, existing="keep")
    assert kept.added == 1
    assert sorted(m.value for m in service.list(kpi.id) if m.day == D(2024, 3, 2)) == [6.0, 8.0]


def test_an_unknown_choice_for_existing_values_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = _write(tmp_path / "ads.csv", "Date;Valeur\n01/03/2024;5\n")
    kpi = workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})
    with pytest.raises(ImportRefused, match="Unknown choice"):
        import_file(workspace.services.kpi_measurements, kpi.id, path, existing="merge")


# -- files that are not what they claim -------------------------------------------------------
@pytest.mark.parametrize("size", [4096, 8192, 40_000])
def test_garbage_is_called_binary_data_not_an_encoding(tmp_path: Path, size: int) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(os.urandom(size))  # NUL bytes here and there, as in any binary file
    with pytest.raises(ImportRefused) as caught:
        plan_import(path)
    assert "binary data" in str(caught.value)
    assert "utf" not in str(caught.value).lower()


def test_a_workbook_renamed_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    shutil.copyfile(SAMPLES / "xlsx_serial_dates.xlsx", path)
    assert [row.value for row in plan_import(path)] == [31.5, 33.0, 34.25, 36.0]


@pytest.mark.parametrize(
    ("entries", "said"),
    [
        ({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}, "OpenDocument"),
        ({"word/document.xml": "<w/>"}, "text document"),
        ({"xl/workbook.bin": "x"}, ".xlsb"),
        ({"notes.txt": "hello"}, "ZIP archive"),
    ],
)
def test_other_zip_files_say_what_they_are(
    tmp_path: Path, entries: dict[str, str], said: str
) -> None:
    path = tmp_path / "export.csv"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    with pytest.raises(ImportRefused) as caught:
        plan_import(path)
    assert said in str(caught.value)
    assert "openpyxl" not in str(caught.value) and "Supported formats" not in str(caught.value)


def test_a_damaged_zip_is_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(ImportRefused, match="damaged"):
        plan_import(path)
