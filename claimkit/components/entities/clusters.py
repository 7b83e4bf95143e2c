"""One type per name, then short forms clustered with their full form.

Each name's label comes from the model's votes and the text's evidence over
all its mentions. Short forms then join their full form ("Windsor" ->
"Richard Windsor", "Wenfeng" -> "Liang Wenfeng"); namesakes stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from claimkit.components._extensions import text_of
from claimkit.components.entities.cues import (
    OTHER_SEX,
    acronym_typed_person,
    always_mistered,
    capitals_only,
    company_namesake,
    cut_at_initial,
    first_surname,
    given_names_before,
    mostly_determined,
    titled_sex,
)
from claimkit.components.entities.edges import NAME_NUMBERS
from claimkit.components.entities.forms import (
    _CONNECTORS,
    _COUNTRY_PREFIXES,
    _in_order,
    _opens,
    _qualifier,
    _variant,
    named_alone_first,
)
from claimkit.components.entities.glued import regroup
from claimkit.components.entities.joins import (
    bracketed_short_forms,
    hyphen_part,
    initials,
    initials_and_surname,
    joint_names,
    loose_target,
    org_of_short_form,
    promote,
    spelled_in_brackets,
    without_models,
)
from claimkit.components.entities.mentions import (
    AGENT,
    PLACES,
    TYPES,
    _Name,
)
from claimkit.components.entities.places import is_place, not_opened_by_place
from claimkit.components.entities.spans import _POSSESSIVE
from claimkit.components.entities.support import (
    _supported,
    _unsupported,
    named_thing,
    orgs_by_members,
)
from claimkit.components.entities.works import (
    NOT_AGENTS,
    OUTWEIGHED,
    THING,
    named_work,
)
from claimkit.linking.normalize import (
    GENERIC_HEADS,
    PERSON_SUFFIXES,
    REGION_WORDS,
    SURNAMES,
    extends_plainly,
    is_nickname,
)

if TYPE_CHECKING:
    from claimkit.components.entities.resolver import EntityResolver
    from claimkit.text.names import GivenNames


def _decide(name: _Name, resolver: EntityResolver) -> str:
    """One label for a name from the model's votes and the text's evidence."""
    scores = name.scores()
    agent = scores.pop(AGENT, 0.0)
    # A tie goes to the label the text itself gave.
    label, top = max(
        scores.items(),
        key=lambda item: (item[1], name.evidence[item[0]], item[0]),
        default=("", 0.0),
    )
    if is_place(name, label, agent, resolver):
        return "PLACE"
    work = named_work(name)
    if work is not None and (label in TYPES or label in OUTWEIGHED):
        return work
    clues = name.evidence[label]
    if (
        label in OUTWEIGHED
        and clues
        and (clues < name.evidence[AGENT] or 3 * clues < len(name.spans))
    ):
        # One "a Moreau" against three "Moreau said", or one "a National
        # Convention" among five mentions: the clue is the odd one, and the
        # model's person or organization stands.
        rest = {k: v for k, v in scores.items() if k in TYPES and v > 0}
        if rest:
            return max(rest.items(), key=lambda item: (item[1], item[0]))[0]
    org_votes = name.model.get("ORG", 0.0)
    if (
        label == "PERSON"
        and org_votes > 0
        and org_votes >= name.model.get("PERSON", 0.0)
        and capitals_only(name, resolver)
    ):
        # "BP, a big investor": a role in apposition fits a firm as well, and
        # an acronym the model calls a firm is none of a person's names.
        return "ORG"
    if label == "PERSON" and mostly_determined(name):
        return "ORG" if name.model.get("ORG") or name.evidence["ORG"] else THING
    if label in TYPES:
        return label
    # Countries speak and own things too: acting only retypes non-places.
    # Nor do titles, awards and things: "Closer's cast" is a film's.
    if agent and label not in PLACES and label not in NOT_AGENTS:
        person, org = scores.get("PERSON", 0.0), scores.get("ORG", 0.0)
        if max(person, org) + agent >= top:
            if person != org:
                return "PERSON" if person > org else "ORG"
            return _shape_type(name)
    return label


def _shape_type(name: _Name) -> str:
    span = name.spans[0]
    words = [t for t in span if not t.is_punct]
    if len(words) in (2, 3) and all(t.is_title for t in words):
        return "PERSON"
    return "ORG"


def _cluster(
    names: dict[str, _Name], labels: dict[str, str], resolver: EntityResolver
) -> Generator[list[list[Span]], list[bool], list[tuple[str, list[Span]]]]:
    """Join short forms to their full form; keep namesakes apart.

    A generator: it yields the groups nothing supports and takes back
    whether the base recognizer confirms each (:func:`.recognizers.confirm_all`).

    A one-word form joins a person whose name holds it whatever the model
    called it alone ("Lara" tagged ORG beside "Brian Lara"), unless the text
    itself says otherwise; a group takes the label of its fullest form.
    """
    regroup(names, labels, resolver)
    acronym_typed_person(names, labels, resolver)
    by_length = sorted(names, key=lambda k: (-len(k.split()), k))
    groups: dict[str, list[Span]] = {}
    group_label: dict[str, str] = {}
    index: dict[str, list[str]] = defaultdict(list)  # word or initials -> groups
    members: dict[str, list[str]] = defaultdict(list)  # group -> names joined to it
    bracketed = bracketed_short_forms(names, resolver.places)
    # "Gazprom-Rosneft" beside "Rosneft": no short form of either
    joint = joint_names(k for k in names if labels[k] == "ORG")
    for key in by_length:
        label = labels[key]
        name = names[key]
        targets: list[str] = []
        words = key.split()
        near = index.get(words[0], []) + index.get(key, [])
        same = [
            k for k in index.get(_squashed(key), []) if _squashed(k) == _squashed(key)
        ] or [k for k in near if _variant(key, k)]
        if labels.get(bracketed.get(key, ""), "PERSON") not in (*TYPES, ""):
            # "Consumer Electronics Show (CES)": the short form of an event,
            # a title or a thing is one too.
            continue
        if same and group_label[same[0]] == label:
            # "TimeWarner" and "Time Warner", "Mayors Council" and "Mayors' Council"
            groups[same[0]].extend(name.spans)
            continue
        # The model often calls a lone given name a place ("Wenfeng").
        # "El Guerrouj" typed ORG beside "Hicham El Guerrouj": any short form
        # that the text seldom calls otherwise may be a person's ("Clinton"
        # typed ORG 18 times beside one "Clinton campaign").
        clued = _often_not(name, "PERSON") and label != "PERSON"
        if company_namesake(name, label) and _targets(
            key, "PERSON", near, group_label, resolver, members=members
        ):
            # The firm's, not a namesake's ("Marlow" beside "Ada Marlow"):
            # its one full name's ("Marlow Motor Company"), else its own
            # ("Marlow" beside "Marlow Vento" and "Marlow Sol") when several.
            targets = _targets(
                key, "ORG", near, group_label, resolver, own=label, members=members
            )
            if len(targets) > 1:
                groups[key] = list(name.spans)
                group_label[key] = label
                for word in _index_words(key, joint):
                    index[word].append(key)
                continue
        if not targets and (
            len(words) > 1 or (not clued and not capitals_only(name, resolver))
        ):
            # "De Niro" and "Connick Jr" are short forms of a fuller name too.
            targets = _targets(
                key, "PERSON", near, group_label, resolver, members=members
            )
            targets = not_opened_by_place(name, label, targets, resolver)
            if clued:
                # Two words or more that end a person's name are that person's
                # whatever a clue says ("Peña Nieto" typed ORG beside
                # "Enrique Peña Nieto").
                targets = [t for t in targets if t.split()[-len(words) :] == words]
            if len(words) == 1 and always_mistered(name):
                # "Mr Howard" is no Howard Flight: a courtesy title takes
                # the surname, so only a name ending in it is his (or, in
                # a Spanish name, holding it: "Ms. Acosta", "Melba Acosta Febo")
                targets = [
                    t
                    for t in targets
                    if _surname(t, resolver) == key or first_surname(key, t, resolver)
                ]
            # "Mr. Obama" is no Michelle Obama, "Mrs Clinton" no Bill Clinton
            other = OTHER_SEX[titled_sex(name)] if targets else ()
            if other:
                targets = [
                    t
                    for t in targets
                    if resolver.given_names.gender(t.split()[0]) not in other
                ]
        # A short form the model calls a place ("Japan") is no company's
        # short form ("Japan Airlines").
        if not targets and (label in TYPES or (label == "" and len(words) == 1)):
            targets = _targets(
                key, "ORG", near, group_label, resolver, own=label, members=members
            )
        if not targets and (
            label in ("ORG", "") or spelled_in_brackets(key, bracketed.get(key))
        ):
            targets = org_of_short_form(key, bracketed, groups, group_label)
        if not targets and label == "PERSON" and len(words) == 1:
            targets = _person_typed_org(key, name, names, near, group_label, resolver)
            for target in targets:
                group_label[target] = "PERSON"
        if not targets:
            targets = loose_target(key, label, group_label, _acronyms, joint)
            if targets and len(key) > len(targets[0]):
                # "Manchester United" after "Man Utd": the fuller form leads.
                promote(key, targets[0], name.spans, groups, group_label, index)
                # "Steve" of "Steve Gerrard", promoted to "Steven Gerrard"
                members[key] = [*members.pop(targets[0], []), targets[0]]
                for word in _index_words(key, joint):
                    index[word].append(key)
                continue
            for target in targets:  # "United" of "Man Utd", joined to it
                for word in _index_words(key, joint):
                    index[word].append(target)
        targets = without_models(key, targets)
        if label == "ORG" and len(words) == 1:
            targets = [t for t in targets if not named_alone_first(name, t, groups[t])]
        if len(targets) == 1:
            groups[targets[0]].extend(name.spans)
            members[targets[0]].append(key)
        elif targets:
            _attach_to_namesake(key, name.spans, targets, groups)
        elif label in TYPES:
            groups[key] = list(name.spans)
            group_label[key] = label
            for word in _index_words(key, joint):
                index[word].append(key)
    orgs_by_members(groups, group_label, members, names, labels, resolver)
    kept = [
        (k, spans)
        for k, spans in groups.items()
        if spans
        and not (group_label[k] == "PERSON" and cut_at_initial(spans))
        and not _unsupported(k, names[k], group_label[k], spans, resolver)
        and not named_thing(names, [k, *members[k]], spans, resolver)
    ]
    supported = [
        _supported(k, [k, *members[k]], names, group_label[k], spans, resolver)
        for k, spans in kept
    ]
    # The rest wait for the base recognizer (recognizers.confirm_all), which
    # reads the unsupported names of a whole batch of Docs at once.
    unsure = [spans for (_, spans), ok in zip(kept, supported, strict=True) if not ok]
    checked = iter((yield unsure))
    found = [
        (group_label[k], spans)
        for (k, spans), ok in zip(kept, supported, strict=True)
        if ok or next(checked)
    ]
    return _drop_inside_org_names(found)


def _index_words(key: str, joint: set[str]) -> set[str]:
    """What finds a group: its words, initials and squashed letters, and the
    first part of a hyphenated word unless two names are joined there."""
    words = key.split()
    plain = _POSSESSIVE.sub("", words[0])
    parts = set() if key in joint else {w.split("-")[0] for w in (words[0], words[-1])}
    return {*words, plain, *parts, *_acronyms(words), _squashed(key)}


def _person_typed_org(
    key: str,
    name: _Name,
    names: dict[str, _Name],
    near: list[str],
    group_label: dict[str, str],
    resolver: EntityResolver,
) -> list[str]:
    """A person's name the model typed ORG, found by the surname's evidence.

    "Ms Bowers" says Bowers is a person; "Reveta Bowers", typed ORG with no
    organization evidence of its own and shaped like a person's name, is her.
    A full name opening with a given name joins its surname too when the two
    together say PERSON more than ORG ("Springsteen" said twice, one stray
    clue on "Bruce Springsteen"): one entity, by all its mentions.
    """
    found = [
        full
        for full in dict.fromkeys(near)
        if group_label[full] == "ORG"
        and full.split()[-1] == key
        and (
            _shape_type(names[full]) == "PERSON"
            or initials_and_surname(names[full].spans[0])
        )
        and (
            (name.evidence["PERSON"] and not _says_not(names[full], "PERSON"))
            or _person_overall(names[full], name, resolver)
            or _unknown_first_word(names[full], name)
        )
    ]
    return found if len(found) == 1 else []


def _unknown_first_word(full: _Name, short: _Name) -> bool:
    """ "Geoff Pollard" typed ORG beside "Pollard" the model and the text call
    a person: a first word no list knows as a surname (so not "Goldman Sachs"
    beside a Mr Sachs, nor "Dow Jones" beside a Mr Jones) and nothing in the
    text calling the full name an organization."""
    span = full.spans[0]
    first = span[0].text
    scores = short.scores()
    return (
        len(span) == 2
        and span.text.replace(" ", "").isalpha()
        and short.spans[0][-1].tag_ != "NNPS"  # "Ospreys"
        and first.lower() not in SURNAMES
        and not _says_not(full, "PERSON")
        and scores.get("PERSON", 0.0) > scores.get("ORG", 0.0)
    )


def _person_overall(full: _Name, short: _Name, resolver: EntityResolver) -> bool:
    """A given name opens ``full``, and it with ``short`` scores PERSON over ORG."""
    if full.spans[0][0].text not in resolver.given_names:
        return False
    person = org = 0.0
    for name in (full, short):
        scores = name.scores()
        person += scores.get("PERSON", 0.0)
        org += scores.get("ORG", 0.0)
    return person > org


def _drop_inside_org_names(
    clusters: list[tuple[str, list[Span]]],
) -> list[tuple[str, list[Span]]]:
    """A name inside an organization's name is no entity of its own there.

    "Heart" and "Stroke" of the Heart and Stroke Foundation, wherever the
    text writes the foundation's name, are part of it.
    """
    names = {
        s.text
        for label, spans in clusters
        if label == "ORG"
        for s in spans
        if len(s) > 2
    }
    if not names or not clusters:
        return clusters
    text = text_of(clusters[0][1][0].doc)
    ranges: list[tuple[int, int]] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            ranges.append((at, at + len(name)))
            at = text.find(name, at + 1)
    kept: list[tuple[str, list[Span]]] = []
    for label, spans in clusters:
        spans = [
            s
            for s in spans
            if not any(
                lo <= s.start_char
                and s.end_char <= hi
                and (lo, hi) != (s.start_char, s.end_char)
                for lo, hi in ranges
            )
        ]
        if spans:
            kept.append((label, spans))
    return kept


def _squashed(key: str) -> str:
    """A key without spaces, hyphens and apostrophes: 'timewarner'."""
    return "".join(c for c in key if c.isalnum())


def _other_clues(name: _Name, label: str) -> int:
    """How often the text itself gives the name another type than ``label``."""
    others = {"PERSON", "ORG", "PLACE", *NOT_AGENTS} - {label}
    return sum(name.evidence[c] for c in others)


def _says_not(name: _Name, label: str) -> bool:
    """The text itself gives the name another type than ``label``."""
    return _other_clues(name, label) > 0


def _often_not(name: _Name, label: str) -> bool:
    """The text gives the name another type in a third of its mentions or more."""
    return 3 * _other_clues(name, label) >= len(name.spans)


def _surname(full: str, resolver: EntityResolver) -> str:
    """The last word of a person's name, before any suffix ("Jr", "MP")."""
    words = full.split()
    while len(words) > 1 and (
        words[-1] in resolver.post_nominals
        or words[-1].strip(".,").lower() in PERSON_SUFFIXES
    ):
        words.pop()
    return words[-1]


