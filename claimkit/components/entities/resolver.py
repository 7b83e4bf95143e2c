"""ck_entities: people and organizations, typed per document and clustered.

The base model's entity spans are candidates. Each name gets one type per
document from the model's votes over all its mentions plus what the text says
around them (organization nouns and corporate suffixes, titles and roles,
speech verbs, possessives, product codes). Lines in ALL CAPS or Title Case
(headlines) are weak evidence: their spans are re-cut to names the body
establishes. Short forms then join their full form ("Windsor" -> "Richard
Windsor", "Wenfeng" -> "Liang Wenfeng"), and he/she join the person they
clearly refer to.

The work is split by stage: :mod:`.mentions` (candidate spans and evidence),
:mod:`.headlines` (weak lines, propagation), :mod:`.clusters` (typing and
short forms) and :mod:`.pronouns`; this module holds the component.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from claimkit.components._base import LexiconComponent
from claimkit.components._extensions import text_of
from claimkit.components.entities.clusters import (
    _cluster,
    _decide,
    _to_dicts,
    org_acronyms,
)
from claimkit.components.entities.cues import initials_typed_org
from claimkit.components.entities.edges import whole_names
from claimkit.components.entities.headlines import (
    _headline_tokens,
    _non_prose_tokens,
    _propagate,
    _quoted_title_tokens,
    _recut_headline,
    body_label,
)
from claimkit.components.entities.industry import industry_names, retype_industry
from claimkit.components.entities.mentions import (
    CANDIDATE_LABELS,
    HEADLINE_WEIGHT,
    _add_mention,
    _agent_acronyms,
    _Name,
    _token_texts,
)
from claimkit.components.entities.org_context import (
    lone_names,
    untagged_firms,
    untagged_people,
)
from claimkit.components.entities.products import products_by_use
from claimkit.components.entities.pronouns import _add_pronouns
from claimkit.components.entities.recognizers import confirm_all, labels_over, votes
from claimkit.components.entities.spans import (
    _candidate_spans,
    _key_text,
    name_s_at,
)
from claimkit.components.entities.terms import lower_case_acronyms
from claimkit.components.entities.works import (
    awards_by_name,
    listed_with_works,
    modifiers_by_use,
    things_by_use,
)
from claimkit.errors import Errors
from claimkit.linking.normalize import SURNAMES
from claimkit.text.names import GivenNames, load_places

# find_entities in steps: yields the span groups to confirm, gets the answers.
EntitySteps = Generator[list[list[Span]], list[bool], list[dict[str, Any]]]

DEFAULT_CONFIG: dict[str, Any] = {
    "lexicon": None,
    "resolve_pronouns": True,
    "propagate": True,
    # A disabled recognizer (the base model's, with ner="claimkit") run around
    # the names nothing else supports: see recognizers.confirm_all.
    "check": "ck_base_ner",
}


class EntityResolver(LexiconComponent):
    """Collect PERSON/ORG mentions, vote one type per name, cluster short forms."""

    default_lexicon = "entities.json"

    def __init__(
        self,
        name: str = "ck_entities",
        *,
        lexicon: str | None = None,
        resolve_pronouns: bool = True,
        propagate: bool = True,
        check: Callable[[Doc], Doc] | None = None,
    ) -> None:
        for option, value in (
            ("resolve_pronouns", resolve_pronouns),
            ("propagate", propagate),
        ):
            if not isinstance(value, bool):
                raise ValueError(
                    Errors.E010.format(
                        option=option,
                        component=name,
                        value=value,
                        hint="Use true or false.",
                    )
                )
        self.resolve_pronouns = resolve_pronouns
        self.propagate = propagate
        self.check = check
        super().__init__(name, lexicon=lexicon)

    def _compile(self) -> None:
        lex = self.lexicon
        self.org_nouns = {w.lower() for w in lex.get("org_nouns", [])}
        self.suffixes = set(lex.get("corporate_suffixes", []))
        self.titles = set(lex.get("person_titles", []))
        self.roles = {w.lower() for w in self.titles}
        self.gendered_titles: dict[str, str] = dict(lex.get("gendered_titles", {}))
        self.not_entities = {_key_text(w) for w in lex.get("not_entities", [])}
        self.party_names = {_key_text(w) for w in lex.get("party_names", [])}
        self.place_words = set(lex.get("place_words", []))
        self.club_place_heads = set(lex.get("club_place_heads", []))
        self.club_sentence_words = set(lex.get("club_sentence_words", []))
        self.product_nouns = {w.lower() for w in lex.get("product_nouns", [])}
        self.plan_nouns = {w.lower() for w in lex.get("plan_nouns", [])}
        self.speech_verbs = set(lex.get("speech_verbs", []))
        self.demonyms = set(lex.get("demonyms", []))
        self.pronouns: dict[str, str] = dict(lex.get("pronouns", {}))
        self.org_pronouns = set(lex.get("org_pronouns", []))
        self.particles = set(lex.get("name_particles", []))
        self.post_nominals = set(lex.get("post_nominals", []))
        self.compound_org_heads = set(lex.get("compound_org_heads", []))
        self.product_kinds = {w.lower() for w in lex.get("product_kinds", [])}
        self.work_nouns = {w.lower() for w in lex.get("work_nouns", [])}
        self.award_heads = {w.lower() for w in lex.get("award_heads", [])}
        self.award_names = {_key_text(w) for w in lex.get("award_names", [])}
        self.market_indices = {w.lower() for w in lex.get("market_indices", [])}
        self.index_verbs = set(lex.get("index_verbs", []))
        self.link_labels = {w.lower() for w in lex.get("link_labels", [])}
        self.of_heads = set(lex.get("of_heads", []))
        self.names_with_s = {_key_text(w) for w in lex.get("names_with_s", [])}
        self.made_verbs = set(lex.get("made_verbs", []))
        self.place_heads_after = {w.lower() for w in lex.get("place_heads_after", [])}
        self.event_heads = set(lex.get("event_heads", []))
        self.games_qualifiers = set(lex.get("games_qualifiers", []))
        self.event_nouns = set(lex.get("event_nouns", []))
        self.work_frames: dict[str, str] = dict(lex.get("work_frames", {}))
        self.work_frame_verbs: dict[str, str] = dict(lex.get("work_frame_verbs", {}))
        self.work_compound_heads = set(lex.get("work_compound_heads", []))
        self.work_object_verbs = set(lex.get("work_object_verbs", []))
        self.tech_nouns = set(lex.get("tech_nouns", []))
        self.numbered_org_words = set(lex.get("numbered_org_words", []))
        self.vessel_prefixes = set(lex.get("vessel_prefixes", []))
        self.vessel_prefixes_after_the = set(lex.get("vessel_prefixes_after_the", []))
        self.vessel_nouns = {w.lower() for w in lex.get("vessel_nouns", [])}
        self.offence_acronyms = set(lex.get("offence_acronyms", []))
        self.offence_heads = set(lex.get("offence_heads", []))
        self.compass_words = set(lex.get("compass_words", []))
        self.charge_words = set(lex.get("charge_words", []))
        self.work_list_nouns = set(lex.get("work_list_nouns", []))
        self.product_heads = {w.lower() for w in lex.get("product_heads", [])}
        self.product_frame_nouns = set(lex.get("product_frame_nouns", []))
        self.product_frame_verbs = set(lex.get("product_frame_verbs", []))
        self.maker_verbs = set(lex.get("maker_verbs", []))
        self.product_use_verbs = set(lex.get("product_use_verbs", []))
        self.product_hosts = set(lex.get("product_hosts", []))
        self.org_tail_words = set(lex.get("org_tail_words", []))
        self.org_openers = set(lex.get("org_openers", []))
        self.given_names = GivenNames.load()
        self.places = load_places()

    def process(self, doc: Doc) -> None:
        doc._.ck_entities = find_entities(doc, self)

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Process ``docs`` a batch at a time; the base recognizer checks the
        batch's unsupported names in one run (:func:`entity_steps`)."""
        for batch in minibatch(docs, size=batch_size):
            yield from self._pipe_batch(batch)

    def _pipe_batch(self, batch: list[Doc]) -> list[Doc]:
        started: list[tuple[Doc, EntitySteps, list[list[Span]]]] = []
        for doc in batch:
            if doc._.ck_failure is not None:
                continue
            try:
                steps = entity_steps(doc, self)
                started.append((doc, steps, next(steps)))
            except Exception as err:
                self.fail(doc, err)
        try:
            answers = iter(
                confirm_all(
                    [spans for _, _, unsure in started for spans in unsure], self.check
                )
            )
        except Exception:
            # One Doc's bad window must not fail the batch: check each alone.
            answers = None
        for doc, steps, unsure in started:
            try:
                if answers is None:
                    mine = confirm_all(unsure, self.check)
                else:
                    mine = [next(answers) for _ in unsure]
                # Steps take one answer; any further request is answered alone.
                doc._.ck_entities = _finish(steps, steps.send(mine), self.check)
            except StopIteration as done:
                doc._.ck_entities = done.value
            except Exception as err:
                self.fail(doc, err)
        return batch


