"""The per-user folders stratdesk writes to (never next to a plan file)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from stratdesk import APP_NAME


def data_dir() -> Path:
    """The user data folder; `STRATDESK_DATA_DIR` overrides it (tests, portable installs)."""
    override = os.environ.get("STRATDESK_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_path(language: str) -> Path:
    """Where `stratdesk --demo` keeps its demo plan, one per language."""
    return data_dir() / f"demo-{language}.stratdesk"