def _targets(
    key: str,
    label: str,
    near: list[str],
    group_label: dict[str, str],
    resolver: EntityResolver,
    *,
    own: str = "",
    members: dict[str, list[str]] | None = None,
) -> list[str]:
    """The groups ``key`` is a short form of (of their key, or of a name
    joined to one: "Mitsubishi" of "Mitsubishi Tokyo", joined to "Mitsubishi
    Tokyo Financial Group", only by its opening words: "Turnpike" is no
    short form of "Creek Turnpike" joined to "Creek Turnpike Trail")."""
    found = [
        full
        for full in near
        if group_label[full] == label
        and (
            _short_form_of(key, full, label, resolver, own=own)
            or any(
                _opens(key, form)
                and _short_form_of(key, form, label, resolver, own=own)
                for form in (members or {}).get(full, ())
            )
        )
    ]
    return list(dict.fromkeys(found))


def org_acronyms(names: dict[str, _Name], resolver: EntityResolver) -> frozenset[str]:
    """The acronyms (lower case) that spell a name of several words typed an
    organization and holding an organization's word: "ons" for the Office for
    National Statistics, "saic" for Shanghai Automotive Industry Corporation;
    not "hsdpa" for High Speed Downlink Packet Access, a standard the model
    may call a firm."""
    heads = {w.lower() for w in resolver.of_heads | resolver.suffixes}
    heads |= resolver.org_nouns
    found: set[str] = set()
    for key, name in names.items():
        words = key.split()
        if (
            len(words) > 1
            and not heads.isdisjoint(words)
            and _decide(name, resolver) == "ORG"
        ):
            found |= _acronyms(words)
    return frozenset(found)


