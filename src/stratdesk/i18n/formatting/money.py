"""Money as a person reads and types it: `1 234,56 €` in French, `€1,234.56` in English.

Amounts are stored in cents (integers); the plan's currency is shown, never typed. What
`amount_text` writes can be typed back as is: `parse_amount` reads it, and a refusal says
how to type it, in the reader's language.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from babel.numbers import (
    format_compact_currency,
    format_currency,
    format_decimal,
    get_currency_symbol,
)

from stratdesk.i18n.catalog import translate
from stratdesk.i18n.formatting.errors import UnreadableNumber
from stratdesk.i18n.formatting.locales import locale_for

# Every space a keyboard or a copied figure may hold (French groups with U+202F or U+00A0).
_SPACES = re.compile(r"[ \u00a0\u202f\u2009\u2007]")
_COMMON_SYMBOLS = ("€", "$", "£", "¥")
# Digits, in groups of three or not, then at most two decimals.
_PATTERNS = {
    "fr": re.compile(r"^(?P<int>\d+)(?:[,.](?P<dec>\d+))?$"),
    "en": re.compile(r"^(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?$"),
}


def format_money(cents: int, currency: str, language: str) -> str:
    """`123456` EUR → `1 234,56 €` in French, `€1,234.56` in English."""
    return format_currency(cents / 100, currency, locale=locale_for(language))


@lru_cache(maxsize=4096)
def money_text(cents: int, currency: str, language: str) -> str:
    """`format_money`, remembered: a board of 1,000 cards shows the same amounts again and
    again (zero most of all) after every change, and babel takes ~60 µs an amount."""
    return format_money(cents, currency, language)


@lru_cache(maxsize=1024)
def compact_money(cents: int, currency: str, language: str) -> str:
    """A large amount at a glance: `135 M €` in French, `€135m` in English (one decimal at
    most); amounts under a thousand are written whole."""
    return format_compact_currency(
        cents / 100, currency, locale=locale_for(language), fraction_digits=1
    )


def currency_symbol(currency: str, language: str) -> str:
    """ "€" for EUR, "CHF" for CHF: what the plan's amounts are typed in."""
    return get_currency_symbol(currency, locale_for(language))


def amount_text(cents: int, language: str) -> str:
    """The amount as it is typed, without the currency: `1 234,56` / `1,234.56`."""
    text = format_decimal(Decimal(cents) / 100, format="#,##0.00", locale=locale_for(language))
    return _SPACES.sub(" ", text)  # plain spaces: what a person types back


def parse_amount(text: str, currency: str, field: str | None, language: str) -> int:
    """The cents in `text` typed in the plan's `currency`; empty means zero.

    Refuses a negative, malformed or over-precise amount with `UnreadableNumber` (a
    `ValueError`) whose message says how to type it, and whose `field` is `field`.
    """
    body = text.strip()
    for symbol in (currency, currency_symbol(currency, language), *_COMMON_SYMBOLS):
        body = body.replace(symbol, "")
    body = _SPACES.sub("", body)
    if not body:
        return 0
    if body[0] in "-−":
        raise UnreadableNumber(translate("MixMoney", "A budget cannot be negative."), field)
    match = _PATTERNS.get(language, _PATTERNS["en"]).match(body.removeprefix("+"))
    example = amount_text(123456, language)
    if match is None:
        raise UnreadableNumber(
            translate("MixMoney", "“{text}” is not an amount. Type it like {example}.").format(
                text=text.strip(), example=example
            ),
            field,
        )
    decimals = match.group("dec") or ""
    if len(decimals) > 2:
        raise UnreadableNumber(
            translate(
                "MixMoney", "“{text}” has more than two decimals. Type it like {example}."
            ).format(text=text.strip(), example=example),
            field,
        )
    # The pattern lets only digits through: Decimal cannot fail, and no float rounds a cent.
    value = Decimal(match.group("int").replace(",", "") + "." + (decimals or "0"))
    return int(value * 100)
