"""Qt-free translation, reading the same Qt Linguist `.ts` catalogues as the interface.

One source of truth per language: `resources/translations/stratdesk_<lang>.ts` is compiled to
`.qm` for Qt, and read here for the parts that must not import Qt (the PDF, the demo plan,
validation messages). Strings are marked with `translate("Context", "text")` so that
`pyside6-lupdate` extracts them like the interface's `self.tr()`.
"""

from __future__ import annotations

from stratdesk.i18n.catalog import (
    SUPPORTED_LANGUAGES,
    Catalog,
    current_language,
    set_language,
    system_language,
    translate,
    using_language,
)

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Catalog",
    "current_language",
    "set_language",
    "system_language",
    "translate",
    "using_language",
]
