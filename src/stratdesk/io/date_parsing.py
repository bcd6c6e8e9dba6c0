"""Read days as exports write them: `31/03/2024`, `31.03.2024`, ISO, Excel serials, `4 mars 2024`.

Numbers are Excel serial dates in the 1900 date system (Windows Excel, LibreOffice, Google
Sheets exports): serial 1 is 1 January 1900. Excel counts a 29 February 1900 that never
existed (serial 60, a bug kept from Lotus 1-2-3), so serials from 61 on are one day ahead of
a plain count; serial 60 itself is refused. In text, only a 5-digit number (years 1927–2173)
is taken as a serial, so that a year or a count is never read as a date by accident.
Slashed dates are day first (`dd/mm/yyyy`) unless `day_first=False`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from stratdesk.i18n import translate
from stratdesk.i18n.formatting import EMPTY_MARKERS

EXCEL_MAX_SERIAL = 2_958_465  # 31 December 9999
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 0 for every serial after the fake leap day

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.+\-Z ]*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:[T ][\d:.+\-Z ]*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{5}(?:[.,]\d+)?$")

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "janv", "janvier"),
            ("feb", "february", "fev", "fevr", "fevrier"),
            ("mar", "march", "mars"),
            ("apr", "april", "avr", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin"),
            ("jul", "july", "juil", "juillet"),
            ("aug", "august", "aou", "aout"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "decembre"),
        ),
        start=1,
    )
    for name in names
}
# "mar" is not here: it is March more often than mardi.
_WEEKDAYS = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"lun", "mer", "jeu", "ven", "sam", "dim"}
    | {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)


def _not_a_date(text: str) -> ValueError:
    return ValueError(
        translate(
            "Import", "“{text}” is not a date (expected dd/mm/yyyy, yyyy-mm-dd or an Excel date)"
        ).format(text=text)
    )


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            translate("Import", "“{text}” is not a valid date").format(text=text)
        ) from None


def excel_serial_to_date(serial: float) -> dt.date:
    """The day of an Excel serial date (1900 system); the time of day is dropped."""
    if not math.isfinite(serial) or not 1 <= serial < EXCEL_MAX_SERIAL + 1:
        raise ValueError(
            translate("Import", "{serial} is outside the range of Excel dates").format(
                serial=f"{serial:g}"
            )
        )
    whole = math.floor(serial)
    if whole == 60:
        raise ValueError(
            translate("Import", "Excel date 60 is 29/02/1900, a day that never existed")
        )
    if whole < 60:
        return dt.date(1899, 12, 31) + dt.timedelta(days=whole)
    return _EXCEL_EPOCH + dt.timedelta(days=whole)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _from_words(text: str) -> dt.date | None:
    """`4 mars 2024`, `1er avril 2024`, `Mon, Mar 4, 2024`, `04-Mar-2024`; None if not that."""
    tokens = [t for t in re.split(r"[\s,./\-]+", _fold(text)) if t]
    month, month_token = None, ""
    numbers: list[str] = []
    for token in tokens:
        if token in _WEEKDAYS:
            continue
        if token in _MONTHS and (month is None or month_token == "mar"):
            # "mar. 5 mars 2024": the first "mar" was mardi, the weekday.
            month, month_token = _MONTHS[token], token
        elif token.isdigit() or (token.endswith("er") and token[:-2].isdigit()):
            numbers.append(token.removesuffix("er"))
        else:
            return None
    if month is None or len(numbers) != 2:
        return None
    days = [n for n in numbers if len(n) <= 2]
    years = [n for n in numbers if len(n) == 4]
    if len(days) != 1 or len(years) != 1:
        return None
    return _make(int(years[0]), month, int(days[0]), text)


def _year(digits: str) -> int:
    # Two-digit years are this century up to 69, like spreadsheets read them.
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 70 else 1900
    return year


def parse_date(value: object, *, day_first: bool = True) -> dt.date | None:
    """The day in `value`, None for an empty cell; ValueError with the reason otherwise."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool | dt.time):
        raise _not_a_date(str(value))
    if isinstance(value, int | float):
        return excel_serial_to_date(float(value))
    text = str(value).strip(" \u00a0\u202f\t\r\n")
    if text.casefold() in EMPTY_MARKERS:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _make(year, month, day, text)
    if match := _NUMERIC.match(text):
        first, second, year_digits = match.groups()
        day_digits, month_digits = (first, second) if day_first else (second, first)
        return _make(_year(year_digits), int(month_digits), int(day_digits), text)
    if match := _COMPACT.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _make(year, month, day, text)
    if _SERIAL.match(text):
        return excel_serial_to_date(float(text.replace(",", ".")))
    found = _from_words(text)
    if found is None:
        raise _not_a_date(text)
    return found
