"""The language numbers and dates are written in on screen (Qt's default locale)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """ "fr" or "en": what `stratdesk.i18n.formatting` writes the interface's values in."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
