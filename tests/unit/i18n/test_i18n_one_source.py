"""One source for each rule: enum labels in `domain.labels`, formatting in `i18n.formatting`.

A label or a number format written again under `ui/` cannot reach the PDF, the exports or the
command line, and drifts from the first one. These checks read the sources, so that a copy
fails the suite even before anything displays it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

import pytest

from stratdesk.domain import enums
from stratdesk.domain.labels import enum_choices, enum_label, enum_labels

SOURCES = Path(__file__).resolve().parents[3] / "src" / "stratdesk"
LABEL_CONTEXTS = ("EnvironmentLabels", "SwotLabels", "KpiLabels", "MixP", "MixColumn")
LABEL_CONTEXTS += ("ObjectiveStatus", "Enum")
# Where they may be written: the labels themselves, and the period names of i18n.formatting.
OWNERS = ("domain/labels/", "i18n/formatting/dates.py")


def _sources() -> list[tuple[str, str]]:
    return [
        (path.relative_to(SOURCES).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(SOURCES.rglob("*.py"))
    ]


def test_enum_labels_are_written_only_in_domain_labels() -> None:
    contexts = "|".join(LABEL_CONTEXTS)
    pattern = re.compile(r"""translate\(\s*["'](""" + contexts + r""")["']""")
    copies = [
        name for name, text in _sources() if pattern.search(text) and not name.startswith(OWNERS)
    ]
    assert copies == []


def test_numbers_are_formatted_only_in_i18n_formatting() -> None:
    """Babel (numbers, money, dates for people) is used by i18n.formatting alone."""
    users = [
        name
        for name, text in _sources()
        if re.search(r"^\s*(from|import) babel", text, re.MULTILINE)
        and not name.startswith("i18n/formatting/")
    ]
    assert users == []


VOCABULARIES = [
    member
    for member in vars(enums).values()
    if isinstance(member, type) and issubclass(member, StrEnum) and member is not StrEnum
]


@pytest.mark.parametrize("enum", VOCABULARIES, ids=lambda e: e.__name__)
def test_choices_follow_the_vocabulary_and_its_labels(enum: type[StrEnum]) -> None:
    choices = enum_choices(enum)
    assert [member for member, _label in choices] == list(enum)
    assert [label for _member, label in choices] == enum_labels(enum)
    assert all(label == enum_label(member) for member, label in choices)
