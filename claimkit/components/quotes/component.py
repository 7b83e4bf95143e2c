"""ck_quotes: the component, its factory, and the order its rules run in."""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimkit.components._base import LexiconComponent
from claimkit.components._extensions import issues_of, text_of
from claimkit.components.quotes.context import _Quote
from claimkit.components.quotes.ledes import lede_speakers
from claimkit.components.quotes.marked import _MarkedQuotes
from claimkit.components.quotes.named import _NamedSpeakers
from claimkit.components.quotes.reported import _ReportedSpeech
from claimkit.components.quotes.requests import _Requests
from claimkit.errors import Errors
from claimkit.text.names import GivenNames
from claimkit.text.quotemarks import find_quote_marks

DEFAULT_CONFIG: dict[str, Any] = {
    "lexicon": None,
    "min_tokens": 1,
    "indirect": True,
    "scare_max_words": 2,
}


class QuoteFinder(LexiconComponent):
    """Find quoted and reported speech and attribute it to a speaker."""

    default_lexicon = "quotes.json"

    def __init__(
        self,
        name: str = "ck_quotes",
        *,
        lexicon: str | None = None,
        min_tokens: int = 1,
        indirect: bool = True,
        scare_max_words: int = 2,
    ) -> None:
        for option, value, ok, hint in (
            (
                "min_tokens",
                min_tokens,
                isinstance(min_tokens, int) and min_tokens >= 1,
                "Use a whole number of at least 1.",
            ),
            ("indirect", indirect, isinstance(indirect, bool), "Use true or false."),
            (
                "scare_max_words",
                scare_max_words,
                isinstance(scare_max_words, int) and scare_max_words >= 0,
                "Use a whole number of at least 0.",
            ),
        ):
            if not ok:
                raise ValueError(
                    Errors.E010.format(
                        option=option, component=name, value=value, hint=hint
                    )
                )
        self.min_tokens = min_tokens
        self.indirect = indirect
        self.scare_max_words = scare_max_words
        super().__init__(name, lexicon=lexicon)

    def _compile(self) -> None:
        lex = self.lexicon
        self.cue_lemmas = {w.lower() for w in lex.get("cue_lemmas", [])}
        self.indirect_lemmas = {w.lower() for w in lex.get("indirect_cue_lemmas", [])}
        self.quote_only = {w.lower() for w in lex.get("quote_verbs_only", [])}
        self.thought_lemmas = {w.lower() for w in lex.get("thought_lemmas", [])}
        self.state_lemmas = {w.lower() for w in lex.get("state_lemmas", [])}
        self.term_nouns = {w.lower() for w in lex.get("term_nouns", [])}
        self.naming_lemmas = {w.lower() for w in lex.get("naming_lemmas", [])}
        self.source_subject_lemmas = {
            w.lower() for w in lex.get("source_subject_lemmas", [])
        }
        self.after_lemmas = {w.lower() for w in lex.get("after_cue_lemmas", [])}
        self.object_lemmas = {w.lower() for w in lex.get("object_cue_lemmas", [])}
        self.according = [tuple(p) for p in lex.get("according_to", [])]
        self.according_first = {p[0] for p in self.according if p}
        self.according_hashes = {get_string_id(w) for w in self.according_first}
        self.as_lemmas = {w.lower() for w in lex.get("as_cue_lemmas", [])}
        self.clause_lemmas = self.indirect_lemmas | self.as_lemmas
        self.per_sources = {w.lower() for w in lex.get("per_sources", [])}
        # 'according to his wishes', 'according to plan': a norm, no source
        self.according_norms = {w.lower() for w in lex.get("according_norms", [])}
        # '..., according to someone in attendance': who witnessed the report
        self.according_witnesses = frozenset(lex.get("according_witnesses", []))
        self.title_cues = {w.lower() for w in lex.get("title_cues", [])}
        # 'Const.', 'Msgr.': a title's stop ends no sentence
        self.title_abbreviations = frozenset(lex.get("title_abbreviations", []))
        self.title_phrases = [tuple(p) for p in lex.get("title_phrases", [])]
        self.nickname_cues = {w.lower() for w in lex.get("nickname_cues", [])}
        self.person_pronouns = {w.lower() for w in lex.get("person_pronouns", [])}
        self.group_pronouns = {w.lower() for w in lex.get("group_pronouns", [])}
        self.pronoun_sex = {
            str(k).lower(): str(v) for k, v in lex.get("pronoun_sex", {}).items()
        }
        self.given_name_sex = {
            str(k).lower(): str(v) for k, v in lex.get("given_name_sex", {}).items()
        }
        self.title_sex = {
            str(k).lower(): str(v) for k, v in lex.get("title_sex", {}).items()
        }
        self.org_nouns = {w.lower() for w in lex.get("org_nouns", [])}
        # 'urged X to ...' reports a request; 'her claim that ...' a statement
        self.request_lemmas = {w.lower() for w in lex.get("request_lemmas", [])}
        # 'prompted the premier to say': the object of these did say it
        self.control_lemmas = {w.lower() for w in lex.get("object_control_lemmas", [])}
        self.claim_nouns = {w.lower() for w in lex.get("claim_nouns", [])}
        self.described_heads = {w.lower() for w in lex.get("described_heads", [])}
        self.company_heads = {w.lower() for w in lex.get("company_heads", [])}
        # 'software maker Symbian', 'Symbian, the software firm,': a body's kind
        self.org_title_nouns = {w.lower() for w in lex.get("org_title_nouns", [])}
        self.company_markers = {w.lower() for w in lex.get("company_markers", [])}
        self.media_heads = {w.lower() for w in lex.get("media_heads", [])}
        self.media_markers = {w.lower() for w in lex.get("media_markers", [])}
        # 'the club said': 'Leeds United', 'Ipswich Town', 'Acme FC'
        self.club_heads = {w.lower() for w in lex.get("club_heads", [])}
        self.club_markers = {w.lower() for w in lex.get("club_markers", [])}
        self.people_nouns = {w.lower() for w in lex.get("people_nouns", [])}
        self.description_nouns = {w.lower() for w in lex.get("description_nouns", [])}
        # 'the other actor', 'the rival striker': someone set apart from the one named
        self.description_contrasts = {
            w.lower() for w in lex.get("description_contrasts", [])
        }
        self.description_sex = {
            str(k).lower(): str(v) for k, v in lex.get("description_sex", {}).items()
        }
        self.voice_nouns = {w.lower() for w in lex.get("voice_nouns", [])}
        # 'a survey found that 40% ...': a finding of data, no one's statement
        self.finding_nouns = {w.lower() for w in lex.get("finding_nouns", [])}
        # 'the report said': a document speaks for whoever made it
        self.document_nouns = {w.lower() for w in lex.get("document_nouns", [])}
        # the words that title an unknown speaker's name a body or a person
        # ('software maker Symbian', 'rapper The Game'): _titled_kind
        self.title_bodies = self.org_title_nouns | self.company_heads
        self.title_people = (self.people_nouns | self.description_nouns) - (
            self.title_bodies | self.org_nouns | self.described_heads | self.media_heads
        )
        self.given_names = GivenNames.load()
        self.link_labels = {w.lower() for w in lex.get("link_labels", [])}
        self.caption_labels = {w.lower() for w in lex.get("caption_labels", [])}
        # 'Update:', 'BreakingNews:': a section's label before a colon, no speaker
        self.colon_labels = (
            {w.lower() for w in lex.get("colon_labels", [])}
            | self.caption_labels
            | self.link_labels
        )
        self.named_org_heads = {w.lower() for w in lex.get("named_org_heads", [])}
        # 'the agency' fits 'Federal Bureau of Investigation': kinds of a body
        # a description noun may stand for beside its own word
        self.kind_fits = {
            noun.lower(): frozenset(w.lower() for w in kinds)
            for noun, kinds in lex.get("kind_fits", {}).items()
        }
        self.name_titles = frozenset(lex.get("name_titles", []))
        self.party_names = frozenset(lex.get("party_names", []))
        self.dashes = set(lex.get("dashes", []))
        # longest first, so '--' is matched before '-'
        self.dash_order = sorted(self.dashes, key=len, reverse=True)

    def process(self, doc: Doc) -> None:
        quotes, issues = find_quotes(doc, self)
        issues_of(doc).extend(issues)
        doc._.ck_quotes = quotes


