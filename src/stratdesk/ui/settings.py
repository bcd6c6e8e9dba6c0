"""A thin, typed wrapper over QSettings: recent files, window geometry, last page, language.

The composition root builds one and passes it down; tests point it at a temporary INI file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from stratdesk.i18n import SUPPORTED_LANGUAGES

MAX_RECENT = 10


class Settings:
    """The person's preferences, stored by Qt in the platform's usual place."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings()

    @classmethod
    def at(cls, path: Path) -> Settings:
        """Settings kept in the INI file `path` (tests, screenshots)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self._s.sync()

    # -- recent files ----------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self._s.value("recent/files", [])
        # INI files give back a bare string for a one-element list, and None for none.
        items = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [Path(item) for item in items if item]

    def add_recent_file(self, path: Path) -> None:
        """Put `path` first (once), keeping at most `MAX_RECENT` entries."""
        path = Path(path).resolve()
        others = [p for p in self.recent_files() if p != path]
        self._set_recent([path, *others][:MAX_RECENT])

    def remove_recent_file(self, path: Path) -> None:
        self._set_recent([p for p in self.recent_files() if p != Path(path).resolve()])

    def prune_recent_files(self) -> list[Path]:
        """Forget the files that no longer exist; return what remains."""
        kept = [p for p in self.recent_files() if p.is_file()]
        if kept != self.recent_files():
            self._set_recent(kept)
        return kept

    def _set_recent(self, paths: list[Path]) -> None:
        self._s.setValue("recent/files", [str(p) for p in paths])

    # -- window ----------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    def page_list_visible(self) -> bool:
        return self._s.value("window/page_list", "true") not in ("false", False)

    def set_page_list_visible(self, visible: bool) -> None:
        self._s.setValue("window/page_list", "true" if visible else "false")

    def panel_state(self, name: str) -> QByteArray | None:
        """The saved state of a page's side-panel splitter (its widths), by its name."""
        return self._bytes(f"panels/{name}")

    def set_panel_state(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"panels/{name}", value)

    def last_workspace(self) -> str | None:
        value = self._s.value("window/workspace")
        return str(value) if value else None

    def set_last_workspace(self, key: str) -> None:
        self._s.setValue("window/workspace", key)

    def last_page(self, workspace: str) -> str | None:
        value = self._s.value(f"window/page_{workspace}")
        return str(value) if value else None

    def set_last_page(self, workspace: str, page: str) -> None:
        self._s.setValue(f"window/page_{workspace}", page)

    # -- language --------------------------------------------------------------------------
    def language(self) -> str | None:
        value = self._s.value("language")
        return str(value) if value in SUPPORTED_LANGUAGES else None

    def set_language(self, language: str | None) -> None:
        if language is None:
            self._s.remove("language")
        else:
            self._s.setValue("language", language)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
