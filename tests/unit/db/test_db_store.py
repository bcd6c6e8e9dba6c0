"""PlanStore: create, open (writable or read-only), sessions and closing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from stratdesk.db import schema
from stratdesk.db import store as store_module
from stratdesk.db.errors import PlanFileError
from stratdesk.db.lock import lock_path
from stratdesk.db.store import PlanStore
from stratdesk.domain.tables import Client


def test_create_refuses_an_existing_path(plan_path: Path) -> None:
    before = plan_path.read_bytes()
    with pytest.raises(PlanFileError, match="already exists"):
        PlanStore.create(plan_path)
    assert plan_path.read_bytes() == before


def test_create_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="cannot be created"):
        PlanStore.create(tmp_path / "no" / "such" / "folder" / "plan.stratdesk")


def test_create_takes_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "new.stratdesk"
    store = PlanStore.create(path)
    try:
        assert lock_path(path).exists()
        assert not store.read_only
        assert store.schema_version == schema.SCHEMA_VERSION
        assert store.path == path
    finally:
        store.close()
    assert not lock_path(path).exists()


def test_sessions_write_and_keep_objects_usable_after_commit(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "new.stratdesk")
    try:
        with store.session() as session:
            client = Client(name="Atelier Nord")
            session.add(client)
            session.commit()
        assert client.name == "Atelier Nord" and client.id is not None  # expire_on_commit=False
        with store.session() as session:
            assert session.exec(select(Client.name)).all() == ["Atelier Nord"]
    finally:
        store.close()


def test_read_only_store_cannot_write(plan_path: Path) -> None:
    before = plan_path.read_bytes()
    store = PlanStore.open(plan_path, read_only=True)
    try:
        assert store.read_only
        assert store.backups is None
        assert store.schema_version == schema.SCHEMA_VERSION
        with store.session() as session:
            assert session.exec(select(Client.name)).all() == ["Boulangerie Léa"]
            with pytest.raises(OperationalError, match="readonly"):
                session.execute(text("DELETE FROM swot_item"))
    finally:
        store.close()
    assert plan_path.read_bytes() == before
    assert not lock_path(plan_path).exists()


def test_unwritable_file_is_refused_for_writing(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: permission bits mean nothing to root, who may run these tests.
    monkeypatch.setattr(
        store_module.os, "access", lambda path, mode: Path(path) != plan_path or mode != os.W_OK
    )
    with pytest.raises(PlanFileError, match="read-only") as caught:
        PlanStore.open(plan_path)
    assert caught.value.kind == "read_only_file"
    assert not lock_path(plan_path).exists()
    PlanStore.open(plan_path, read_only=True).close()


def test_context_manager_closes(plan_path: Path) -> None:
    with PlanStore.open(plan_path, backup_on_open=False) as store:
        assert not store.closed
    assert store.closed
    assert not lock_path(plan_path).exists()