def _acronyms(words: list[str]) -> set[str]:
    """The ways an acronym is made of a name's words.

    "ilo" for the International Labour Organisation, "boa" for Bank of America
    (its small words counted), "m&s" for Marks & Spencer, "sec" for the US
    Securities and Exchange Commission (a country before it left out).
    """
    if len(words) < 2:
        return set()
    found = {
        initials(words),
        "".join(w[0] for w in words if w[:1].isalpha()),
        "".join(w if w == "&" else w[0] for w in words if w == "&" or w[:1].isalpha()),
    }
    if words[0] in _COUNTRY_PREFIXES and len(words) > 2:
        found.add(initials(words[1:]))
    return {a for a in found if len(a) > 1}


def _short_form_of(
    short: str,
    full: str,
    label: str,
    resolver: EntityResolver,
    *,
    own: str = "",
) -> bool:
    """``short`` names the same entity as ``full`` (already longer)."""
    s_words, f_words = short.split(), full.split()
    if len(s_words) == 1 and hyphen_part(
        short, f_words[-1 if label == "PERSON" else 0]
    ):
        return True  # "Mercedes" of "Mercedes-Benz", "Kilroy" of "Robert Kilroy-Silk"
    if len(s_words) >= len(f_words):
        return False
    if label == "PERSON":
        core = [w for w in f_words if w not in resolver.particles]
        named = [w for w in s_words if w not in resolver.particles]
        return bool(named) and all(w in core for w in named)
    # "Lloyd's chief executive" is Lloyd's of London's, not a Mr Lloyd's.
    f_words = [_POSSESSIVE.sub("", f_words[0]), *f_words[1:]]
    if own == "ORG" and f_words[0] in _COUNTRY_PREFIXES and f_words[1:] == s_words:
        return True  # "Federal Reserve" is the "US Federal Reserve"
    if own == "ORG" and len(s_words) >= 2 and f_words[: len(s_words)] == s_words:
        # Two words or more that open a longer name are it: "Mitsubishi
        # Tokyo" and "Mitsubishi Tokyo Financial Group"; but a region after
        # them makes a unit of the firm, not the firm: "General Motors" is
        # not "General Motors Europe".
        return not all(w in REGION_WORDS for w in f_words[len(s_words) :])
    if (
        own == "ORG"
        and len(s_words) >= 2
        and s_words[-1] == f_words[-1]
        and _in_order(s_words, f_words)
        and all(_qualifier(w, resolver) for w in f_words if w not in s_words)
    ):
        # The same head without a qualifier or small word: "Borders Council"
        # of the "Scottish Borders Council", "Trade and Industry" of the
        # "Department for Trade and Industry"; not the "Economic Research
        # Council" of the "Economic and Social Research Council", nor the
        # "University of Ulster" of the "New University of Ulster".
        return True
    if f_words[: len(s_words)] == s_words:
        # "Goldman" is Goldman Sachs, "Micron" Micron Technology; "Senate" is
        # not its Budget Committee (the linker's rule).
        rest = f_words[len(s_words) :]
        if all(w.isdigit() or w in NAME_NUMBERS for w in rest):
            return False  # "BBC" is not "BBC Two", nor "Radio" "Radio 4"
        if rest == ["party"] and own == "ORG":  # not a person it is named after
            return True  # "Labour" is the Labour Party, "Green" the Green Party
        # A form typed neither person nor organization joins only a plain
        # extension of itself.
        return extends_plainly(s_words, f_words) or (
            own in TYPES and not any(w in GENERIC_HEADS for w in rest)
        )
    if (
        own == "ORG"
        and len(s_words) == 1
        and not any(w in _CONNECTORS for w in f_words)  # "Letters to Byron"
        and is_nickname(s_words[0], f_words)
    ):
        return True  # "Oilers" for the Edmonton Oilers
    return len(s_words) == 1 and s_words[0] in _acronyms(f_words)


