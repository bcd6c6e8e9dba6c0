"""`using_language`: an export's language is in force in its own thread only, and restored."""

from __future__ import annotations

import threading

from stratdesk.i18n import current_language, translate, using_language

SOURCE = ("Report", "Strategy summary")


def test_the_language_holds_in_the_block_and_its_thread_only() -> None:
    assert current_language() == "en"
    inside: list[str] = []
    outside: list[str] = []
    entered, checked = threading.Event(), threading.Event()

    def export() -> None:
        with using_language("fr"):
            inside.append(translate(*SOURCE))
            entered.set()
            checked.wait(5)
        inside.append(current_language())

    worker = threading.Thread(target=export)
    worker.start()
    assert entered.wait(5)
    outside.append(translate(*SOURCE))  # the interface, meanwhile
    checked.set()
    worker.join(5)
    assert inside == ["Synthèse de la stratégie", "en"]
    assert outside == ["Strategy summary"]
    with using_language("fr"), using_language("en"):
        # English, whose catalogue is empty, still counts as the chosen language.
        assert translate(*SOURCE) == "Strategy summary" and current_language() == "en"