@Language.factory(
    "ck_quotes",
    assigns=["doc._.ck_quotes"],
    requires=["doc.sents", "token.dep", "token.lemma", "doc._.ck_entities"],
    default_config=DEFAULT_CONFIG,
)
def make_quote_finder(
    nlp: Language,
    name: str,
    lexicon: str | None,
    min_tokens: int,
    indirect: bool,
    scare_max_words: int,
) -> QuoteFinder:
    return QuoteFinder(
        name,
        lexicon=lexicon,
        min_tokens=min_tokens,
        indirect=indirect,
        scare_max_words=scare_max_words,
    )


class _QuoteRules(_MarkedQuotes, _ReportedSpeech, _Requests, _NamedSpeakers):
    """Every quote rule over one doc: marked quotes, then reported speech."""


def find_quotes(
    doc: Doc, finder: QuoteFinder
) -> tuple[list[dict[str, Any]], list[str]]:
    """Return the doc's quotes as contract dicts, and issues in words."""
    marked, issues = find_quote_marks(text_of(doc))
    ctx = _QuoteRules(doc, finder)
    ctx.set_marked(marked)
    quotes: list[_Quote] = []
    for span in marked:
        if ctx.layout_kind(span.open_at) in ("link", "caption"):
            continue  # 'READ MORE: "..."' names another story; a caption's words
        if _attribution_only(ctx.text, span.open_at, span.start):
            continue  # '... moments, "said Ann Ray.': the mark closed a quote
        quote = ctx.marked_quote(span, quotes[-1] if quotes else None)
        if quote is not None:
            quotes.append(quote)
    # a named speaker no entity held gets one before others continue its words
    ctx.name_speakers(quotes)
    ctx.continue_speakers(quotes)
    if finder.indirect:
        quotes.extend(ctx.indirect_quotes(quotes))
        quotes.extend(ctx.mixed_quotes(quotes))
        quotes.extend(ctx.headline_quotes(quotes))
        quotes.extend(ctx.requested_quotes(quotes))
        ctx.name_speakers(quotes)
    quotes = one_claim_per_passage(
        [
            q
            for q in quotes
            if q.form != "scare" and ctx.laid_out(q) and not _finding(ctx, q)
        ]
    )
    quotes.sort(key=lambda q: (q.start, q.end))
    lede_speakers(doc, ctx.text, quotes)
    # reports found after the marked quotes carry a pronoun chain on too
    ctx.chain_pronouns(quotes)
    return [ctx.record(q) for q in quotes], issues


