"""Quantity subjects through discourse, on the real model (issue 15).

Sentences are the project's own, with invented companies. Each case names the
figure and the entity it should be about, or None where a reader could not
say for sure: precision first, a wrong subject costs more than none.
"""

from __future__ import annotations

import pytest

_ABOUT = [
    # "it" / "its": the organization last named as a main subject.
    (
        "Halvorsen Foods reported results on Monday. "
        "It is also paying $2m to settle a claim.",
        "$2m",
        "Halvorsen Foods",
    ),
    (
        "Halvorsen Foods reported results on Monday. Its shares rose 4% in Oslo.",
        "4%",
        "Halvorsen Foods",
    ),
    # Through a chain of anaphors: "It said ... The firm has ...".
    (
        "Halvorsen Foods filed for bankruptcy on Monday. It said its 300 stores "
        "would stay open. The firm has debts of $1.2bn.",
        "$1.2bn",
        "Halvorsen Foods",
    ),
    # A description that only places the organization.
    (
        "Brandt Motoren GmbH cut 900 jobs last year. "
        "The German group said profit rose 6% in 2004.",
        "6%",
        "Brandt Motoren GmbH",
    ),
    (
        "Carrow Motors posted a loss on Tuesday. The US giant lost $630m in the quarter.",
        "$630m",
        "Carrow Motors",
    ),
    # A bare measure of a main clause.
    (
        "Halvorsen Foods reported results on Monday. Net profit rose 12% to $40m.",
        "12%",
        "Halvorsen Foods",
    ),
    # Named inside the subject phrase of the sentence before.
    (
        "Profits at drugmaker Ostara Pharma fell 9% last year. "
        "The firm said its sales were $400m.",
        "$400m",
        "Ostara Pharma",
    ),
    # An appositive names the subject before its possessor does.
    (
        "Tolvik Holdings, the parent of Dunmore Shipping, is suing the state for $28m.",
        "$28m",
        "Tolvik Holdings",
    ),
    # Who is accused of paying pays: the object, or the passive subject.
    (
        "Regulators accused Kestrel Bank of paying $4m to an agent.",
        "$4m",
        "Kestrel Bank",
    ),
    ("Kestrel Bank was accused of paying $4m to an agent.", "$4m", "Kestrel Bank"),
    # A participle clause shares a passive subject ("to" clauses do not).
    (
        "Halvorsen Foods's shares were suspended on Tuesday, having fallen by 10% "
        "on Monday.",
        "10%",
        "Halvorsen Foods",
    ),
    # What an organization sees rise is its own.
    (
        "Brandt Motoren GmbH saw vehicle sales rise 8% in 2004.",
        "8%",
        "Brandt Motoren GmbH",
    ),
    # A bare measure named by what kind it is ("operating profit"), with a
    # period after it ("to 31 March").
    (
        "Halvorsen Foods reported a rise in orders thanks to clients like Dunmore "
        "Shipping. Operating profit in the three months to 31 March was $88m.",
        "$88m",
        "Halvorsen Foods",
    ),
    # A name the base model takes for a place, which the text calls a company.
    (
        "Titan, a California-based company, pleaded guilty on Monday. "
        "It agreed to pay $13m in penalties.",
        "$13m",
        "Titan",
    ),
    # "it" doing what only an organization does, past a thing named between.
    (
        "Halvorsen Foods said the market would grow. "
        "It reported a 6% rise in profits to $280m.",
        "$280m",
        "Halvorsen Foods",
    ),
    # "its" and "it" in what a definite organization noun reports.
    (
        "Halvorsen Foods opened stores in May. The firm said its profits were $40m "
        "in the quarter.",
        "$40m",
        "Halvorsen Foods",
    ),
    (
        "Halvorsen Foods opened stores in May. The company said it had set aside "
        "$500m for legal claims.",
        "$500m",
        "Halvorsen Foods",
    ),
    (
        "Halvorsen Foods reported results on Monday. The Norwegian group saw "
        "operating profits fall to $785m.",
        "$785m",
        "Halvorsen Foods",
    ),
    # A description that is not definite by the rule but not another either.
    (
        "Halvorsen Foods has reported its best quarter. The global food giant said "
        "it posted a profit of $26m.",
        "$26m",
        "Halvorsen Foods",
    ),
    # The figure compared with is the same subject's.
    (
        "For the whole of 2004, Halvorsen Foods returned a net profit of $40m, "
        "compared with a loss of $12m in 2003.",
        "$12m",
        "Halvorsen Foods",
    ),
    # The article's topic, named in the sentence before though not as its
    # subject, owns a bare measure.
    (
        "Halvorsen Foods warned on profits. Halvorsen Foods blamed the weather. "
        "Cold weather has hit sales at toolmaker Halvorsen Foods. "
        "Revenue dipped 2% to $860m in 2004.",
        "$860m",
        "Halvorsen Foods",
    ),
    # a definite age stands for the one person just named
    (
        "Ana Ivanovic reached the final in Canberra on Friday. The 17-year-old "
        "will meet Kim Clijsters next.",
        "17-year-old",
        "Ana Ivanovic",
    ),
    (
        "Sprinter Maria Lund has appealed against her ban. The 33-year-old was "
        "suspended last month.",
        "33-year-old",
        "Maria Lund",
    ),
    # "the N-year-old": the subject of the sentence before, when any other
    # person there is inside a phrase ("a victory over ...")
    (
        "Marta Lindqvist won the final with a victory over Petra Novak. "
        "The 19-year-old took the trophy home.",
        "19-year-old",
        "Marta Lindqvist",
    ),
    # a subject that is no person: the one person the sentence names
    (
        "Dunmore Rovers have released striker Adam Walsh after he missed training. "
        "The 26-year-old signed for the club in March.",
        "26-year-old",
        "Adam Walsh",
    ),
    # "I" in a quote is its speaker
    (
        '"I spent three days with the coaches," said Jimmy Connors.',
        "three days",
        "Jimmy Connors",
    ),
    # "we" / "our" in a direct quote: the speaker's organization, as the
    # article ties the speaker to one by title or apposition
    (
        '"We lost $5m last year," said Tom Marley, chief executive of Corvel Shipping.',
        "$5m",
        "Corvel Shipping",
    ),
    (
        '"We have 400 stores in Norway," said Corvel Shipping chief executive Tom '
        "Marley.",
        "400 stores",
        "Corvel Shipping",
    ),
    (
        '"Our revenue rose 8% last year," Corvel Shipping spokesman Tom Marley '
        "told reporters.",
        "8%",
        "Corvel Shipping",
    ),
    # A "with" phrase on the name, which a noun's company rule would drop,
    # and one on the clause, the figure in a participle of its noun.
    (
        "Halvern Motors, with debts of $560m, is looking for a buyer.",
        "$560m",
        "Halvern Motors",
    ),
    (
        "Halvern Motors is losing money, albeit with losses halved to $200m last year.",
        "$200m",
        "Halvern Motors",
    ),
    # A count of an organization's members, staff or shareholders, even as
    # the object of someone else's act.
    (
        "The report forecast growth of 3% for the 30 member countries of the Halvern Group.",
        "30 member countries",
        "Halvern Group",
    ),
    (
        "Halvern Motors sold its stake to 40 shareholders of Norvex Steel.",
        "40 shareholders",
        "Norvex Steel",
    ),
    # Employees no longer: the clause's subject, not the "of" phrase's.
    (
        "Halvern Motors hired 40 former employees of Norvex Steel.",
        "40 former employees",
        "Halvern Motors",
    ),
    # A bare own measure in a clause joined to one an organization is subject of.
    (
        "Halvern Motors enjoyed a 5% rise in sales while revenues rose 10%.",
        "10%",
        "Halvern Motors",
    ),
    (
        "Halvern Motors posted a profit of $3bn, while revenues grew 6% to $40bn.",
        "6%",
        "Halvern Motors",
    ),
    # People who speak for the organization their phrase names report its own.
    (
        "Officials at Brandt Bank said profits rose 5% this year.",
        "5%",
        "Brandt Bank",
    ),
    (
        "Executives at Brandt Bank expect profits to rise 5% this year.",
        "5%",
        "Brandt Bank",
    ),
]

