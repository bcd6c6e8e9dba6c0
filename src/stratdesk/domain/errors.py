"""Errors a person can read: what was refused and why. Nothing was written when raised."""

from __future__ import annotations


class StratdeskError(Exception):
    """Base of the errors shown to a person (no traceback, a sentence)."""


class InvalidInput(StratdeskError):
    """A value was refused; `field` names the field at fault when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(InvalidInput):
    """The row the caller names does not exist (any more)."""
