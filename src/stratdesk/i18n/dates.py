"""Dates as people type them: the interface language's short form, ISO, or with the month in words.

`parse_typed_date("31/01/2027", "fr")` is 31 January 2027. Accepted everywhere:

- ISO `yyyy-mm-dd` (also with `/` or `.`: a four-digit year first is never ambiguous);
- day first, `dd/mm/yyyy` and `d/m/yy` (French and British English both write the day first),
  with `/`, `.` or `-` between the numbers; a two-digit year is in this century (`27` → 2027);
- the month in words, as the tables and the PDF write dates: `31 janv. 2027`, `1er janvier 2027`,
  `31 Jan 2027`, `Sunday, 31 January 2027` (any unambiguous start of the month's name, accents
  optional).

What cannot be read raises `ValueError` with a translated sentence saying what to type, or
which day does not exist (`31/02/2027`: "February 2027 has 28 days").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from functools import cache

from stratdesk.i18n.catalog import current_language, translate
from stratdesk.i18n.formatting import day_names, month_names
from stratdesk.i18n.formatting.dates import NameContext, NameWidth

_NUMBERS = re.compile(r"(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})")
_WORDS = re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4}|\d{2})")
_SHOWN_MAX = 40  # the typed text quoted in a message, at most
_PREFIX_MIN = 3  # "sep", "déc": shorter starts of a month's name are ambiguous
_WIDTHS: tuple[NameWidth, ...] = ("wide", "abbreviated")  # the names people type
_CONTEXTS: tuple[NameContext, ...] = ("format", "stand-alone")


def parse_typed_date(text: str, language: str) -> dt.date:
    """The date `text` stands for, read in `language` ("fr", "en"); ValueError if none."""
    typed = " ".join(text.split())
    if not typed:
        raise ValueError(
            translate("Dates", "Type a date as {pattern}.").format(pattern=typed_date_hint())
        )
    if match := _NUMBERS.fullmatch(typed):
        first, _separator, middle, last = match.groups()
        if len(first) == 4:  # ISO: the year first
            return _checked(typed, int(first), int(middle), int(last))
        if len(first) <= 2 and len(last) in (2, 4):
            return _checked(typed, _year(last), int(middle), int(first))
    elif match := _WORDS.fullmatch(_without_weekday(typed, language)):
        day, name, year = match.groups()
        month = _month_named(name, language)
        if month is not None:
            return _checked(typed, _year(year), month, int(day))
    raise ValueError(
        translate("Dates", "“{text}” is not a date: type it as {pattern} or {iso}.").format(
            text=_shown(typed), pattern=typed_date_hint(), iso=translate("Dates", "yyyy-mm-dd")
        )
    )


def format_typed_date(day: dt.date, language: str) -> str:
    """The short form an editor shows and `parse_typed_date` reads back: "31/01/2027"."""
    # French and British English agree on day/month/year; English here is British English.
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def typed_date_hint() -> str:
    """The short form in words for a placeholder or a message: "dd/mm/yyyy" ("jj/mm/aaaa")."""
    return translate("Dates", "dd/mm/yyyy")


def picker_month(today: dt.date, first_year: int, last_year: int) -> dt.date:
    """Where a calendar opens with no date chosen: today inside the plan's years, else the
    plan's first day (never the month before the plan starts)."""
    if first_year <= today.year <= last_year:
        return today
    return dt.date(first_year, 1, 1)


def _year(digits: str) -> int:
    # Plans are about this century: "27" is 2027, never 1927.
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _checked(typed: str, year: int, month: int, day: int) -> dt.date:
    if not 1 <= month <= 12:
        raise ValueError(
            translate("Dates", "“{text}” is not a date: there is no month {month}.").format(
                text=_shown(typed), month=month
            )
        )
    if year < 1000:
        raise ValueError(
            translate("Dates", "“{text}” is not a date: write the year with four digits.").format(
                text=_shown(typed)
            )
        )
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        # The sentence is in the interface's language: so is the month's name in it.
        names = month_names(current_language(), "wide", "stand-alone")
        month_name = names[month]
        raise ValueError(
            translate("Dates", "“{text}” is not a date: {month} {year} has {days} days.").format(
                text=_shown(typed), month=month_name, year=year, days=days
            )
        )
    return dt.date(year, month, day)


def _shown(typed: str) -> str:
    return typed if len(typed) <= _SHOWN_MAX else typed[: _SHOWN_MAX - 1] + "…"


def _plain(word: str) -> str:
    """Lower case, without accents or a final dot: "Févr." → "fevr"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().rstrip("."))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _month_names(language: str) -> tuple[tuple[str, int], ...]:
    """(plain name, month) for the language's full and abbreviated month names."""
    names: dict[str, int] = {}
    for width in _WIDTHS:
        for context in _CONTEXTS:
            for month, name in month_names(language, width, context).items():
                names[_plain(name)] = month
    return tuple(names.items())


def _month_named(word: str, language: str) -> int | None:
    """The month a name or an unambiguous start of one stands for ("sept", "juil", "aout")."""
    plain = _plain(word)
    if len(plain) < _PREFIX_MIN:
        return None
    found = {month for name, month in _month_names(language) if name.startswith(plain)}
    return found.pop() if len(found) == 1 else None


@cache
def _weekday_names(language: str) -> frozenset[str]:
    return frozenset(
        _plain(name) for width in _WIDTHS for name in day_names(language, width, "format").values()
    )


def _without_weekday(typed: str, language: str) -> str:
    """ "Sunday, 31 January 2027" → "31 January 2027" (the day's name adds nothing)."""
    first, _space, rest = typed.partition(" ")
    if rest and _plain(first.rstrip(",")) in _weekday_names(language):
        return rest
    return typed
