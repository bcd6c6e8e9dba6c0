"""Demo plans built once per run in each language, and a plain reader for their rows.

The French demo needs the `Demo` context of the French catalogue. Until the lead has merged
the staging file (`/work/tmp/fr_demo.json`) into `resources/translations/stratdesk_fr.ts`,
the French catalogue is stood in by one built from the staging file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine, select

from stratdesk.domain import tables
from stratdesk.domain.errors import StratdeskError
from stratdesk.i18n import catalog
from stratdesk.resources import resource
from stratdesk.services.demo import build_demo

TODAY = dt.date(2026, 11, 27)
STAGING = Path("/work/tmp/fr_demo.json")
PROBE = "Specialty coffee roasting"  # any Demo source text


MODELS = {
    model.__tablename__: model
    for model in (getattr(tables, name) for name in tables.__all__ if name != "metadata")
}


class DemoFile:
    """Read-only access to a demo plan's rows as plain dicts (enums and dates as Python)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self, table: str) -> list[dict[str, Any]]:
        uri = f"{self.path.as_uri()}?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
        )
        model = MODELS[table]
        order = list(model.__table__.primary_key.columns)
        try:
            with Session(engine) as session:
                found = session.exec(select(model).order_by(*order)).all()
                return [row.model_dump() for row in found]
        finally:
            engine.dispose()

    def all_rows(self) -> dict[str, list[dict[str, Any]]]:
        return {name: self.rows(name) for name in MODELS}


@pytest.fixture
def open_demo() -> type[DemoFile]:
    """Open any demo file for reading: `open_demo(path).rows("plan")`."""
    return DemoFile


def shipped_french() -> catalog.Catalog | None:
    """The shipped French catalogue, if it exists and already holds the Demo context."""
    try:
        french = catalog.Catalog.from_ts("fr", resource("translations", "stratdesk_fr.ts"))
    except OSError:
        return None
    return french if french.translate("Demo", PROBE) != PROBE else None


def french_catalog() -> catalog.Catalog:
    """The French catalogue the demo is built with: shipped if merged, else the staging file."""
    shipped = shipped_french()
    if shipped is not None:
        return shipped
    staging = json.loads(STAGING.read_text(encoding="utf-8"))
    return catalog.Catalog("fr", {("Demo", src): text for src, text in staging.items()})


def use_french(patch: pytest.MonkeyPatch) -> catalog.Catalog:
    """Make `set_language` load the French catalogue of `french_catalog` (and plain English)."""
    french = french_catalog()
    catalogs = {"fr": french, "en": catalog.Catalog("en", {})}
    patch.setattr(catalog, "load_catalog", catalogs.__getitem__)
    return french


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch) -> catalog.Catalog:
    return use_french(monkeypatch)


@pytest.fixture(autouse=True)
def english_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts (and the run goes on) with the source language active."""
    monkeypatch.setattr(catalog, "_active", catalog.Catalog("en", {}))


@pytest.fixture(scope="session")
def english_demo(tmp_path_factory: pytest.TempPathFactory) -> DemoFile:
    path = tmp_path_factory.mktemp("demo-en") / "demo-en.stratdesk"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalog, "_active", catalog.Catalog("en", {}))
        build_demo(path, "en", today=TODAY)
    return DemoFile(path)


@pytest.fixture(scope="session")
def french_demo(tmp_path_factory: pytest.TempPathFactory) -> DemoFile:
    path = tmp_path_factory.mktemp("demo-fr") / "demo-fr.stratdesk"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalog, "_active", catalog.Catalog("en", {}))
        use_french(patch)
        build_demo(path, "fr", today=TODAY)
    return DemoFile(path)


@pytest.fixture
def recorded_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> set[tuple[str, str]]:
    """Every (context, source) the demo's modules ask to translate, recorded as it builds."""
    seen: set[tuple[str, str]] = set()

    class Recording(catalog.Catalog):
        def translate(self, context: str, text: str) -> str:
            # Two frames up is the module that called `stratdesk.i18n.translate`: keep the
            # demo's own texts, not those of the layers it uses.
            caller = sys._getframe(2).f_globals.get("__name__", "")
            if caller.startswith("stratdesk.services.demo"):
                seen.add((context, text))
            return text

    monkeypatch.setattr(catalog, "_active", Recording("en", {}))
    build_demo(tmp_path / "recorded.stratdesk", "en", today=TODAY)
    # The refusals' messages are Demo texts too.
    with pytest.raises(StratdeskError):
        build_demo(tmp_path / "recorded.stratdesk", "en", today=TODAY)
    with pytest.raises(StratdeskError):
        build_demo(tmp_path / "other.stratdesk", "xx", today=TODAY)
    return seen
