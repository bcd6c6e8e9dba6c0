"""French typography: no-break spaces before « : ; ! ? », guillemets, apostrophes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.typography import NBSP, french_typography, typeset


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Preuve: 4,8/5", f"Preuve{NBSP}: 4,8/5"),
        ("Vraiment ?", f"Vraiment{NBSP}?"),
        ("Quoi?!", f"Quoi{NBSP}?!"),
        ("a ; b", f"a{NBSP}; b"),
        ("Oui\u202f!", f"Oui{NBSP}!"),  # a narrow space typed there is kept as the catalogue's
        ('le café "frais" ici', f"le café «{NBSP}frais{NBSP}» ici"),
        ("le café “frais”", f"le café «{NBSP}frais{NBSP}»"),
        ("«déjà»", f"«{NBSP}déjà{NBSP}»"),
        ("l'abonnement", "l’abonnement"),
        ("(vrai?)", f"(vrai{NBSP}?)"),
        ("Enfin: « oui »!", f"Enfin{NBSP}: «{NBSP}oui{NBSP}»{NBSP}!"),
    ],
)
def test_french_spacing_and_quotes(typed, printed):
    assert french_typography(typed) == printed


@pytest.mark.parametrize("text", ["https://brulerie.fr", "à 10:30", "page?id=3", "2:1"])
def test_punctuation_inside_a_word_is_left_alone(text):
    assert french_typography(text) == text


def test_english_is_printed_as_typed():
    assert typeset('Proof: "great" coffee!', "en") == 'Proof: "great" coffee!'
    assert typeset("Preuve: oui", "fr") == f"Preuve{NBSP}: oui"


texts = st.text(alphabet=st.sampled_from(list("ab :;!?\"'«»“” .,\u00a0\u202f")), max_size=40)


@given(texts)
def test_applying_it_twice_changes_nothing(text):
    once = french_typography(text)
    assert french_typography(once) == once


@given(texts)
def test_no_plain_space_before_high_punctuation_and_no_straight_quotes(text):
    printed = french_typography(text)
    assert '"' not in printed and "“" not in printed and "'" not in printed
    # After a word (or a closing guillemet), never a breaking or narrow space.
    assert not re.search(r"[\w»][ \u202f]+[:;!?](\s|$)", printed)
