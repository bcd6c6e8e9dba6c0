"""The locale each supported language writes numbers and dates in."""

from __future__ import annotations

LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def locale_for(language: str) -> str:
    """ "fr" → "fr_FR"; English, and any other language, → "en_GB"."""
    return LOCALES.get(language, "en_GB")