@Language.factory(
    "ck_entities",
    assigns=["doc._.ck_entities"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config=DEFAULT_CONFIG,
)
def make_entity_resolver(
    nlp: Language,
    name: str,
    lexicon: str | None,
    resolve_pronouns: bool,
    propagate: bool,
    check: str | None,
) -> EntityResolver:
    recognizer = nlp.get_pipe(check) if check in nlp.component_names else None
    return EntityResolver(
        name,
        lexicon=lexicon,
        resolve_pronouns=resolve_pronouns,
        propagate=propagate,
        check=recognizer,
    )


def find_entities(doc: Doc, resolver: EntityResolver) -> list[dict[str, Any]]:
    """Return the doc's PERSON/ORG entities as plain dicts with char offsets."""
    steps = entity_steps(doc, resolver)
    return _finish(steps, next(steps), resolver.check)


def _finish(
    steps: EntitySteps, unsure: list[list[Span]], check: Callable[[Doc], Doc] | None
) -> list[dict[str, Any]]:
    """Answer ``steps``'s requests, the first being ``unsure``, to its end."""
    while True:
        try:
            unsure = steps.send(confirm_all(unsure, check))
        except StopIteration as done:
            return done.value


def entity_steps(doc: Doc, resolver: EntityResolver) -> EntitySteps:
    """:func:`find_entities` in two steps, so that a batch of Docs can share
    one run of the base recognizer: the generator yields the groups of spans
    nothing else supports, takes back :func:`.recognizers.confirm_all`'s
    answers and returns the entities."""
    text = text_of(doc)
    texts = _token_texts(doc, text)
    model_labels = {(e.start, e.end): e.label_ for e in doc.ents}
    ents = _joined_names(doc, retype_industry(doc.ents, resolver.given_names), resolver)
    sents = (
        [(s.start, s.end) for s in doc.sents]
        if doc.has_annotation("SENT_START")
        else [(0, len(doc))]
    )
    weak = _headline_tokens(doc, text, texts, sents)
    ents = whole_names(ents, weak)
    titled = _quoted_title_tokens(text, texts)
    not_prose = _non_prose_tokens(doc, text, resolver.link_labels)
    titled |= not_prose
    names: dict[str, _Name] = {}
    taken: set[int] = set(not_prose)  # nothing is read or propagated there
    headline_spans: list[tuple[Span, str]] = []
    demonyms = resolver.demonyms | {e.text for e in ents if e.label_ == "NORP"}
    # With two recognizers each one votes its label for the span.
    found = votes(doc)
    owned = _names_with_s(doc, ents, resolver)
    covered: set[int] = set()  # a completed name covers the span after it
    terms = lower_case_acronyms(doc, texts)
    for ent in ents:
        if ent.label_ not in CANDIDATE_LABELS:
            continue
        # A label a rule gave the span ("Ostrava Freight" typed ORG by its
        # industry head) stands over the recognizers' votes.
        retyped = model_labels.get((ent.start, ent.end), ent.label_) != ent.label_
        said = (
            not retyped and found and labels_over(found, ent.start, ent.end)
        ) or ent.label_
        for span in _candidate_spans(ent, resolver, demonyms, owned, terms):
            if span.start in titled or not covered.isdisjoint(
                range(span.start, span.end)
            ):
                continue
            covered.update(range(span.start, span.end))
            if span.start in weak:
                headline_spans.append((span, ent.label_))
                continue
            _add_mention(names, span, said, 1.0, resolver)
            taken.update(range(span.start, span.end))
    spelled = org_acronyms(names, resolver)
    for span in _agent_acronyms(doc, texts, taken | weak, resolver, spelled):
        _add_mention(names, span, "ORG", 1.0, resolver)
        taken.update(range(span.start, span.end))
    lone = lone_names(doc, taken | weak | titled, resolver)
    for span in untagged_firms(lone, resolver):
        _add_mention(names, span, "ORG", 1.0, resolver)
        taken.update(range(span.start, span.end))
    # One-word names: a firm's word is no person's.
    for span in untagged_people([s for s in lone if s.start not in taken], resolver):
        _add_mention(names, span, "PERSON", 1.0, resolver)
        taken.update(range(span.start, span.end))
    for span in industry_names(doc, taken | weak | titled, resolver.given_names, texts):
        _add_mention(names, span, "ORG", 1.0, resolver)
        taken.update(range(span.start, span.end))
    for name in names.values():
        name.body = True
    body = (
        {key: _decide(name, resolver) for key, name in names.items()}
        if headline_spans
        else {}
    )
    for span, label in headline_spans:
        for piece in _recut_headline(span, label, names, resolver.given_names):
            if not taken.intersection(range(piece.start, piece.end)):
                said = body_label(piece, label, body)
                _add_mention(names, piece, said, HEADLINE_WEIGHT, resolver)
                taken.update(range(piece.start, piece.end))
    if resolver.propagate:
        labels = {key: _decide(name, resolver) for key, name in names.items()}
        _propagate(doc, texts, names, labels, taken, weak | titled)
    labels = {key: _decide(name, resolver) for key, name in names.items()}
    listed_with_works(names, labels)
    things_by_use(names, labels, resolver)
    modifiers_by_use(names, labels)
    awards_by_name(names, labels, resolver)
    initials_typed_org(names, labels)
    products_by_use(names, labels, resolver)
    clusters = yield from _cluster(names, labels, resolver)
    entities = _to_dicts(clusters, weak, resolver.given_names)
    if resolver.resolve_pronouns:
        _add_pronouns(doc, texts, sents, entities, resolver)
    return entities


def _joined_names(
    doc: Doc, ents: Sequence[Span], resolver: EntityResolver
) -> list[Span]:
    """Two organization spans "and" joins into one name: "World Travel" and
    "Tourism Council" of "the World Travel and Tourism Council"; and a legal
    form the model cut off its name ("Velta" "LLC") rejoins it.

    Only when the second ends in an organization's head and the first does
    not (so is no whole name): "Sony and Warner Music" stay two; and every
    word is a plain capitalized word (:func:`_plain_words`): "Ogilvy & Mather
    and Cordiant Communications", "British Library and Columbia University"
    and "Ernst and Young" are left alone.
    """
    heads = resolver.of_heads | resolver.suffixes
    found: list[Span] = []
    i = 0
    while i < len(ents):
        first = ents[i]
        second = ents[i + 1] if i + 1 < len(ents) else None
        if (
            second is not None
            and first.label_ == "ORG"
            and second.start == first.end
            and _legal_form(second, resolver)
        ):
            # "Velta" and "LLC" cut apart: the form is the name's end
            found.append(Span(doc, first.start, second.end, label="ORG"))
            i += 2
            continue
        if (
            second is not None
            and first.label_ == second.label_ == "ORG"
            and second.start == first.end + 1
            and doc[first.end].lower_ in ("and", "&")
            and len(first) >= 2
            and second[-1].text in heads
            and first[-1].text not in heads
            and _plain_words(first, resolver)
            and _plain_words(second[:-1], resolver)
        ):
            found.append(Span(doc, first.start, second.end, label="ORG"))
            i += 2
            continue
        found.append(first)
        i += 1
    return found


def _legal_form(span: Span, resolver: EntityResolver) -> bool:
    """A company's legal form alone ("LLC", "Inc."): a corporate suffix that
    is no entity by itself."""
    return all(
        t.text in resolver.suffixes and _key_text(t.text) in resolver.not_entities
        for t in span
    )


def _plain_words(span: Span, resolver: EntityResolver) -> bool:
    """Capitalized words that are no given name, surname, place, nationality
    or acronym, and no "of" or "&" between: words that name no entity alone."""
    return all(
        t.is_title
        and t.is_alpha
        and t.text not in resolver.given_names
        and t.lower_ not in SURNAMES
        and t.text not in resolver.demonyms
        and t.lower_ not in resolver.places
        for t in span
    )


def _names_with_s(
    doc: Doc, ents: Sequence[Span], resolver: EntityResolver
) -> frozenset[str]:
    """Keys of the names this text writes with an "'s" of their own.

    "McDonald's said" and "Fitch and Moody's have" show the name is written
    with it, when the text never writes it without ("than Verizon's." beside
    "Verizon said" is a possessive), and then it is in every mention
    ("McDonald's shares"); a few organizations always are ("Sainsbury's", the
    lexicon's ``names_with_s``); a person's full name never is.
    """
    said: set[str] = set()
    bare: set[str] = set()
    known: set[str] = set()
    for ent in ents:
        if ent.label_ not in CANDIDATE_LABELS:
            continue
        end = ent.end
        while end > ent.start and doc[end - 1].tag_ == "POS":
            end -= 1
        if end == ent.start:
            continue
        key = _key_text(doc[ent.start : end].text)
        if end >= len(doc) or doc[end].tag_ != "POS":
            bare.add(key)
        elif key in resolver.names_with_s:
            known.add(key)
        elif name_s_at(doc, end) and not _full_personal_name(
            doc[ent.start : end], resolver
        ):
            said.add(key)
    return frozenset((said - bare) | known)


def _full_personal_name(span: Span, resolver: EntityResolver) -> bool:
    """ "Donald J. Trump" ('s.): a given name and more words, none joined by
    "&" or "and" ("Ben & Jerry's" is a firm's), has no "'s" of its own."""
    return (
        len(span) > 1
        and span[0].text in resolver.given_names
        and not any(t.lower_ in ("&", "and") for t in span)
    )
