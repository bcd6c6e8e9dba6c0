"""The refusal of text that is not a number: a `ValueError` with a sentence for people."""

from __future__ import annotations


class UnreadableNumber(ValueError):
    """`message` says why the text is not a number (or amount); `field` names the field at
    fault when the caller gave one. Services turn it into their own `InvalidInput`."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
