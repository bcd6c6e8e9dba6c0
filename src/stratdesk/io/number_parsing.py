"""Column guessing for imports: which decimal separator a column of numbers uses.

The numbers themselves are read by the shared parser (`stratdesk.i18n.formatting.parse_number`,
the same rules as everywhere numbers are read); this module only settles, for a whole column,
what a lone separator means ("1,234": a thousand, or one and a quarter?).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from stratdesk.i18n.formatting import strip_symbols


def separator_vote(text: str) -> str | None:
    """The decimal separator one cell's text implies, None when it cannot tell."""
    body, _ = strip_symbols(text)
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        return "," if body.rfind(",") > body.rfind(".") else "."
    if commas + dots == 1:
        mark = "," if commas else "."
        after = len(body) - body.rfind(mark) - 1
        # "0,123" or "12,5" can only be decimal; "1,234" could be either.
        ambiguous = after == 3 and body[: body.rfind(mark)].lstrip("+-").strip("0") != ""
        return None if ambiguous else mark
    if commas > 1:
        return "."
    if dots > 1:
        return ","
    return None


_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")


def is_ambiguous(text: str) -> bool:
    """Whether a cell reads two ways: "1.200" or "1,200" is 1200 with a thousands separator,
    or 1.2 with a decimal one (a column's other cells, or a person, must decide)."""
    body, _ = strip_symbols(text)
    return bool(_AMBIGUOUS.fullmatch(body))


def guess_decimal_separator(values: Iterable[object]) -> str | None:
    """The decimal separator most cells of a column agree on ("," or "."), or None."""
    votes = Counter(
        vote for value in values if isinstance(value, str) if (vote := separator_vote(value))
    )
    if not votes:
        return None
    return votes.most_common(1)[0][0]
