"""The objectives' and the roadmap's rules: Qt-free, with the French catalogue on demand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from stratdesk.i18n import current_language, set_language


@pytest.fixture
def french() -> Iterator[None]:
    before = current_language()
    set_language("fr")
    yield
    set_language(before)
