"""People a description stands for because the article tied its words to them.

'Dr Ann Roe, a forensics expert at Leeds, said ...' then 'The forensics expert
said': the article tied the role 'forensics expert' to Ann Roe in apposition.
A tie is a common noun the parse sets on a person's name: a title right before
it ('Nationwide economist Alex Bannister'), a noun in apposition after it
('Nigel Roberts, World Bank country director for Gaza', 'Ann Roe, a forensics
expert') or before it ('The chairman of the Bar Council, Guy Mansfield'). A
definite description ('the country director', 'the forensics expert') stands
for the one person whose tie has its head noun and every word it sets before
the noun; a tie with a word that makes it another role ('former director Ann
Roe', 'deputy leader') is no tie of the bare role. Two people tied to the head
noun, an organization (a person the tagger typed ORG) tied to it, or the noun
written before for someone unnamed ('a forensics expert who asked not to be
named') leave the description unresolved.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from claimkit.components.quotes.rivals import _Rivals
from claimkit.components.roles import ROLE_MODIFIERS

# words a tie or a description may hold that say nothing of which role it is
_FILLER_DEPS = frozenset({"det", "punct", "case", "cc", "prep", "poss"})
# determiners of a noun that meets a new referent: 'a forensics expert said'
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})


class _RoleTies(_Rivals):
    """Resolve 'the forensics expert' to the one person tied to those words."""

    def tied_person(self, head: Token, start: int) -> str | None:
        """The person the description headed by ``head`` stands for, or None.

        ``start`` is where the description's words begin; only people named
        before it (outside quote marks) count.
        """
        words = self._description_words(head)
        if words is None:
            return None
        noun = head.lower_
        ties = self._ties_before(start)
        fitting = {
            entity
            for entity, tie_noun, tie_words, _ in ties
            if tie_noun == noun
            and words <= tie_words
            and not (tie_words & ROLE_MODIFIERS) - words
        }
        if len(fitting) != 1:
            return None
        entity = fitting.pop()
        if self.labels.get(entity) != "PERSON":
            return None  # 'US rock band REM': the organization rules' word
        tied_at = {i for e, _, _, i in ties if e == entity}
        if self._noun_used_otherwise(head, tied_at):
            return None
        return entity

    def _description_words(self, head: Token) -> frozenset[str] | None:
        """The words 'the' sets before a singular role noun ('forensics' of
        'the forensics expert'), or None when ``head`` heads no such bare
        definite description (a name, a possessive, words after the noun)."""
        if head.tag_ not in ("NN", "NNP") or not head.is_alpha:
            return None
        if head.pos_ == "PROPN" and head.lower_ not in self.finder.people_nouns:
            return None  # 'the Guardian'; 'The Chancellor' is a role
        lefts = list(head.lefts)
        if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
            return None
        words: set[str] = set()
        for token in self.doc[lefts[0].i + 1 : head.i]:
            if token.dep_ not in ("compound", "amod") and token.tag_ != "HYPH":
                return None
            if self.entity_at(token.idx, token.idx + len(token)) is not None:
                return None  # 'the Acme chief executive': the firm's, read elsewhere
            if token.is_alpha:
                words.add(token.lower_)
        if any(
            c.dep_ in ("prep", "appos", "relcl", "acl", "poss") for c in head.children
        ):
            return None  # 'the director of the museum', 'the director, Ann Roe,'
        return frozenset(words)

    def _ties_before(self, start: int) -> list[tuple[str, str, frozenset[str], int]]:
        """(entity, noun, words, noun's index) of every tie to a PERSON or ORG
        mention named before ``start`` outside quote marks."""
        cache: dict[int, list[tuple[str, frozenset[str], int]]] = getattr(
            self, "_tie_cache", {}
        )
        self._tie_cache = cache
        out: list[tuple[str, str, frozenset[str], int]] = []
        for m_start, m_end, entity, _ in self.mentions[
            : bisect.bisect_left(self.mention_starts, start)
        ]:
            if self.labels.get(entity) not in ("PERSON", "ORG"):
                continue
            if self.in_marks(m_start):
                continue
            if m_start not in cache:
                cache[m_start] = self._mention_ties(m_start, m_end)
            out.extend((entity, *tie) for tie in cache[m_start])
        return out

    def _mention_ties(
        self, m_start: int, m_end: int
    ) -> list[tuple[str, frozenset[str], int]]:
        """The role nouns the parse sets on the name at [m_start, m_end): its
        title, and a noun in apposition after or before it."""
        span = self.doc.char_span(m_start, m_end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        root = span.root
        ties = []
        title = self._title_before(span)
        if title:
            ties.append(
                (title[-1].lower_, frozenset(t.lower_ for t in title), title[-1].i)
            )
        nouns = [c for c in root.rights if c.dep_ == "appos" and c.i >= span.end]
        if root.dep_ == "appos" and root.head.i < span.start:
            nouns.append(root.head)
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.tag_ != "NN":
                continue
            inside = set(range(span.start, span.end))
            words = frozenset(
                t.lower_
                for t in noun.subtree
                if t.i not in inside
                and t.dep_ not in _FILLER_DEPS
                and t.is_alpha
                and not (noun.i < span.start and t.i > span.start)
            )
            ties.append((noun.lower_, words, noun.i))
        return ties

    def _title_before(self, span: Span) -> list[Token]:
        """'Nationwide economist' of 'Nationwide economist Alex Bannister': the
        words on the name's own line right before it that hang on the name or
        on each other, ending in a lower-case common noun."""
        run: list[Token] = []
        inside = set(range(span.start, span.end))
        for token in reversed(self.doc[max(0, span.start - 5) : span.start]):
            if (
                token.pos_ not in ("NOUN", "PROPN", "ADJ")
                or not token.is_alpha
                or "\n" in token.whitespace_
                or token.head.i not in inside | {t.i for t in run}
            ):
                break
            run.insert(0, token)
        while run and not (
            (run[-1].pos_ == "NOUN" and run[-1].is_lower)
            or run[-1].lower_ in self.finder.people_nouns
        ):
            run.pop()  # 'Mr' or a capitalized word next to the name
        if run and run[-1].i != span.start - 1:
            return []
        return run

    def _noun_used_otherwise(self, head: Token, tied_at: set[int]) -> bool:
        """The description's noun was written before for a new referent ('a
        forensics expert who asked not to be named said') that is none of the
        tied words at ``tied_at``."""
        for token in self.doc[: head.i]:
            if token.lower_ != head.lower_ or token.i in tied_at:
                continue
            if self.in_marks(token.idx):
                continue
            if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.lefts):
                return True
        return False
