"""Which decimal separator a column of an imported file uses."""

from __future__ import annotations

from stratdesk.io.number_parsing import guess_decimal_separator


def test_guess_decimal_separator_from_a_column() -> None:
    assert guess_decimal_separator(["1,234", "2,000.50", "3"]) == "."
    assert guess_decimal_separator(["1 234", "12,5", "7"]) == ","
    assert guess_decimal_separator(["1.234.567", "2"]) == ","
    assert guess_decimal_separator(["1,234,567"]) == "."
    assert guess_decimal_separator(["1,234", "5 000", 12.5, None]) is None
    assert guess_decimal_separator(["0,250"]) == ","  # a leading zero: only a decimal
