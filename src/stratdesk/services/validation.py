"""Turn pydantic's validation errors into one sentence a person understands."""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.labels import enum_labels
from stratdesk.i18n import current_language, translate
from stratdesk.i18n.formatting import format_number
from stratdesk.services.field_labels import field_label

M = TypeVar("M", bound=BaseModel)


def _choices(model: type[BaseModel], field: str) -> str | None:
    """The translated labels of the vocabulary `field` takes, when it takes one."""
    info = model.model_fields.get(field)
    annotation = info.annotation if info is not None else None
    for candidate in (annotation, *get_args(annotation)):  # `Quadrant | None` too
        if isinstance(candidate, type) and issubclass(candidate, StrEnum):
            return ", ".join(enum_labels(candidate))
    return None


def _sentence(error: ErrorDetails, model: type[BaseModel]) -> str:
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
        limit = ctx.get("le", ctx.get("lt"))
        loc = error.get("loc") or ("",)
        if str(loc[0]).endswith("_cents") and isinstance(limit, int):
            # A limit in cents means nothing to a person: say it in the currency's units.
            return translate("Validation", "is too large (at most {max})").format(
                max=format_number(limit // 100, current_language())
            )
        return translate("Validation", "must be at most {max}").format(
            max=ctx.get("le", ctx.get("lt"))
        )
    if kind == "enum":
        # pydantic's list is English ("'S', 'W', 'O' or 'T'"): name the choices instead.
        loc = error.get("loc") or ("",)
        values = _choices(model, str(loc[0])) or ctx.get("expected", "")
        return translate("Validation", "must be one of {values}").format(values=values)
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


def field_error(name: str, problem: str) -> InvalidInput:
    """ "Field: problem" as one translated sentence (French puts a no-break space before ":")."""
    message = translate("Validation", "{field}: {problem}").format(
        field=field_label(name), problem=problem
    )
    return InvalidInput(message, field=name)


# C0/C1 controls (tab and newline are text) and the bidirectional overrides that can disguise text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def validate(model: type[M], data: dict[str, Any]) -> M:
    """Validate `data` against `model`; refuse with `InvalidInput` naming the first bad field."""
    # Surrounding blanks are never meaningful: "   " is an empty name, not a name.
    data = {key: value.strip() if isinstance(value, str) else value for key, value in data.items()}
    for key, value in data.items():
        if isinstance(value, float) and not math.isfinite(value):
            raise field_error(key, translate("Validation", "must be a finite number"))
        if isinstance(value, str) and _CONTROL.search(value):
            # Plain text only: invisible control characters break exports and printing.
            raise field_error(key, translate("Validation", "contains invisible control characters"))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [str(part) for part in first.get("loc", ())]
        sentence = _sentence(first, model)
        if loc:
            raise field_error(loc[0], sentence) from None
        # A whole-model rule (end before start): the sentence stands alone, capitalised.
        raise InvalidInput(sentence[:1].upper() + sentence[1:]) from None
