"""Load a Qt Linguist `.ts` catalogue without Qt, and translate with it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from defusedxml import ElementTree

from stratdesk.resources import resource

SUPPORTED_LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"


class Catalog:
    """The finished translations of one language, keyed by (context, source)."""

    def __init__(self, language: str, messages: dict[tuple[str, str], str]) -> None:
        self.language = language
        self._messages = messages

    @classmethod
    def from_ts(cls, language: str, path: Path) -> Catalog:
        messages: dict[tuple[str, str], str] = {}
        for context in ElementTree.parse(path).iter("context"):
            name = context.findtext("name", default="")
            for message in context.iter("message"):
                source = message.findtext("source", default="")
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                # A `%n` plural keeps its text in <numerusform>s and needs a count, which
                # translate() has no way to receive: leave it to the source text.
                if message.get("numerus") == "yes":
                    continue
                if node.text and node.text.strip():
                    messages[(name, source)] = node.text
        return cls(language, messages)

    def translate(self, context: str, text: str) -> str:
        return self._messages.get((context, text), text)

    def __len__(self) -> int:
        return len(self._messages)


@cache
def load_catalog(language: str) -> Catalog:
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {language!r}")
    if language == SOURCE_LANGUAGE:
        return Catalog(language, {})
    return Catalog.from_ts(language, resource("translations", f"stratdesk_{language}.ts"))


# The process-wide language, like the QTranslator installed on a QApplication.
_active: Catalog = Catalog(SOURCE_LANGUAGE, {})
# A language for one piece of work (an export in a worker thread), in force only in the thread
# (context) that set it: the interface keeps its own language meanwhile.
_override: ContextVar[Catalog | None] = ContextVar("stratdesk_language", default=None)


def set_language(language: str) -> None:
    global _active
    _active = load_catalog(language)


@contextmanager
def using_language(language: str) -> Iterator[None]:
    """Translate into `language` within the block, in this thread only; restored after.

    An export written in the plan's language uses it, so that the window's language never
    changes under the person's eyes (and no other thread sees the switch)."""
    token = _override.set(load_catalog(language))
    try:
        yield
    finally:
        _override.reset(token)


def _catalog() -> Catalog:
    chosen = _override.get()  # not `or`: an English catalogue is empty, hence falsy
    return _active if chosen is None else chosen


def current_language() -> str:
    return _catalog().language


def translate(context: str, text: str) -> str:
    """Translate `text` into the current language (the source text when none is known)."""
    return _catalog().translate(context, text)


def system_language() -> str:
    """The person's language from the environment: French if their locale is French."""
    import locale
    import os

    for value in (
        os.environ.get("LANGUAGE", "").split(":")[0],
        os.environ.get("LC_ALL", ""),
        os.environ.get("LC_MESSAGES", ""),
        os.environ.get("LANG", ""),
        (locale.getlocale()[0] or ""),
    ):
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE
