"""Speakers named by a definite description of an organization.

'The navy said', 'the club said', 'a spokesman for the ministry said': the
description stands for the one organization of the article it describes when
exactly one fits. A head word of ``described_heads`` (quotes.json) fits an
organization whose name holds that word ('the navy': 'Indian Navy'); it must
be named (outside quote marks) in the description's sentence or the
``_REACH`` sentences before it, and no other organization the word fits may be
named anywhere before: two navies, or the nearest navy far back, leave the
speaker unresolved. A kind word of ``company_heads`` ('the company', 'the
firm') stands for the only organization named in that reach, when it is a
company by its name ('Acme Corp', a marker of ``company_markers``) or the one
the article is about (named most often, at least twice). A word of
``media_heads`` ('the newspaper', 'the radio') fits, as a head word does, an
outlet whose name holds a word of ``media_markers`` ('China Daily', 'Radio
Ndeke'). 'The club' (``club_heads``) fits a name ending in a word of
``club_markers`` ('Leeds United', 'Ipswich Town') or holding 'club'; a
rival such a name ('Shareholders United') leaves it. A description with a
word of its own ('the rival company', 'the Indian navy') or a name after it
('the club of ...') is left to the rules that read it (a relative clause set
off by a comma, 'The firm, which owns 13 farms,', is none); documents ('the
report') fit no one. Before any of these, a word the article gave one
organization as a title or in apposition ('US magazine Mobile Kit', 'the
media watchdog, Orvik Press Freedom', 'Acme, the regulator,') stands for
that organization, named nearby, when no other took the word.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Token

from claimkit.components.quotes.epithets import _Epithets

_REACH = 3  # sentences before the description's own


class _Described(_Epithets):
    """Resolve 'the navy', 'the company' to the one organization they fit."""

    def described_organization(
        self, noun: Token, start: int, *, bare: bool = True
    ) -> str | None:
        """The one organization ``noun`` ('navy' of 'the navy') describes, or None.

        ``bare=False`` takes a noun with no words of its own that describes a
        voice ('ministry' of 'a ministry spokesman', 'company' of 'company
        officials'), as :meth:`compound_organization` does.
        """
        if bare and not self._bare_definite(noun):
            words = self._modifier_words(noun)
            if not words:
                return None
            # 'the US regulator said' after 'US regulator the SEC'
            return self._titled_organization(noun, start, words) or None
        head = noun.lower_
        finder = self.finder
        titled = self._titled_organization(noun, start)
        if titled is not None:
            return titled or None
        if (
            head not in finder.described_heads
            and head not in finder.company_heads
            and head not in finder.media_heads
        ):
            return None
        first = self._reach_start(noun)
        near = self.doc[first].idx
        if self._word_used_before(noun, first):
            return None  # 'A group of MPs ... The group says': that one
        before = bisect.bisect_left(self.mention_starts, start)
        named = [
            (m_start, entity)
            for m_start, _, entity, _ in self.mentions[:before]
            if self.labels.get(entity) == "ORG" and not self.in_marks(m_start)
        ]
        recent = {entity for m_start, entity in named if m_start >= near}
        if head in finder.company_heads:
            # 'the company': the one organization named nearby, a company by
            # its name ('Acme Corp') or the one the article is about
            if len(recent) != 1:
                return None
            entity = next(iter(recent))
            if self._fits(entity, self._company_name) or entity == self._topic_org():
                return entity
            return None
        fits: Callable[[str], bool]
        if head in finder.media_heads:
            fits = self._media_name
        elif head in finder.club_heads:
            fits = self._club_name
        else:
            fits = self._name_holds(head)
        fitting = {entity for _, entity in named if self._fits(entity, fits)}
        if len(fitting) != 1 or not fitting <= recent:
            return None  # two fit, or the one that fits was named far back
        entity = fitting.pop()
        if head in finder.club_heads and self._other_club(entity, start):
            return None  # 'sold Reed to Dunmere Town', a place to the tagger
        return entity

    def _other_club(self, entity: str, start: int) -> bool:
        """A name like a club's ('Dunmere Town', 'Shareholders United': a
        capitalized word, then a capitalized word of ``club_markers``) is
        written before ``start`` outside ``entity``'s mentions, whatever the
        tagger took it for."""
        spans = [(m[0], m[1]) for m in self._mentions_of.get(entity, [])]
        for token in self.doc[1 : self.token_at(start)]:
            if token.lower_ not in self.finder.club_markers:
                continue
            before = self.doc[token.i - 1]
            if not (token.text[:1].isupper() and before.text[:1].isupper()):
                continue
            if not any(m_start <= token.idx < m_end for m_start, m_end in spans):
                return True
        return False

    def _titled_organization(
        self, noun: Token, start: int, words: frozenset[str] = frozenset()
    ) -> str | None:
        """The one organization the article gave ``noun``'s word as a title
        ('US magazine Mobile PC', 'monitoring firm Acme') or in apposition
        ('the media watchdog, Reporters Without Borders', 'Acme, the
        regulator,'); '' when two were, None when none was. The ``words`` a
        description sets before its noun ('the US regulator') must each be a
        word of the title ('US regulator the SEC') or of the name.

        It must be named in the description's sentence or the ``_REACH``
        before it (outside quote marks), and no other organization named
        since: any company is a firm, and an article about one club names its
        rivals (a rival titled 'local club' is no more 'the club' than the
        club the article is about). A word that titled a person ('the boss') is
        left to the role rules, and the word used since for something else ('a
        watchdog in Leeds') leaves it.
        """
        before = bisect.bisect_left(self.mention_starts, start)
        named = [
            (m_start, m_end, entity)
            for m_start, m_end, entity, _ in self.mentions[:before]
            if self.labels.get(entity) in ("ORG", "PERSON")
            and not self.in_marks(m_start)
        ]
        titles: set[int] = set()
        fitting: set[str] = set()
        for m_start, m_end, entity in named:
            for title in self._titles(m_start, m_end):
                if title.lower_ == noun.lower_ and words <= self._title_words(
                    title, self.text[m_start:m_end]
                ):
                    titles.add(title.i)
                    fitting.add(entity)
        if not fitting:
            return None
        if len(fitting) != 1 or self.labels.get(next(iter(fitting))) != "ORG":
            return ""  # two, or a person's role ('the boss'): the role rules'
        named = [m for m in named if self.labels.get(m[2]) == "ORG"]
        entity = fitting.pop()
        first = self._reach_start(noun)
        near = self.doc[first].idx
        last = max(m_start for m_start, _, e in named if e == entity)
        if last < near and entity != self._topic_org():
            return ""  # named far back, and not the one the article is about
        if any(e != entity and m_start > last for m_start, _, e in named):
            return ""  # 'local club Leeds United' then Bury: 'the club' is either
        for token in self.doc[first : noun.i]:
            if (
                token.lower_ == noun.lower_
                and token.i not in titles
                and not token.ent_type_
                and not self._bare_definite(token)
            ):
                return ""  # 'a watchdog in Leeds': that one
        return entity

    @staticmethod
    def _title_words(title: Token, name: str) -> set[str]:
        """The words of a title ('US' of 'US regulator') and of the name it
        titles, lower-cased."""
        words = {c.lower_ for c in title.lefts if c.dep_ in ("compound", "amod")}
        return words | {w.strip(".,'’").lower() for w in name.split()}

    def _modifier_words(self, noun: Token) -> frozenset[str]:
        """'the US regulator', 'the media watchdog': the single words set
        between 'the' and a singular noun with nothing after it; empty for
        anything else ('the Paris-based group', 'the regulator in Bonn')."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return frozenset()
        lefts = list(noun.lefts)
        if len(lefts) < 2 or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
            return frozenset()
        if any(
            c.dep_ not in ("compound", "amod") or any(True for _ in c.children)
            for c in lefts[1:]
        ):
            return frozenset()
        if any(
            c.dep_ in ("prep", "appos", "relcl", "acl", "compound", "amod")
            for c in noun.rights
        ):
            return frozenset()
        return frozenset(c.lower_ for c in lefts[1:])

    def _reach_start(self, noun: Token) -> int:
        """The first token of the ``_REACH``-th sentence before ``noun``'s."""
        first = self.sent(noun.i).start
        for _ in range(_REACH):
            if first > 0:
                first = self.sent(first - 1).start
        return first

    def _titles(self, start: int, end: int) -> list[Token]:
        """The common nouns the text sets on the mention
        ``start``-``end`` as a title right before it ('US magazine Mobile
        PC') or in apposition ('the media watchdog, Reporters Without
        Borders'; 'Acme, the regulator,')."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        root = span.root
        found: list[Token] = []
        if span.start > 0:
            title = self.doc[span.start - 1]
            # the tagger may take 'firm' for an adjective ('monitoring firm Acme')
            if (
                title.pos_ in ("NOUN", "ADJ")
                and title.text.isalpha()
                and title.text.islower()
                and title.head.i in range(span.start, span.end)
            ):
                found.append(title)
        if (
            root.dep_ == "appos"
            and root.head.pos_ == "NOUN"
            and root.head.i < span.start
        ):
            found.append(root.head)
        found.extend(
            c
            for c in root.rights
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= span.end
        )
        return [t for t in found if t.tag_ in ("NN", "JJ")]

    def compound_organization(self, noun: Token) -> str | None:
        """'a ministry spokesman', 'company officials': the one organization
        the bare noun set before the voice describes, as 'the ministry' would."""
        if noun.dep_ != "compound" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return None
        if any(True for _ in noun.children):
            return None  # 'a defence ministry spokesman': a ministry of its own
        return self.described_organization(noun, noun.idx, bare=False)

    def _word_used_before(self, noun: Token, first: int) -> bool:
        """The noun's word stood for something of its own since token
        ``first``: 'a navy patrol', 'the cross-party group', 'a club in Leeds'
        (not a bare 'the navy' again, nor a word of a name)."""
        for token in self.doc[first : noun.i]:
            if token.lower_ != noun.lower_ or token.ent_type_ or token.i == noun.i:
                continue
            named = self.entity_at(token.idx, token.idx + len(token))
            if named is None and not self._bare_definite(token):
                return True
        return False

    def _topic_org(self) -> str | None:
        """The organization named most often (by name, outside quote marks),
        at least twice and more often than any other."""
        counts: dict[str, int] = {}
        for m_start, _, entity, text in self.mentions:
            if self.labels.get(entity) != "ORG" or self.in_marks(m_start):
                continue
            if text.lower() in self.finder.group_pronouns:
                continue
            counts[entity] = counts.get(entity, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def _fits(self, entity: str, fits: Callable[[str], bool]) -> bool:
        """The entity's name, or a name it was written with, fits."""
        if fits(self.names.get(entity, "")):
            return True
        return any(fits(m[3]) for m in self._mentions_of.get(entity, []))

    @staticmethod
    def _bare_definite(noun: Token) -> bool:
        """'the navy': a singular noun with 'the' and nothing else of its own.

        A relative clause set off by a comma adds to the noun without narrowing
        it ('The firm, which owns 13 farms, said'); 'the firm that owns ...'
        and 'the firm in Leeds' name a firm of their own.
        """
        if noun.pos_ != "NOUN" or (noun.tag_ != "NN" and noun.lower_ != "police"):
            return False  # 'the companies said' is more than one
        lefts = list(noun.lefts)
        if len(lefts) != 1 or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
            return False
        doc = noun.doc
        set_off = noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
        return not any(
            c.dep_ in ("prep", "appos", "relcl", "acl", "compound", "amod")
            and not (set_off and c.dep_ == "relcl")
            for c in noun.rights
        )

    @staticmethod
    def _name_holds(head: str) -> Callable[[str], bool]:
        """A test that a name holds ``head`` as a word ('Indian Navy')."""

        def fits(name: str) -> bool:
            words = {w.strip(".,'’").lower() for w in name.split()}
            return head in words or head + "s" in words  # 'Acme Airlines'

        return fits

    def _media_name(self, name: str) -> bool:
        """'China Daily', 'Radio Rossii': a name holding a word of
        ``media_markers``, for 'the newspaper', 'the radio' (``media_heads``)."""
        words = {w.strip(".,'’").lower() for w in name.split()}
        return not words.isdisjoint(self.finder.media_markers)

    def _club_name(self, name: str) -> bool:
        """'Leeds United', 'Ipswich Town', 'Acme FC', 'Acme Golf Club': a
        name of two words or more ending in a word of ``club_markers`` or
        holding 'club', for 'the club' (``club_heads``)."""
        words = [w.strip(".,'’").lower() for w in name.split()]
        if len(words) < 2:
            return False
        return words[-1] in self.finder.club_markers or self._name_holds("club")(name)

    def _company_name(self, name: str) -> bool:
        """'Acme Corp', 'Bolt Holdings plc': a name ending in a company marker."""
        words = name.split()
        return len(words) > 1 and (
            words[-1].strip(".,").lower() in self.finder.company_markers
        )
