"""The positioning statement, in the plan's language: English, and French with its
typography and contractions; empty fields as placeholders."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.positioning import FIELDS, build_statement, field_values
from stratdesk.domain.typography import NBSP

ENGLISH = {
    "target": "remote workers",
    "need": "miss the coffee of their favourite café",
    "category": "a fresh coffee subscription",
    "benefit": "delivers coffee roasted to order",
    "alternative": "supermarket coffee",
    "differentiator": "roasts in Lyon 48 hours before delivery.",  # its full stop is dropped
    "proof": "a regional roasting award",
}
FRENCH = {
    "target": "les télétravailleurs",
    "need": "regrettent le café de leur bistrot",
    "category": "un abonnement de café frais",
    "benefit": "livre un café torréfié à la commande",
    "alternative": "les cafés de supermarché",
    "differentiator": "torréfie à Lyon",
    "proof": "un prix régional: « meilleur torréfacteur »!",
}


def test_the_whole_statement_in_english():
    statement = build_statement(ENGLISH, "Brûlerie des Quais", "en")
    assert statement.text == (
        "For remote workers who miss the coffee of their favourite café, Brûlerie des Quais "
        "is a fresh coffee subscription that delivers coffee roasted to order. Unlike "
        "supermarket coffee, Brûlerie des Quais roasts in Lyon 48 hours before delivery. "
        "Proof: a regional roasting award."
    )
    assert statement.complete and statement.missing == ()
    assert statement.language == "en"


def test_the_whole_statement_in_french_with_its_typography():
    statement = build_statement(FRENCH, "Brûlerie des Quais", "fr")
    assert statement.text == (
        "Pour les télétravailleurs qui regrettent le café de leur bistrot, Brûlerie des Quais "
        "est un abonnement de café frais qui livre un café torréfié à la commande. "
        "Contrairement aux cafés de supermarché, Brûlerie des Quais torréfie à Lyon. "
        f"Preuve{NBSP}: un prix régional{NBSP}: «{NBSP}meilleur torréfacteur{NBSP}»{NBSP}!"
    )


def test_french_contracts_the_article_after_a():
    text = build_statement({**FRENCH, "alternative": "le vrac"}, "B", "fr").text
    assert "Contrairement au vrac," in text
    text = build_statement({**FRENCH, "alternative": "la capsule"}, "B", "fr").text
    assert "Contrairement à la capsule," in text
    text = build_statement({**FRENCH, "alternative": "Les Cafés Richard"}, "B", "fr").text
    assert "Contrairement aux Cafés Richard," in text


def test_empty_fields_show_as_placeholders_in_the_plan_s_language():
    english = build_statement({"target": "offices"}, "Acme", "en")
    assert english.text == (
        "For offices who [need], Acme is [category] that [benefit]. Unlike [alternative], "
        "Acme [differentiator]. Proof: [proof]."
    )
    assert english.missing == FIELDS[1:]
    french = build_statement(None, "Acme", "fr")
    assert french.text.startswith("Pour [cible] qui [besoin], Acme est [catégorie]")
    assert french.text.endswith(f"Preuve{NBSP}: [preuve].")
    assert french.missing == FIELDS and not french.complete


def test_the_parts_tell_the_template_s_words_from_the_fields():
    statement = build_statement(ENGLISH, "Acme", "en")
    fields = [p.field for p in statement.parts if p.field]
    assert fields == [
        "target",
        "need",
        "brand",
        "category",
        "benefit",
        "alternative",
        "brand",
        "differentiator",
        "proof",
    ]
    assert statement.parts[0].text == "For " and statement.parts[0].field is None


def test_a_proof_ending_with_its_own_mark_gets_no_full_stop():
    text = build_statement({**ENGLISH, "proof": "rated 4.8 out of 5!"}, "Acme", "en").text
    assert text.endswith("Proof: rated 4.8 out of 5!")


@dataclass(frozen=True)
class Stored:
    target: str = "t"
    need: str = ""
    category: str = "c"
    benefit: str = ""
    alternative: str = ""
    differentiator: str = ""
    proof: str = "p"


def test_fields_come_from_a_read_model_a_mapping_or_nothing():
    assert field_values(Stored())["target"] == "t"
    assert field_values({"proof": "p"}) == {**dict.fromkeys(FIELDS, ""), "proof": "p"}
    assert field_values(None) == dict.fromkeys(FIELDS, "")


words = st.text(alphabet=st.sampled_from(list("abcdefgh ")), min_size=1, max_size=20).filter(
    lambda t: t.strip()
)


@given(st.fixed_dictionaries({name: words for name in FIELDS}))
def test_every_field_written_is_in_the_statement(fields):
    text = build_statement(fields, "Acme", "en").text
    for value in fields.values():
        assert " ".join(value.split()) in text
