"""Is an objective SMART? A discreet completeness check: it says what is missing, never refuses.

The four criteria and the rules behind them:

- **Specific**: the statement has at least `MIN_WORDS` words *and* names a segment or a
  product of the plan. "Names" is read leniently: one *key word* of a segment's name or of a
  product's title appears in the statement. Key words are words of at least four letters
  that are not everyday function words or verbs (English or French); they are compared
  without case or accents, and two words are the same when they are equal without a final
  "s"/"x" or share their first `STEM_LETTERS` letters ("offices" names "office",
  "subscribers" names "subscription", "abonnés" names "abonnement").
- **Measurable**: a KPI, a baseline and a target are set.
- **Achievable / realistic** (a warning only): the target differs from the baseline and,
  when the baseline is not zero, lies within `MAX_RATIO` times it (up or down) and on the
  same side of zero. Not judged while the baseline or the target is missing (measurable
  already says so).
- **Time-bound**: a deadline within the plan's years.

The caller passes the vocabulary (the plan's segment names, the titles of its product
actions); the check itself reads nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from stratdesk.i18n import translate

MIN_WORDS = 8
MAX_RATIO = 10.0
STEM_LETTERS = 6
KEY_WORD_LETTERS = 4

# Words that say nothing about who or what: function words and the verbs every objective uses.
_ENGLISH_COMMON = """
        about above after also among amongst before below between both down each every from
        have into less more most much only other over same some than that their them then
        there these they this those through under until upon very what when where which while
        with within without your ours year years month months quarter week weeks total least
        end reach achieve bring build create design make grow increase improve reduce raise
        cut keep launch offer open take turn boost double triple halve deliver win gain lower
"""
# French, without accents (as compared).
_FRENCH_COMMON = """
        avec dans depuis entre leur leurs notre nos votre vos plus moins sous sans chaque tous
        toutes tout toute cette ces elle elles pour par vers chez fin annee annees mois
        semaine trimestre atteindre porter faire creer lancer offrir ouvrir gagner augmenter
        ameliorer reduire baisser doubler tripler garder livrer passer
"""
_COMMON = frozenset(_ENGLISH_COMMON.split() + _FRENCH_COMMON.split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class SmartCriterion(StrEnum):
    SPECIFIC = "specific"
    MEASURABLE = "measurable"
    ACHIEVABLE = "achievable"
    TIME_BOUND = "time_bound"


class SmartIssue(StrEnum):
    SHORT_STATEMENT = "short_statement"
    NO_SEGMENT_OR_PRODUCT = "no_segment_or_product"
    NO_KPI = "no_kpi"
    NO_BASELINE = "no_baseline"
    NO_TARGET = "no_target"
    NO_CHANGE = "no_change"  # warning
    FAR_TARGET = "far_target"  # warning
    NO_DEADLINE = "no_deadline"
    DEADLINE_OUTSIDE = "deadline_outside"


CRITERION_OF: dict[SmartIssue, SmartCriterion] = {
    SmartIssue.SHORT_STATEMENT: SmartCriterion.SPECIFIC,
    SmartIssue.NO_SEGMENT_OR_PRODUCT: SmartCriterion.SPECIFIC,
    SmartIssue.NO_KPI: SmartCriterion.MEASURABLE,
    SmartIssue.NO_BASELINE: SmartCriterion.MEASURABLE,
    SmartIssue.NO_TARGET: SmartCriterion.MEASURABLE,
    SmartIssue.NO_CHANGE: SmartCriterion.ACHIEVABLE,
    SmartIssue.FAR_TARGET: SmartCriterion.ACHIEVABLE,
    SmartIssue.NO_DEADLINE: SmartCriterion.TIME_BOUND,
    SmartIssue.DEADLINE_OUTSIDE: SmartCriterion.TIME_BOUND,
}
WARNINGS = frozenset({SmartIssue.NO_CHANGE, SmartIssue.FAR_TARGET})


@dataclass(frozen=True)
class SmartCheck:
    """What an objective lacks, criterion by criterion (no issue: SMART)."""

    issues: tuple[SmartIssue, ...] = ()

    def issues_of(self, criterion: SmartCriterion) -> tuple[SmartIssue, ...]:
        return tuple(i for i in self.issues if CRITERION_OF[i] == criterion)

    def met(self, criterion: SmartCriterion) -> bool:
        """Whether `criterion` holds (an achievability warning counts as not met)."""
        return not self.issues_of(criterion)

    @property
    def complete(self) -> bool:
        return not self.issues

    @property
    def missing(self) -> tuple[SmartIssue, ...]:
        """The issues that are more than a warning."""
        return tuple(i for i in self.issues if i not in WARNINGS)

    @property
    def warnings(self) -> tuple[SmartIssue, ...]:
        return tuple(i for i in self.issues if i in WARNINGS)

    @property
    def score(self) -> int:
        """How many of the four criteria hold."""
        return sum(self.met(c) for c in SmartCriterion)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of `text`, lower case and without accents (digits and signs dropped)."""
    return [_plain(w) for w in _WORD.findall(text)]


def word_count(text: str) -> int:
    """How many words `text` has, numbers included ("1,200" and "€45" count as one each)."""
    return sum(1 for token in text.split() if re.search(r"\w", token))


