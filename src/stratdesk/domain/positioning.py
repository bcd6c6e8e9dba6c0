"""The positioning statement, written out in the plan's language from its seven fields.

    For {target} who {need}, {brand} is {category} that {benefit}.
    Unlike {alternative}, {brand} {differentiator}. Proof: {proof}.

The sentence is the plan's (a French plan gets a French statement whatever the interface
language): its words come from the plan language's catalogue, and French text gets French
typography (`typography`) and "à le/à les" contracted to "au/aux". The statement is a list
of parts, the template's words and each field's text, so that a preview can show which
words the person wrote and which field is still empty (a bracketed placeholder).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from string import Formatter
from typing import Any

from stratdesk.domain.typography import typeset
from stratdesk.i18n.catalog import load_catalog

FIELDS = ("target", "need", "category", "benefit", "alternative", "differentiator", "proof")
BRAND = "brand"
_ARTICLE = re.compile(r"^(les|le)\s+", re.IGNORECASE)
_CLOSING = ".!?…"


@dataclass(frozen=True)
class StatementPart:
    """Words of the template (`field` None), the brand, or a field's text (or placeholder)."""

    text: str
    field: str | None = None
    missing: bool = False


@dataclass(frozen=True)
class Statement:
    parts: tuple[StatementPart, ...]
    language: str

    @property
    def text(self) -> str:
        return "".join(part.text for part in self.parts)

    @property
    def missing(self) -> tuple[str, ...]:
        """The fields still empty, in the statement's order."""
        return tuple(part.field for part in self.parts if part.missing and part.field)

    @property
    def complete(self) -> bool:
        return not self.missing


def _templates(translate: Callable[[str, str], str]) -> tuple[str, ...]:
    return (
        translate(
            "PositioningStatement", "For {target} who {need}, {brand} is {category} that {benefit}."
        ),
        translate("PositioningStatement", "Unlike {alternative}, {brand} {differentiator}."),
        translate("PositioningStatement", "Proof: {proof}."),
    )


def _placeholders(translate: Callable[[str, str], str]) -> dict[str, str]:
    return {
        "target": translate("PositioningStatement", "[target]"),
        "need": translate("PositioningStatement", "[need]"),
        "category": translate("PositioningStatement", "[category]"),
        "benefit": translate("PositioningStatement", "[benefit]"),
        "alternative": translate("PositioningStatement", "[alternative]"),
        "differentiator": translate("PositioningStatement", "[differentiator]"),
        "proof": translate("PositioningStatement", "[proof]"),
        BRAND: translate("PositioningStatement", "[brand]"),
    }


def field_values(positioning: Any) -> dict[str, str]:
    """The seven fields of a positioning (a read model, a mapping, or None)."""
    if positioning is None:
        return dict.fromkeys(FIELDS, "")
    if isinstance(positioning, Mapping):
        return {name: str(positioning.get(name) or "") for name in FIELDS}
    return {name: str(getattr(positioning, name, "") or "") for name in FIELDS}


def _clean(text: str) -> str:
    """One line, and no full stop of its own (the template puts the punctuation)."""
    text = " ".join(text.split())
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("...") else text


def build_statement(fields: Any, brand: str, language: str) -> Statement:
    """The whole statement in `language` ("fr" or "en") from a positioning's fields."""
    translate = load_catalog(language).translate
    values = {**field_values(fields), BRAND: brand}
    placeholders = _placeholders(translate)
    parts: list[StatementPart] = []
    for number, template in enumerate(_templates(translate)):
        if number:
            parts.append(StatementPart(" "))  # between sentences
        for literal, name, _spec, _conversion in Formatter().parse(template):
            if literal:
                parts.append(StatementPart(literal))
            if name is None:
                continue
            text = _clean(values.get(name, ""))
            if text:
                parts.append(StatementPart(text, name))
            else:
                parts.append(StatementPart(placeholders.get(name, name), name, missing=True))
    return Statement(tuple(_finish(parts, language)), language)


def _finish(parts: list[StatementPart], language: str) -> list[StatementPart]:
    """Contract "à les"/"à le", drop a full stop after "?" or "!", then typeset each part."""
    for i in range(1, len(parts)):
        before, part = parts[i - 1], parts[i]
        if language == "fr" and before.field is None and part.field and not part.missing:
            match = _ARTICLE.match(part.text)
            if before.text.endswith(" à ") and match:
                contracted = "aux " if match.group(1).lower() == "les" else "au "
                parts[i - 1] = StatementPart(before.text[: -len("à ")])
                parts[i] = StatementPart(contracted + part.text[match.end() :], part.field)
        if part.field is None and part.text.startswith(".") and before.text[-1:] in _CLOSING:
            parts[i] = StatementPart(part.text[1:])
    return [
        StatementPart(typeset(part.text, language), part.field, part.missing)
        for part in parts
        if part.text
    ]
