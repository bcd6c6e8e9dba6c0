"""Budgets as a person reads and types them: `1 234,56` in French, `1,234.56` in English.

Amounts are stored in cents (integers); the plan's currency is shown, never typed. The
interface language decides the format (the same one Qt uses for dates), so what is shown can
be typed back as is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_decimal, get_currency_symbol
from PySide6.QtCore import QCoreApplication, QLocale

from stratdesk.domain.errors import InvalidInput
from stratdesk.i18n.formatting import format_money, locale_for

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate

# Every space a keyboard or a copied figure may hold (French groups with U+202F or U+00A0).
_SPACES = re.compile(r"[ \u00a0\u202f\u2009\u2007]")
_COMMON_SYMBOLS = ("€", "$", "£", "¥")
# Digits, in groups of three or not, then at most two decimals.
_PATTERNS = {
    "fr": re.compile(r"^(?P<int>\d+)(?:[,.](?P<dec>\d+))?$"),
    "en": re.compile(r"^(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?$"),
}


def ui_language() -> str:
    """ "fr" or "en": the language numbers are written in on screen."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def currency_symbol(currency: str, language: str | None = None) -> str:
    """ "€" for EUR, "CHF" for CHF: what the plan's amounts are typed in."""
    return get_currency_symbol(currency, locale_for(language or ui_language()))


def money_text(cents: int, currency: str, language: str | None = None) -> str:
    """123456 EUR → `1 234,56 €` (fr) or `€1,234.56` (en)."""
    return _money_text(cents, currency, language or ui_language())


@lru_cache(maxsize=4096)
def _money_text(cents: int, currency: str, language: str) -> str:
    # Babel takes ~60 µs an amount; a board of 1,000 cards shows the same amounts again and
    # again (zero most of all), and shows them after every change.
    return format_money(cents, currency, language)


def amount_text(cents: int, language: str | None = None) -> str:
    """The amount as it is typed, without the currency: `1 234,56` / `1,234.56`."""
    text = format_decimal(
        Decimal(cents) / 100, format="#,##0.00", locale=locale_for(language or ui_language())
    )
    return _SPACES.sub(" ", text)  # plain spaces: what a person types back


def parse_amount(text: str, currency: str, field: str, language: str | None = None) -> int:
    """The cents in `text` typed in the plan's `currency`; empty means zero.

    Refuses a negative, malformed or over-precise amount with `InvalidInput` naming `field`.
    """
    language = language or ui_language()
    body = text.strip()
    for symbol in (currency, get_currency_symbol(currency, locale_for(language)), *_COMMON_SYMBOLS):
        body = body.replace(symbol, "")
    body = _SPACES.sub("", body)
    if not body:
        return 0
    if body[0] in "-−":
        raise InvalidInput(translate("MixMoney", "A budget cannot be negative."), field=field)
    match = _PATTERNS.get(language, _PATTERNS["en"]).match(body.removeprefix("+"))
    example = amount_text(123456, language)
    if match is None:
        raise InvalidInput(
            translate("MixMoney", "“{text}” is not an amount. Type it like {example}.").format(
                text=text.strip(), example=example
            ),
            field=field,
        )
    decimals = match.group("dec") or ""
    if len(decimals) > 2:
        raise InvalidInput(
            translate(
                "MixMoney", "“{text}” has more than two decimals. Type it like {example}."
            ).format(text=text.strip(), example=example),
            field=field,
        )
    # The pattern lets only digits through: Decimal cannot fail, and no float rounds a cent.
    value = Decimal(match.group("int").replace(",", "") + "." + (decimals or "0"))
    return int(value * 100)