def key_words(text: str) -> set[str]:
    """The words of `text` that can name something: long enough and not common."""
    return {w for w in words(text) if len(w) >= KEY_WORD_LETTERS and w not in _COMMON}


def same_word(a: str, b: str) -> bool:
    """Equal without a final s/x, or sharing their first `STEM_LETTERS` letters."""
    if a.rstrip("sx") == b.rstrip("sx"):
        return True
    long_enough = min(len(a), len(b)) >= STEM_LETTERS
    return long_enough and a[:STEM_LETTERS] == b[:STEM_LETTERS]


def names_any(statement: str, terms: Iterable[str]) -> bool:
    """Whether `statement` holds a key word of one of `terms` (see the module's rule)."""
    said = key_words(statement)
    wanted = set().union(*(key_words(term) for term in terms))
    return any(same_word(a, b) for a in said for b in wanted)


def _achievability(baseline: float, target: float) -> SmartIssue | None:
    if target == baseline:
        return SmartIssue.NO_CHANGE
    if baseline == 0:
        return None  # growth from nothing has no ratio to judge
    ratio = target / baseline
    if ratio <= 0 or ratio > MAX_RATIO or ratio < 1 / MAX_RATIO:
        return SmartIssue.FAR_TARGET
    return None


def smart_check(
    statement: str,
    *,
    kpi_id: int | None,
    baseline: float | None,
    target: float | None,
    deadline: dt.date | None,
    years: tuple[int, int],
    segments: Iterable[str] = (),
    products: Iterable[str] = (),
) -> SmartCheck:
    """Check an objective's fields against the four criteria (see the module's rules)."""
    issues: list[SmartIssue] = []
    if word_count(statement) < MIN_WORDS:
        issues.append(SmartIssue.SHORT_STATEMENT)
    if not names_any(statement, [*segments, *products]):
        issues.append(SmartIssue.NO_SEGMENT_OR_PRODUCT)
    if kpi_id is None:
        issues.append(SmartIssue.NO_KPI)
    if baseline is None:
        issues.append(SmartIssue.NO_BASELINE)
    if target is None:
        issues.append(SmartIssue.NO_TARGET)
    if baseline is not None and target is not None:
        warning = _achievability(baseline, target)
        if warning is not None:
            issues.append(warning)
    if deadline is None:
        issues.append(SmartIssue.NO_DEADLINE)
    elif not years[0] <= deadline.year <= years[1]:
        issues.append(SmartIssue.DEADLINE_OUTSIDE)
    return SmartCheck(tuple(issues))


# -- the words people read ---------------------------------------------------------------------
_SYMBOL = {True: "✓", False: "✗"}


def criterion_label(criterion: SmartCriterion) -> str:
    labels = {
        SmartCriterion.SPECIFIC: translate("Smart", "Specific"),
        SmartCriterion.MEASURABLE: translate("Smart", "Measurable"),
        SmartCriterion.ACHIEVABLE: translate("Smart", "Achievable"),
        SmartCriterion.TIME_BOUND: translate("Smart", "Time-bound"),
    }
    return labels[criterion]


def criterion_letter(criterion: SmartCriterion) -> str:
    """The criterion's letter in the acronym (S, M, A, T), the same in every language."""
    return {"specific": "S", "measurable": "M", "achievable": "A", "time_bound": "T"}[criterion]


def issue_text(issue: SmartIssue) -> str:
    """What to do about `issue`, as a short phrase ("no baseline")."""
    texts = {
        SmartIssue.SHORT_STATEMENT: translate(
            "Smart", "the statement is short (at least {count} words)"
        ).format(count=MIN_WORDS),
        SmartIssue.NO_SEGMENT_OR_PRODUCT: translate(
            "Smart", "it names no segment or product of the plan"
        ),
        SmartIssue.NO_KPI: translate("Smart", "no KPI measures it"),
        SmartIssue.NO_BASELINE: translate("Smart", "no baseline"),
        SmartIssue.NO_TARGET: translate("Smart", "no target"),
        SmartIssue.NO_CHANGE: translate("Smart", "the target equals the baseline"),
        SmartIssue.FAR_TARGET: translate(
            "Smart", "the target is far from the baseline (more than {ratio}× up or down)"
        ).format(ratio=int(MAX_RATIO)),
        SmartIssue.NO_DEADLINE: translate("Smart", "no deadline"),
        SmartIssue.DEADLINE_OUTSIDE: translate("Smart", "the deadline is outside the plan's years"),
    }
    return texts[issue]


def criterion_line(check: SmartCheck, criterion: SmartCriterion) -> str:
    """One line per criterion: "✓ Specific", "✗ Measurable: no baseline; no target", and
    "! Achievable: …" for a warning."""
    issues = check.issues_of(criterion)
    label = criterion_label(criterion)
    if not issues:
        return f"{_SYMBOL[True]} {label}"
    symbol = "!" if all(i in WARNINGS for i in issues) else _SYMBOL[False]
    details = translate("Smart", "; ").join(issue_text(i) for i in issues)
    return translate("Smart", "{symbol} {criterion}: {details}").format(
        symbol=symbol, criterion=label, details=details
    )


def check_summary(check: SmartCheck) -> str:
    """One sentence for a badge or a screen reader ("SMART: 3 of 4 criteria met")."""
    if check.complete:
        return translate("Smart", "SMART: every criterion is met")
    return translate("Smart", "SMART: {met} of 4 criteria met").format(met=check.score)