def _finding(ctx: _QuoteRules, quote: _Quote) -> bool:
    """The quote's source is a poll's or survey's data, no one who states it:
    'a survey has found that 40% ...', 'the figures suggest', 'research
    revealed' (a word of ``finding_nouns`` heads the subject of the verb).
    'Most of those polled said' is an unnamed group's speech, kept; so is
    'according to the poll', a source the report cites for its words."""
    if quote.speaker is None:
        return False
    if (quote.cue_text or "").lower().startswith("according"):
        return False
    words = ctx.doc.char_span(*quote.speaker, alignment_mode="expand")
    if words is None:
        return False
    head = words.root
    return head.pos_ == "NOUN" and head.lower_ in ctx.finder.finding_nouns


# words that open an attribution, not a quote: 'said Ann Ray', 'he added',
# 'one colleague told Reuters'
_CUE = r"(?:said|says|added|adds|told|asked|replied|recalled|joked)"
_ATTRIBUTION = re.compile(
    rf"(?:he|she|they|it|we) {_CUE}\b"
    rf"|(?:one|a|an|the) [a-z' -]{{1,40}}? {_CUE}\b"
    rf"|{_CUE} (?:[A-Z]|(?:the|a|an|his|her) )"  # not 'adds useful links'
)


def _attribution_only(text: str, open_at: int, start: int) -> bool:
    """The marked words open with a lower-case attribution right after a stop
    or comma and a space: the mark closed a quote (its spacing flipped), so
    'It hurts, "said Ann Ray.' holds no quote of its own."""
    return (
        open_at >= 2
        and text[open_at - 1] == " "
        and text[open_at - 2] in ",.?!"
        and _ATTRIBUTION.match(text, start) is not None
    )


def one_claim_per_passage(quotes: list[_Quote]) -> list[_Quote]:
    """Drop a partial quote that lies inside an indirect report of the same speaker.

    'described the plan as "hugely disappointing"' is one attributed passage:
    the indirect claim holds the quoted words with their marks, so the partial
    claim would say the same thing twice. A partial of another speaker inside
    the report ('Ng said Roth called it "a joke"') is a claim of its own.
    """
    reports = sorted(
        (q for q in quotes if q.form == "indirect"), key=lambda q: (q.start, -q.end)
    )
    if not reports:
        return quotes
    starts = [r.start for r in reports]
    kept = []
    for quote in quotes:
        if quote.form == "partial":
            i = bisect.bisect_right(starts, quote.start)
            if any(
                r.end + 1 >= quote.end and _same_speaker(r, quote)
                for r in reports[max(0, i - 8) : i]
            ):
                continue
        kept.append(quote)
    return kept


def _same_speaker(a: _Quote, b: _Quote) -> bool:
    if (
        a.cue is not None
        and b.cue is not None
        and (a.cue.i == b.cue.i or _frames(a.cue, b.cue) or _frames(b.cue, a.cue))
    ):
        return True
    if a.entity is not None and a.entity == b.entity:
        return True
    return a.speaker is not None and a.speaker == b.speaker


def _frames(outer: Token, inner: Token) -> bool:
    """'It quoted a spokesman complaining that ...': the report of a report's
    cue ('quoted') frames the same passage, not another speaker's words."""
    return (
        inner.dep_ in ("acl", "pcomp", "advcl")
        and outer.i in {t.i for t in inner.ancestors}
        and outer.lemma_.lower() in ("quote", "cite")
    )
