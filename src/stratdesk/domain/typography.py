"""French typography for text shown in French: spaces before high punctuation, guillemets.

- a no-break space (U+00A0) before « : », « ; », « ! » and « ? » (replacing any space typed
  there, a narrow one included, adding one where none was), as the catalogue writes them;
- « » guillemets with no-break spaces inside, for "…" and “…” quotes;
- the typographic apostrophe ’ for '.

Only punctuation that ends a word is touched (followed by a space, the end, a closing quote
or bracket, or more punctuation): "10:30", "https://…" and "?id=3" stay as typed. Applying
it twice gives the same text.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_SPACES = f"[ {NBSP}{NNBSP}\t]*"
_END = r"(?=$|\s|[»”\"')\].,…!?;:])"
_COLON = re.compile(rf"([^\s;:!?«]){_SPACES}:{_END}")
_HIGH = re.compile(rf"([^\s;:!?«]){_SPACES}([;!?]){_END}")
_OPEN = re.compile(rf"«{_SPACES}")
_CLOSE = re.compile(rf"{_SPACES}»")


def _guillemets(text: str) -> str:
    """Straight and curly double quotes as « », each opening one after a space or a start."""
    text = text.replace("“", "«").replace("”", "»")
    out = []
    for i, char in enumerate(text):
        if char == '"':
            opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "([{«—–-/"
            out.append("«" if opening else "»")
        else:
            out.append(char)
    return "".join(out)


def french_typography(text: str) -> str:
    """`text` with French spacing, guillemets and apostrophes (see the module's rules)."""
    text = _guillemets(text).replace("'", "’")
    text = _OPEN.sub(f"«{NBSP}", text)
    text = _CLOSE.sub(f"{NBSP}»", text)
    text = _COLON.sub(rf"\1{NBSP}:", text)
    return _HIGH.sub(rf"\1{NBSP}\2", text)


def typeset(text: str, language: str) -> str:
    """`text` as it is printed in `language` (French typography in French, else as typed)."""
    return french_typography(text) if language == "fr" else text