def _attach_to_namesake(
    key: str, spans: list[Span], targets: list[str], groups: dict[str, list[Span]]
) -> None:
    """A shared surname goes to the namesake named first, as news writes it.

    A report names its main "Clinton" first and calls a relative by the full
    or given name ("his wife, Hillary Clinton"), so a bare "Clinton" is the
    one named first; a namesake named earlier in the same sentence is nearer
    ("Jason Robinson passed to Andy Robinson, and Robinson scored"). A word
    that is one namesake's surname and another's given name ("Jack" of
    "Brian Jack" and "Jack Dalrymple") is the surname's.
    """
    last = key.split()[-1]
    bearers = [t for t in targets if t.split()[-1] == last]
    for span in spans:
        sent = _sentence(span)
        sentence = None if sent is None else sent.start
        first: tuple[int, str] | None = None
        nearest: tuple[int, str] | None = None
        for target in bearers or targets:
            before = [s.start for s in groups[target] if s.start < span.start]
            if not before:
                continue
            latest = max(before)
            here = sentence is not None and latest >= sentence
            if here and (nearest is None or latest > nearest[0]):
                nearest = (latest, target)
            if first is None or min(before) < first[0]:
                first = (min(before), target)
        chosen = nearest or first
        if chosen is not None:
            groups[chosen[1]].append(span)


