"""Sane sizes for text a person types. Longer input is refused, never truncated."""

NAME_MAX = 200
SHORT_TEXT_MAX = 1_000
LONG_TEXT_MAX = 10_000
LOGO_MAX_BYTES = 2_000_000
MONEY_MAX_CENTS = 10**13  # 100 billion in any currency: far beyond a consultant's plan
