"""The catalogue tools and the Qt-free reader handle `%n` plurals; enum names are translated."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from types import ModuleType

import pytest

from stratdesk.domain import enums
from stratdesk.domain.analysis import SwotItemBase
from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.labels import enum_label, enum_labels
from stratdesk.i18n import Catalog, current_language, set_language
from stratdesk.services.validation import validate

ROOT = Path(__file__).resolve().parents[3]
NBSP = "\u00a0"

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ctx</name>
    <message>
        <source>Plain</source>
        <translation>Simple</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def ts(tmp_path: Path) -> Path:
    path = tmp_path / "x_fr.ts"
    path.write_text(TS, encoding="utf-8")
    return path


@pytest.fixture
def french() -> Iterator[None]:
    before = current_language()
    set_language("fr")
    yield
    set_language(before)


def test_reader_never_returns_blank_text_for_a_plural(ts: Path) -> None:
    catalog = Catalog.from_ts("fr", ts)
    assert catalog.translate("Ctx", "Plain") == "Simple"
    assert catalog.translate("Ctx", "%n row(s)") == "%n row(s)"  # source, not "\n   "
    assert len(catalog) == 1


def test_filled_plurals_count_as_translated(tool: ModuleType, ts: Path) -> None:
    assert tool.unfinished(ts) == [("Ctx", "%n item(s)")]


def test_fill_writes_plural_forms_and_leaves_plurals_alone_given_one_text(
    tool: ModuleType, ts: Path
) -> None:
    assert tool.fill(ts, {"%n item(s)": "un texte", "Plain": "Nature"}, "Ctx") == 1
    assert tool.unfinished(ts) == [("Ctx", "%n item(s)")]
    assert tool.fill(ts, {"%n item(s)": ["%n élément", "%n éléments"]}, "Ctx") == 1
    assert tool.unfinished(ts) == []
    forms = [f.text for f in tool.messages(ts)[("Ctx", "%n item(s)")].iter("numerusform")]
    assert forms == ["%n élément", "%n éléments"]


VOCABULARIES = [
    e
    for e in vars(enums).values()
    if isinstance(e, type) and issubclass(e, StrEnum) and e is not enums.TowsKind
]


@pytest.mark.parametrize("enum", VOCABULARIES, ids=lambda e: e.__name__)
def test_every_vocabulary_has_french_labels(french: None, enum: type[StrEnum]) -> None:
    for member in enum:
        assert enum_label(member) not in ("", member.value), member


def test_vocabularies_sharing_a_value_keep_their_own_label(french: None) -> None:
    assert enums.MixColumn.PLANNED == enums.WorkStatus.PLANNED  # same stored value
    assert enum_label(enums.MixColumn.PLANNED) == "Planifiée"
    assert enum_label(enums.WorkStatus.PLANNED) == "Prévu"
    assert enum_label(enums.TowsKind.SO) == "SO"


def test_bad_enum_value_is_refused_in_french_with_french_choices(french: None) -> None:
    with pytest.raises(InvalidInput) as caught:
        validate(SwotItemBase, {"quadrant": "X", "text": "t"})
    message = str(caught.value)
    assert f"{NBSP}: doit être l’une des valeurs suivantes" in message
    assert message.endswith(", ".join(enum_labels(enums.SwotQuadrant)))
    assert "'S'" not in message
