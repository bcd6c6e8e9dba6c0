"""Turn pydantic's validation errors into one sentence a person understands."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from stratdesk.domain.errors import InvalidInput
from stratdesk.i18n import translate
from stratdesk.services.field_labels import field_label

M = TypeVar("M", bound=BaseModel)


def _sentence(error: dict[str, Any]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return translate("Validation", "must not be empty")
    if kind in ("string_too_long", "bytes_too_long"):
        return translate("Validation", "is too long (at most {max} characters)").format(
            max=ctx.get("max_length")
        )
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        if limit == 0:
            return translate("Validation", "must not be negative")
        return translate("Validation", "must be at least {min}").format(min=limit)
    if kind in ("less_than_equal", "less_than"):
        return translate("Validation", "must be at most {max}").format(
            max=ctx.get("le", ctx.get("lt"))
        )
    if kind == "enum":
        return translate("Validation", "must be one of {values}").format(
            values=ctx.get("expected", "")
        )
    if kind == "string_pattern_mismatch":
        return translate("Validation", "has the wrong format")
    if kind.startswith("date") or kind.startswith("datetime"):
        return translate("Validation", "is not a valid date")
    if kind in ("int_parsing", "int_type", "float_parsing", "float_type", "int_from_float"):
        return translate("Validation", "must be a number")
    if kind == "missing":
        return translate("Validation", "is required")
    if kind == "value_error":
        return str(ctx.get("error", error.get("msg", "")))
    return str(error.get("msg", kind))


def validate(model: type[M], data: dict[str, Any]) -> M:
    """Validate `data` against `model`; refuse with `InvalidInput` naming the first bad field."""
    # Surrounding blanks are never meaningful: "   " is an empty name, not a name.
    data = {key: value.strip() if isinstance(value, str) else value for key, value in data.items()}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [str(part) for part in first.get("loc", ())]
        sentence = _sentence(first)
        if loc:
            message = f"{field_label(loc[0])}: {sentence}"
            raise InvalidInput(message, field=loc[0]) from None
        # A whole-model rule (end before start): the sentence stands alone, capitalised.
        raise InvalidInput(sentence[:1].upper() + sentence[1:]) from None
