"""Cells of the exported workbook: numbers as numbers, dates as dates, money in the plan's
currency format, and text that no spreadsheet will ever run as a formula.

A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or one that reads as an
error code such as `#N/A`) is written as a plain string cell (`t="inlineStr"`, never a
formula) carrying the *quote prefix* style: the cell keeps exactly what the person typed (read
back, it is the same text), Excel and LibreOffice show it as text, and editing the cell does
not turn it into a formula either. openpyxl would otherwise store a text starting with `=` as
a formula: `text_cell` sets the cell's type back to string.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any, cast

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from stratdesk.i18n.formatting import currency_symbol

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters a workbook cannot hold (XML 1.0 forbids them): dropped.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"  # "#,##0.##" would show "295." for a whole number


class Kind(StrEnum):
    """What a column holds, hence how its cells are written."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    MONEY = "money"  # cents in, currency units out, in the plan's currency format
    PERCENT = "percent"  # a percent value in (12.5), a fraction out (0.125) shown "12.5%"
    DATE = "date"
    KPI = "kpi"  # (value, unit): a KPI's value in its unit


def is_risky(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula or an error code."""
    return text.startswith(FORMULA_STARTS) or text in ERROR_CODES


def clean_text(value: object) -> str:
    return _ILLEGAL.sub("", str(value))


def money_format(currency: str, language: str) -> str:
    """`#,##0.00 "€"` (French) or `"€"#,##0.00` (English): the spreadsheet applies its own
    separators, the symbol sits where the reader expects it."""
    symbol = currency_symbol(currency, language).replace('"', "")
    if language == "fr":
        return f'#,##0.00\\ "{symbol}";-#,##0.00\\ "{symbol}"'
    return f'"{symbol}"#,##0.00;-"{symbol}"#,##0.00'


def styled(sheet: WriteOnlyWorksheet, value: object, number_format: str) -> Cell:
    cell = WriteOnlyCell(sheet, value=cast(Any, value))  # dates too, whatever the stubs say
    cell.number_format = number_format
    return cell


def text_cell(sheet: WriteOnlyWorksheet, value: object) -> str | Cell:
    """A text as it should be written: as is, or as a quoted string cell when risky."""
    text = clean_text(value)
    if not is_risky(text):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl made "=…" a formula and "#N/A" an error: a string
    cell.quotePrefix = True
    return cell


def header_cell(sheet: WriteOnlyWorksheet, title: str) -> Cell:
    """A column title: bold, on a pale fill, and never a formula either (a criterion's
    name is the person's text)."""
    from openpyxl.styles import Font, PatternFill

    cell = WriteOnlyCell(sheet, value=clean_text(title))
    cell.data_type = "s"
    cell.quotePrefix = is_risky(clean_text(title))
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="E8EAED")
    return cell


def cell_value(sheet: WriteOnlyWorksheet, kind: Kind, value: Any, money: str) -> object | Cell:
    """The cell for `value` in a column of `kind` (None: an empty cell)."""
    if value is None or value == "":
        return None
    if kind == Kind.TEXT:
        return text_cell(sheet, value)
    if kind == Kind.MONEY:
        return styled(sheet, int(value) / 100, money)
    if kind == Kind.PERCENT:
        return styled(sheet, float(value) / 100, PERCENT_FORMAT)
    if kind == Kind.INTEGER:
        return styled(sheet, int(value), INTEGER_FORMAT)  # 900,000 rather than 900000
    if kind == Kind.DATE:
        return value if isinstance(value, dt.date) else None
    if kind == Kind.KPI:
        number, unit = value
        if number is None:
            return None
        if unit == "currency":
            return styled(sheet, float(number), money)
        if unit == "percent":
            return styled(sheet, float(number) / 100, "0.00%")
        whole = float(number).is_integer()
        return styled(sheet, float(number), INTEGER_FORMAT if whole else DECIMAL_FORMAT)
    return float(value)
