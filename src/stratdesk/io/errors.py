"""The one error an import raises: what was refused, where, and why. Nothing was written."""

from __future__ import annotations

from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import translate


class ImportRefused(StratdeskError):
    """A file could not be imported; `row` is the file row a person sees in a spreadsheet.

    `reason` is the sentence without the row; `str(error)` is the whole message.
    """

    def __init__(self, reason: str, row: int | None = None) -> None:
        self.reason = reason
        self.row = row
        if row is None:
            message = reason
        else:
            message = translate("Import", "Row {row}: {reason}").format(row=row, reason=reason)
        super().__init__(message)
        self.message = message