def _sentence(span: Span) -> Span | None:
    """Return ``span``'s sentence, when the doc has sentences."""
    doc = span.doc
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    return span.sent


def _to_dicts(
    clusters: list[tuple[str, list[Span]]], weak: set[int], given: GivenNames
) -> list[dict[str, Any]]:
    entities: list[dict[str, Any]] = []
    ordered = sorted(clusters, key=lambda item: min(s.start for s in item[1]))
    for i, (label, spans) in enumerate(ordered):
        unique = {(s.start, s.end): s for s in spans}
        spans = sorted(unique.values(), key=lambda s: s.start)
        body = [s for s in spans if s.start not in weak] or spans
        fullest = max(body, key=lambda s: (len(s), len(s.text), -s.start))
        if label == "PERSON":
            # "We can't all be Wayne Rooneys": a person's plural is no fuller
            # (a firm's may be its name: "Deluxe Films", "the Lib Dems").
            fullest = next(
                (
                    s
                    for s in body
                    if len(s) == len(fullest) and fullest.text == s.text + "s"
                ),
                fullest,
            )
            # A headline's "Barack Obama" names the body's "Obama" in full.
            fullest = max(
                (s for s in spans if given_names_before(s, fullest, given)),
                key=len,
                default=fullest,
            )
        name = fullest.text
        if fullest[-1].tag_ != "POS":  # a kept "'s" is the name's ("McDonald's")
            name = _POSSESSIVE.sub("", name)
        entities.append(
            {
                "id": f"e{i}",
                "label": label,
                "name": name,
                "mentions": [
                    {"text": s.text, "start": s.start_char, "end": s.end_char}
                    for s in spans
                ],
            }
        )
    return entities