_NOT_ABOUT = [
    # Onlookers at an organization forecast others' measures, not its own.
    ("Analysts at Brandt Bank expect profits to rise 5% this year.", "5%"),
    ("Economists at Harlow Capital said revenue fell 3% in the quarter.", "3%"),
    # Two organizations as one subject: about neither alone.
    (
        "Halvorsen Foods and Dunmore Shipping ended their alliance and two joint "
        "ventures.",
        "two joint ventures",
    ),
    # What was sold does not pay: the seller does.
    ("The unit, Corvel Oil, was sold to pay off a $27bn tax bill.", "$27bn"),
    # "It" may be the plan.
    (
        "Halvorsen Foods unveiled a plan on Monday. The plan is bold. It will cost $5m.",
        "$5m",
    ),
    (
        "Halvorsen Foods reported results on Monday. The new policy took effect in "
        "May. It will raise $2bn a year.",
        "$2bn a year",
    ),
    # Another organization named since.
    (
        "Halvorsen Foods signed a deal with Dunmore Shipping. Its shares rose 4%.",
        "4%",
    ),
    # The set a subject is one of.
    (
        "Brandt Motoren GmbH is the largest of the 12 carmakers in the region.",
        "12 carmakers",
    ),
    # "The rival company" is another one.
    ("Halvorsen Foods reported results. The rival company lost $3m.", "$3m"),
    # What the subject was made into, not the one who made it.
    ("Mr Lund transformed Halvorsen Foods into a $160bn giant.", "$160bn"),
    # Who signs a deal is not who it is worth that much to.
    (
        "Anna Berg began a visit on Monday by signing a deal worth $1bn for "
        "Halvorsen Foods.",
        "$1bn",
    ),
    # A description named right after is that name, not the one before.
    (
        "Dunmore Shipping fell 3%. Malaysia's budget airline, AirAsia fell 2.9%.",
        "2.9%",
    ),
    # "its" after a common noun object of its own sentence may be that noun's.
    (
        "Halvorsen Foods reported results. The regulator can delist a company if "
        "its debt exceeds its assets for two years.",
        "two years",
    ),
    # A combination of two organizations is neither's alone.
    (
        "A combination of Halvorsen Foods and Dunmore Shipping would have annual "
        "sales of $32bn.",
        "$32bn",
    ),
    # "compared with" a figure another organization is named with.
    (
        "Halvorsen Foods returned a profit of $40m, compared with a profit of $55m "
        "at Dunmore Shipping.",
        "$55m",
    ),
    # "they" is never one person.
    (
        'Rolf Lunde runs a small factory. "In Asia they are estimating 15% '
        'growth," Mr Lunde says.',
        "15%",
    ),
    # A bare measure with two organizations named around it, or one that is
    # not the article's topic.
    (
        "Halvorsen Foods warned on profits. Halvorsen Foods blamed the weather. "
        "Cold weather has hit sales at Halvorsen Foods and Dunmore Shipping. "
        "Revenue dipped 2% to $860m in 2004.",
        "$860m",
    ),
    (
        "Cold weather has hit sales at toolmaker Halvorsen Foods. "
        "Revenue dipped 2% to $860m in 2004.",
        "$860m",
    ),
    # A thing between, and a verb a thing can do.
    (
        "Halvorsen Foods said the market would grow. It rose 6% to $280m.",
        "$280m",
    ),
    # "The rival firm" is another one, and so is what it reports.
    (
        "Halvorsen Foods opened stores in May. The rival firm said its profits "
        "were $40m in the quarter.",
        "$40m",
    ),
    # The report is not an organization.
    (
        "Halvorsen Foods opened stores in May. The report said its profits "
        "were $40m in the quarter.",
        "$40m",
    ),
    # A place stays a place: "it" is not the town.
    (
        "Jacksonville, a city in Florida, passed a budget on Monday. "
        "It agreed to pay $13m to its teachers.",
        "$13m",
    ),
    # Inside a quote, "it" is the speaker's to mean.
    (
        'Halvorsen Foods reported results on Monday. "It paid $5m," said Anna Berg.',
        "$5m",
    ),
    # two people just named, or a person no entity holds, or someone new
    (
        "Ana Ivanovic beat Tatiana Golovin 6-3 6-4 on Friday. The 17-year-old "
        "will meet Kim Clijsters next.",
        "17-year-old",
    ),
    (
        "Ana Ivanovic won in Canberra. A 17-year-old from Leeds also won.",
        "17-year-old",
    ),
    # a work's takings are the work's, not its star's
    ("Will Smith's romantic comedy Hitch took $21m at the weekend.", "$21m"),
    # "we" of a speaker tied to no organization, or to two
    ('"We lost $5m last year," said Tom Marley.', "$5m"),
    (
        "Tom Marley of Corvel Shipping and Halden Bank spoke on Monday. "
        '"We lost $5m last year," said Mr Marley.',
        "$5m",
    ),
    # a title that makes no one speak for an organization
    (
        "Tom Marley, the Harbor Party presidential frontrunner, spoke on Monday. "
        '"We will save $100bn a year," he said.',
        "$100bn a year",
    ),
    # "we" at a level a price reaches is not the firm's
    (
        '"We think prices are headed to $30 a barrel," said Tom Marley, an '
        "analyst at Halden Bank.",
        "$30 a barrel",
    ),
    # "I" in a quote, but the figure is only a phrase's object
    (
        '"I love playing in front of thousands of fans," said Tim Henman.',
        "thousands of fans",
    ),
    # Not a noun of belonging, nor of two organizations.
    ("Three critics of Halvern Motors spoke at the meeting.", "Three critics"),
    ("The strike hit 300 workers of Halvern Motors and Norvex Steel.", "300 workers"),
    # A "with" or joined measure named as another's, or of a subject that
    # only mentions the organization, or of two, or of a source's analysts.
    ("Halvern Motors was in second place with Norvex Steel's sales of $4bn.", "$4bn"),
    ("Halvern Motors cut prices while retail sales rose 2%.", "2%"),
    ("Shares in Halvern Motors rose 3% while output fell 2%.", "2%"),
    ("Halvern Motors and Norvex Steel cut prices while revenues rose 8%.", "8%"),
    ("Analysts at Brandt Bank cut their forecasts while profits rose 5%.", "5%"),
]


def _subject(nlp, text: str, figure: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.ck_entities}
    found = [c for c in doc._.ck_claims if c["text"] == figure]
    assert len(found) == 1, [c["text"] for c in doc._.ck_claims]
    return names.get(found[0]["subject"]) if found[0]["subject"] else None


@pytest.mark.model
@pytest.mark.parametrize(("text", "figure", "subject"), _ABOUT)
def test_subject_through_syntax_and_discourse(nlp, text, figure, subject) -> None:
    assert _subject(nlp, text, figure) == subject


@pytest.mark.model
@pytest.mark.parametrize(("text", "figure"), _NOT_ABOUT)
def test_no_subject_when_unsure(nlp, text, figure) -> None:
    assert _subject(nlp, text, figure) is None
