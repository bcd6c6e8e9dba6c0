"""The per-user folders stratdesk writes to (never next to a plan file)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from stratdesk import APP_NAME


def data_dir(*, create: bool = True) -> Path:
    """The user data folder; `STRATDESK_DATA_DIR` overrides it (tests, portable installs)."""
    override = os.environ.get("STRATDESK_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir(*, create: bool = True) -> Path:
    """Where the backups go (`create=False` to look without creating anything)."""
    path = data_dir(create=create) / "backups"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def demo_path(language: str) -> Path:
    """Where `stratdesk --demo` keeps its demo plan, one per language."""
    return data_dir() / f"demo-{language}.stratdesk"
