"""Entities near a figure that are someone other than its subject (used by
:mod:`claimkit.components.subjects`): the source a report noun names, the
other side of a comparison, the person whose group a pronoun owns, the
organization onlookers work at ("analysts at Brandt Bank expect ...").
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a report, whose "from"/"by" phrase names its source, not the one
# its figures are about ("Figures from the Commerce Department showed ...").
REPORT_NOUNS = frozenset(
    {
        "analysis",
        "data",
        "estimate",
        "figure",
        "finding",
        "forecast",
        "number",
        "poll",
        "report",
        "research",
        "statistic",
        "statistics",
        "study",
        "survey",
    }
)
REPORT_PREPS = frozenset({"from", "by"})
# Prepositions of comparison: "184 places below Henman" is not Henman's.
_OTHER_PREPS = frozenset({"above", "ahead", "behind", "below", "beyond", "than"})
# Groups a person's pronoun owns: "his side", "their club", "her company".
_GROUP_NOUNS = frozenset(
    {
        "band",
        "business",
        "club",
        "company",
        "country",
        "firm",
        "government",
        "group",
        "party",
        "side",
        "squad",
        "team",
        "union",
    }
)


def names_another(noun: Token, child: Token) -> bool:
    """``child`` names someone other than the one ``noun`` is of: the source
    of a report noun ("Figures from the Commerce Department showed exports
    down 2.3%": the department reports, the exports are not its own), the
    other side of a comparison ("184 places below Henman"), or the person
    whose group a pronoun owns ("his side were denied two tries": the side's,
    not the coach's; "his company's profits")."""
    if child.dep_ == "prep":
        if child.lower_ in _OTHER_PREPS:
            return True
        return (
            noun.pos_ == "NOUN"
            and noun.lemma_.lower() in REPORT_NOUNS
            and child.lower_ in REPORT_PREPS
        )
    return (
        child.dep_ == "poss"
        and child.pos_ == "PRON"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _GROUP_NOUNS
    )


# People whose work is to judge others' figures: "analysts at Brandt Bank
# expect profits to rise 5%" forecasts no profits of the bank's own (while
# "officials" or "executives at Brandt Bank" speak for it).
_ONLOOKERS = frozenset(
    {
        "analyst",
        "broker",
        "commentator",
        "critic",
        "dealer",
        "economist",
        "expert",
        "observer",
        "researcher",
        "strategist",
        "trader",
    }
)


def onlooker(reporter: Token, index: dict[int, str]) -> bool:
    """A common noun of people who judge figures from the organization their
    phrase names ("analysts at Brandt Bank", "economists at Harlow"): what
    they expect of a bare measure is not that organization's own."""
    return reporter.i not in index and reporter.lemma_.lower() in _ONLOOKERS
