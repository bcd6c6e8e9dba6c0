"""Write the sample import files beside this script: python tests/data/imports/make_samples.py

Each file is shaped like a real export a consultant receives (ad platforms, French Excel,
accounting tools), or broken the way real files break. The tests in tests/unit/io assert on
their contents and row numbers, so change both together.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"
NNBSP = "\u202f"


def _lines(rows: list[str], newline: str = "\r\n") -> str:
    return newline.join(rows) + newline


def google_ads() -> None:
    """Google Ads "CSV": UTF-8, commas, title and date-range rows, totals rows after."""
    rows = [
        "Campaign performance report",  # row 1
        '"March 1, 2024 - March 7, 2024"',  # row 2
        "Day,Campaign,Clicks,Impressions,CTR,Avg. CPC,Cost",  # row 3: header
        '2024-03-01,Brand,"1,204","45,678",2.64%,0.45,541.80',  # row 4
        '2024-03-02,Brand,"1,310","47,002",2.79%,0.44,576.40',
        '2024-03-03,Brand,987,"39,115",2.52%,0.47,463.89',
        "2024-03-04,Brand,--,0,--,--,0.00",  # row 7: no data that day
        '2024-03-05,Brand,"1,422","50,210",2.83%,0.43,611.46',
        '2024-03-06,Brand,"1,388","49,870",2.78%,0.44,610.72',
        '2024-03-07,Brand,"1,275","46,300",2.75%,0.45,573.75',  # row 10
        'Total: Account,--,"7,586","278,175",2.73%,0.44,"3,378.02"',  # row 11
        'Total: Search campaigns,--,"7,586","278,175",2.73%,0.44,"3,378.02"',  # row 12
    ]
    (HERE / "google_ads_campaigns.csv").write_text(_lines(rows), encoding="utf-8", newline="")


def french_semicolon() -> None:
    """French Excel "CSV UTF-8": BOM, semicolons, dd/mm/yyyy, NBSP thousands, `12,5 %`."""
    rows = [
        "Date;Visites;Taux de conversion;Chiffre d'affaires",  # row 1: header
        f"01/03/2024;1{NBSP}234;2,5 %;1{NBSP}234,56 €",
        f"08/03/2024;1{NNBSP}310;2,7 %;1{NNBSP}410,00 €",
        "15/03/2024;998;3,1 %;987,10 €",
        f"22/03/2024;1{NBSP}502;2,9 %;1{NBSP}600,20 €",  # row 5
        "Total;5 044;2,8 %;5 231,86 €",  # row 6: totals, dropped
    ]
    (HERE / "fr_semicolon_bom.csv").write_text(_lines(rows), encoding="utf-8-sig", newline="")


def cp1252_euro() -> None:
    """Windows "CSV (séparateur: point-virgule)": cp1252, `€` and NBSP (0xA0) thousands."""
    rows = [
        "Période;Dépenses (€);Clics",  # row 1: header
        f"05/02/2024;1{NBSP}250,50 €;320",
        f"12/02/2024;2{NBSP}010,00 €;415",
        "19/02/2024;980,75 €;288",  # row 4
        "",  # row 5: blank line
        f"Total général;4{NBSP}241,25 €;1{NBSP}023",  # row 6: dropped
    ]
    (HERE / "cp1252_euro.csv").write_text(_lines(rows), encoding="cp1252", newline="")


def utf16_tab() -> None:
    """Ad-platform "CSV for Excel": UTF-16 with BOM, tab-separated, title rows, totals."""
    rows = [
        "Rapport des performances",  # row 1
        "1 janvier 2024 - 31 mars 2024",  # row 2
        "Semaine\tImpressions\tClics",  # row 3: header
        f"01/01/2024\t12{NBSP}500\t410",
        f"08/01/2024\t13{NBSP}020\t455",
        f"15/01/2024\t11{NBSP}870\t398",  # row 6
        f"Totaux\t37{NBSP}390\t1{NBSP}263",  # row 7: dropped
    ]
    (HERE / "utf16_tab.csv").write_text(_lines(rows), encoding="utf-16", newline="")


def xlsx_serials() -> None:
    """A workbook with a title row, a blank row, Excel serial dates as numbers, a totals row."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "NPS"
    sheet.append(["Suivi NPS 2024"])  # row 1
    sheet.append([])  # row 2
    sheet.append(["Mois", "NPS", "Réponses"])  # row 3: header
    # 45292 = 1 January 2024, 45323 = 1 February, 45352 = 1 March, 45383 = 1 April.
    sheet.append([45292, 31.5, 120])  # row 4
    sheet.append([45323, 33, 131])
    sheet.append([45352, 34.25, 128])
    sheet.append([45383, 36, 140])  # row 7
    sheet.append(["Total", None, 519])  # row 8: dropped
    book.save(HERE / "xlsx_serial_dates.xlsx")


def xlsx_dates() -> None:
    """A workbook whose dates are real date cells (openpyxl reads them back as datetimes)."""
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Abonnés perdus", "Churn (%)"])  # row 1
    sheet.append([dt.datetime(2024, 1, 31), 12, "2,4 %"])
    sheet.append([dt.datetime(2024, 2, 29), 9, "1,8 %"])
    sheet.append([dt.datetime(2024, 3, 31), 15, "--"])  # row 4: no value
    book.save(HERE / "xlsx_date_cells.xlsx")


def broken() -> None:
    """Files that must be refused, with the row a person would look at."""
    files = {
        "empty.csv": "",
        "header_only.csv": _lines(["Date;Valeur"]),
        # Row 4 has one cell too many (an unquoted French decimal in a comma file).
        "ragged.csv": _lines(
            ["Date,Value", "2024-03-01,12", "2024-03-02,15", "2024-03-03,17,5", "2024-03-04,18"]
        ),
        # Row 5's date does not exist.
        "bad_date.csv": _lines(
            [
                "Date;Valeur",
                "28/02/2024;10",
                "29/02/2024;11",
                "01/03/2024;12",
                "31/02/2024;13",
                "02/03/2024;14",
            ]
        ),
        # Row 6's value is not a number.
        "bad_number.csv": _lines(
            [
                "Rapport",
                "Date;Valeur",
                "01/03/2024;1 234,5",
                "02/03/2024;1 240,0",
                "03/03/2024;1 251,25",
                "04/03/2024;douze",
                "05/03/2024;1 260,0",
            ]
        ),
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="")


def main() -> None:
    google_ads()
    french_semicolon()
    cp1252_euro()
    utf16_tab()
    xlsx_serials()
    xlsx_dates()
    broken()


if __name__ == "__main__":
    main()
