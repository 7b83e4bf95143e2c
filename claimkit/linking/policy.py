"""The linking decisions for one name, and the rule that made each (no spaCy).

:class:`Decisions` is the half of :class:`~claimkit.linking.registry.EntityRegistry`
that decides; the registry keeps the clusters, the aliases and persistence.
Every link names its rule, which ends up in ``Entity.link_rule``:

- ``exact``: the same normalized name as an alias of the entity;
- ``alias``: a short name the entity learned from a definition in an earlier
  article ("the Federal Reserve (Fed)");
- ``acronym``: a short name defined in this article for a full name here;
- ``short_form``: a short form of a full name in this article ("Huang" beside
  "Jensen Huang", "Meta" beside "Meta Platforms");
- ``surname``: a surname alone, carried by exactly one person in the registry,
  in an article that shares an entity with one of that person's articles;
- ``name_part``: an ORG short name that exactly one ORG in the registry extends
  with non-distinguishing words ("Micron" / "Micron Technology") or ends with
  ("Oilers" / "Edmonton Oilers");
- ``expansion``: a fuller or differently shortened name ("Eric Allen
  Kirkpatrick", "M. Cheeks", "Meta Platforms" for "Meta");
- ``name_order``: a Chinese name in the other order ("Wenfeng Liang" for
  "Liang Wenfeng"): one word a Chinese surname, the other no surname or
  given name of the lexicons;
- ``spacing``: an ORG name written as one word and as several ("Supermicro"
  / "Super Micro Computer", "TimeWarner" / "Time Warner"), when exactly one
  entity fits;
- ``fuzzy``: a near spelling, with its score (``Entity.link_score``);
- ``corpus_type``: the name's entity of the other label, seen in more articles.

Context agrees when the article shares an entity with one of the candidate's
articles, an entity that is not a hub (one in more than a fiftieth of the
articles, at least twenty: "BBC", "Labour"), which every article shares. A
one-word name that can name different things (a place: "Leeds" the club or the
city; a word the article also writes in lower case: "Time", "Star"; a common
given name) links across articles only when the context agrees, and never by
a fuzzy score. So does a country's name typed ORG, of one word or more
("England", "New Zealand"): a national side of one sport or another, or a
government.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from itertools import islice

from claimkit.linking.candidates import _NONE, CandidateGenerator
from claimkit.linking.context import (
    HOMONYMS,
    Context,
    _Cluster,
    _Seen,
    best_supported,
)
from claimkit.linking.name_words import (
    _blanked,
    _common_name,
    _formal,
    _given,
    _lexically_ambiguous,
    _misspelt,
    _subsequence,
)
from claimkit.linking.normalize import (
    ACRONYM_STOPWORDS,
    COMMON_SURNAMES,
    COUNTRIES,
    NATIONAL_BODIES,
    NON_DISTINGUISHING,
    PERSON_SUFFIXES,
    PERSON_TITLES,
    acronym,
    extends_plainly,
    given_key,
    is_coordination,
    is_nickname,
    is_unit,
    lower_words,
    other_order,
    plural_apart,
    plural_words,
)
from claimkit.records import EntityLabel

_OTHER_LABEL: dict[str, EntityLabel] = {"PERSON": "ORG", "ORG": "PERSON"}
_SPELLED_OUT = 4  # letters in a short name that needs no context to link
_OUTGROWN = 3  # times as many articles as a short name's own entity, to win
_JOINED_MIN = 5  # letters of a one-word name that the spacing rule reads
# Honorifics that stand before a surname, never a given name ("Mr Howard" is
# Michael Howard, not Howard Flight); "Sir" and "Dame" take the given name.
_HONORIFIC = r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+"
_BEFORE_SURNAME = re.compile(_HONORIFIC + "$")

Found = tuple[int, float, str, EntityLabel]  # cluster, score, rule, label


class Decisions(Context):
    """Decide what one name links to; the registry supplies the state."""

    _candidates: CandidateGenerator
    type_evidence: int
    _words: frozenset[str] | None  # its lower-case words, when read
    _plurals: frozenset[str]  # the singulars of its words ending in "s", then
    _nouns: dict[str, None]  # one-word names some article wrote in the plural
    _common: dict[str, None]  # one-word names some article wrote in lower case

    def _normalized(self, name: str, label: str) -> tuple[str, tuple[str, ...]]:
        raise NotImplementedError  # the registry's cached normalization

    def _resolve(
        self,
        name: str,
        label: EntityLabel,
        seen: list[_Seen],
        form: tuple[str, tuple[str, ...]] | None = None,
    ) -> Found | None:
        norm, tokens = form if form is not None else self._normalized(name, label)
        if not tokens:
            return None
        if len(tokens) == 1 and label == "ORG" and self._common_noun(tokens[0]):
            return None
        index = self._index[label]
        ambiguous_here = False
        if len(tokens) == 1:
            found = self._from_article(tokens[0], label, seen)
            if len(found) == 1:
                return found.pop(), 100.0, "short_form", label
            ambiguous_here = len(found) > 1
        own = index.anchors.get(norm)
        learned = index.learned.get(norm, _NONE)
        if len(learned) == 1 and not ambiguous_here:
            # "CCTV" the cameras is not the "China Central Television (CCTV)"
            # an article defined: a learned short name needs the context too.
            (owner,) = learned
            if (
                self._agrees(owner, seen, unknown_agrees=True)
                or self._outgrown(own, owner, seen)
                or (own is None and self._spelled_out(tokens, owner))
            ):
                return owner, 100.0, "alias", label
        retyped = self._retype(name, label, own, seen)
        if retyped is not None:
            return retyped, 100.0, "corpus_type", self._clusters[retyped].label
        lone_person = label == "PERSON" and len(tokens) == 1
        key = " ".join(tokens)
        if len(tokens) == 1:
            ambiguous = self._ambiguous(key, label)
        else:
            ambiguous = label == "ORG" and key in COUNTRIES
        if own is not None and label == "ORG" and key in NATIONAL_BODIES:
            chosen = self._national(own, key)
            return None if chosen is None else (chosen, 100.0, "exact", label)
        if own is not None and ambiguous and label == "ORG":
            chosen = self._homonym(key, label, seen)
            return None if chosen is None else (chosen, 100.0, "exact", label)
        if own is not None and label == "PERSON" and _common_name(tokens):
            chosen = self._namesake(own, norm, tokens, seen)
            return None if chosen is None else (chosen, 100.0, "exact", label)
        if own is not None:
            if not lone_person or self._lone(own, tokens, seen, ambiguous):
                return own, 100.0, "exact", label
            if not ambiguous_here:
                short = self._short_form(tokens[0], label, seen, ambiguous)
                if short is not None:
                    return short[0], 100.0, short[1], label
            return None  # a one-word name whose namesake the context rejects
        if len(tokens) == 1 and not ambiguous_here:
            short = self._short_form(tokens[0], label, seen, ambiguous)
            if short is not None:
                return short[0], 100.0, short[1], label
        if ambiguous:
            return None
        spaced = self._spacing(tokens, label)
        if spaced is not None:
            return spaced, 100.0, "spacing", label
        fuzzy = self._candidates.fuzzy(norm, tokens, label)
        if (
            fuzzy is not None
            and not (lone_person and not self._lone(fuzzy[0], tokens, seen))
            and (label != "PERSON" or self._same_shape(tokens, fuzzy[0]))
            and not (label == "ORG" and self._plural_only(tokens, fuzzy, seen))
        ):
            return fuzzy[0], fuzzy[1], "fuzzy", label
        if label == "PERSON" and (swapped := other_order(tokens, _given())):
            reordered = self._index[label].anchors.get(" ".join(swapped))
            if reordered is not None:
                return reordered, 100.0, "name_order", label  # "Wenfeng Liang"
        if len(tokens) > 1:
            expanded = self._expansion(tokens, label, seen)
            if expanded is not None:
                return expanded, 100.0, "expansion", label
        return None

    def _from_article(self, token: str, label: str, seen: list[_Seen]) -> set[int]:
        """Return the entities of this article whose full name ``token`` shortens.

        A person's one-word name may be the first word too ("Zhang" for "Zhang
        Yiming"): within one article that is safe, across the corpus it is not.
        An organization's one word must be its name less only non-distinguishing
        words ("Micron" in "Micron Technology", not "Senate" in "Senate Budget
        Committee") or its distinctive last word ("Oilers").
        """
        found: set[int] = set()
        for other in seen:
            if (
                other.label != label
                or len(other.tokens) < 2
                or is_coordination(other.tokens)
            ):
                continue
            if label == "PERSON":
                hit = token == other.tokens[-1] or (
                    token == other.tokens[0]
                    and not self._addressed_apart(other.tokens[-1])
                )
            elif is_unit(other.tokens):
                continue
            else:
                hit = extends_plainly((token,), other.tokens) or is_nickname(
                    token, other.tokens
                )
            if hit:
                found.add(other.index)
        return found

    def _addressed_apart(self, surname: str) -> bool:
        """Say whether "Mr Howard" cannot be Howard Flight, here "Mr Flight".

        The entity being linked follows "Mr", "Mrs", "Dr"... somewhere, and so
        does ``surname``: the article addresses people by their last word.
        "Mr Xie" stays Xie Xuren, whom no "Mr Xuren" contradicts.
        """
        entity = self._current
        if entity is None or not self._text:
            return False
        if not any(
            _BEFORE_SURNAME.search(self._text[max(0, m.start - 6) : m.start])
            for m in entity.mentions
        ):
            return False
        return (
            re.search(rf"{_HONORIFIC}{re.escape(surname)}\b", self._text, re.IGNORECASE)
            is not None
        )

    def _retype(
        self, name: str, label: EntityLabel, own: int | None, seen: list[_Seen]
    ) -> int | None:
        """Return the other-label entity this name joins when the corpus says so.

        An ambiguous one-word name ("Labour" typed PERSON) joins the namesake
        of the other label its context agrees with most, not the first seen.
        """
        other_label = _OTHER_LABEL[label]
        norm, tokens = self._normalized(name, other_label)
        other = self._index[other_label].anchors.get(norm)
        if other is None:
            return None
        if len(tokens) == 1 and self._ambiguous(tokens[0], other_label):
            other = self._homonym(tokens[0], other_label, seen)
            if other is None:
                return None
        other_docs = len(self._clusters[other].doc_ids)
        own_docs = len(self._clusters[own].doc_ids) if own is not None else 0
        if other_docs >= self.type_evidence and other_docs > own_docs:
            return other
        return None

    def _lone(
        self,
        own: int,
        tokens: tuple[str, ...],
        seen: list[_Seen],
        ambiguous: bool = False,
    ) -> bool:
        """Say whether a one-word person name may join ``own``, an entity of that name.

        Only when no other person in the registry carries the word as a surname
        or given name, and the article does not contradict: it shares an entity
        with ``own``'s articles, or none of its other entities was known before
        (not enough for an ``ambiguous`` name).
        """
        if tokens[0] in PERSON_TITLES:
            return False  # "President" or "CEO" alone names no one in particular
        index = self._index["PERSON"]
        # Size checks, never unions: a surname that failed its context many
        # times has many one-word entities, and a union would cost that much.
        for table in (index.surnames, index.given, index.lone):
            ids = table.get(tokens[0])
            if ids and (len(ids) > 1 or own not in ids):
                return False
        return self._agrees(own, seen, unknown_agrees=not ambiguous)

    def _short_form(
        self, token: str, label: str, seen: list[_Seen], ambiguous: bool = False
    ) -> tuple[int, str] | None:
        """Link a surname or short company name when one entity in the corpus fits."""
        index = self._index[label]
        if label == "PERSON":
            # "Zhang" is ambiguous between Angela Zhang and Zhang Yiming. An
            # entity known only as "Jones" is no rival: it may be a "Jones"
            # the context could not settle, and the context decides here too.
            surnamed = index.surnames.get(token, _NONE)
            if not surnamed or index.given.get(token) or token in PERSON_TITLES:
                return None
            if len(surnamed) > 1:
                # "Blair" among Tony, Cherie and Lionel Blair: the one whose
                # articles share the most entities with this one, if any. A
                # common surname ("Jones") may be a teammate never named yet.
                if token in COMMON_SURNAMES:
                    return None
                found = best_supported(
                    {c: self._support(c, seen)[0] for c in islice(surnamed, HOMONYMS)}
                )
                return None if found is None else (found, "surname")
            (chosen,) = surnamed
            return (chosen, "surname") if self._agrees(chosen, seen) else None
        nicknamed = index.lasts.get(token, _NONE).keys()
        candidates: AbstractSet[int] = (
            index.prefixes.get(token, _NONE).keys() | nicknamed
        )
        if len(candidates) != 1:
            return None
        (chosen,) = candidates
        # "Saints" is the last word of Southampton's nickname and of a band;
        # "Star" of "Daily Star": a last word, or an ambiguous word, needs
        # the context too.
        if (ambiguous or chosen in nicknamed) and not self._agrees(
            chosen, seen, unknown_agrees=not ambiguous
        ):
            return None
        return chosen, "name_part"

    def _spacing(self, tokens: tuple[str, ...], label: str) -> int | None:
        """Link an ORG name written as one word to the one ORG whose words,
        run together, spell it, and back: "Supermicro" / "Super Micro
        Computer", "Time Warner" / "TimeWarner". Each of the words must be
        two letters or more, and the joined word five or more."""
        if label != "ORG" or is_coordination(tokens):
            return None
        index = self._index[label]
        if len(tokens) == 1:
            if len(tokens[0]) < _JOINED_MIN:
                return None
            spelled = index.joined.get(tokens[0], _NONE).keys()
            return next(iter(spelled)) if len(spelled) == 1 else None
        if any(len(token) < 2 for token in tokens):
            return None
        ends = [len(tokens)]
        for k in range(len(tokens) - 1, 1, -1):
            if tokens[k] not in NON_DISTINGUISHING:
                break
            ends.append(k)
        found = {
            owner
            for k in ends
            if (owner := index.anchors.get("".join(tokens[:k]))) is not None
            and len(self._clusters[owner].tokens) == 1
        }
        return found.pop() if len(found) == 1 else None

    def _ambiguous(self, token: str, label: str) -> bool:
        """Say whether a one-word name may name different things across articles.

        A place ("leeds": the club or the city), a given name ("steve"; "bruno"
        read as an organization), an organization's generic head ("house"), or
        a word an article writes in lower case outside its names ("time",
        "star", "dead").
        """
        if token in self._common or _lexically_ambiguous(token, label):
            return True
        self._read_words()
        if token in self._words:  # type: ignore[operator]
            self._common[token] = None
            return True
        return False

    def _common_noun(self, token: str) -> bool:
        """Say whether a one-word ORG name is a common noun, no name.

        A person's title or letters ("QC", "Sir"), or a word some article
        also writes in the plural ("MP" beside "MPs", "DVD" beside "DVDs").
        """
        if token in PERSON_TITLES or token in PERSON_SUFFIXES or token in self._nouns:
            return True
        self._read_words()
        if token in self._plurals:
            self._nouns[token] = None
            return True
        return False

    def _read_words(self) -> None:
        """Read the article's words outside its names, once an article."""
        if self._words is None:
            if not self._text:
                self._words = self._plurals = frozenset()
                return
            text = _blanked(self._text, self._entities)
            self._words, self._plurals = lower_words(text), plural_words(text)

    def _spelled_out(self, tokens: tuple[str, ...], owner: int) -> bool:
        """Say whether a learned short name is every initial of its full name.

        "TSMC" for "Taiwan Semiconductor Manufacturing Co." names one company
        however the article around it reads; a short name made of fewer or
        other letters ("CCTV" for "China Central Television") still needs the
        context. Four letters at least: three-letter names recur too often.
        """
        if len(tokens) != 1 or len(tokens[0]) < _SPELLED_OUT:
            return False
        words = [w for w in self._clusters[owner].name.split() if w[:1].isalpha()]
        initials = "".join(
            w[0] for w in words if w.lower().strip(".,") not in ACRONYM_STOPWORDS
        )
        return initials.lower() == tokens[0] and initials.isupper()

    def _outgrown(self, own: int | None, owner: int, seen: list[_Seen]) -> bool:
        """Say whether a short name's own entity gives way to the one it stands for.

        "EU" alone in early articles made an entity "EU"; once articles define
        it ("the European Union (EU)"), a later "EU" whose context agrees with
        neither joins the European Union when that is named in several times
        as many articles, as a reader would take it.
        """
        if own is None or own == owner:
            return False
        small, large = self._clusters[own], self._clusters[owner]
        if len(large.doc_ids) < _OUTGROWN * max(1, len(small.doc_ids)):
            return False
        return self._support(own, seen, enough=1)[0] == 0

    def _namesake(
        self, own: int, norm: str, tokens: tuple[str, ...], seen: list[_Seen]
    ) -> int | None:
        """Return the person of a common full name ("Chad Johnson") this article means.

        Of the people so named, the one whose articles share the most non-hub
        entities with this one (the first so named on a tie); else the one
        whose articles called the name by the same words ("Shadow Home
        Secretary", "Coldplay's"); with nothing known to contradict, the
        first. None (a new person) when the article's known entities keep
        company with none of them and no description agrees.
        """
        key = f"{given_key(tokens[0])} {tokens[-1]}"
        ids = [
            c
            for c in islice(self._index["PERSON"].first_last.get(key, _NONE), HOMONYMS)
            if norm in self._clusters[c].anchors
        ]
        support: dict[int, int] = {}
        known = False
        for candidate in ids:
            support[candidate], known_here = self._support(
                candidate, seen, namesakes=frozenset(ids)
            )
            known = known or known_here
        best = max(support.values(), default=0)
        if best > 0:
            top = [c for c in ids if support[c] == best]
            return own if own in top else top[0] if len(top) == 1 else None
        described = self._described(ids)
        if described is not None:
            return described
        if not known:
            return own if own in support else ids[0] if len(ids) == 1 else None
        return None

    def _described(self, ids: list[int]) -> int | None:
        """Return the namesake the article calls by words its articles used too."""
        words = self._descriptors()
        if not words:
            return None
        shared = {
            c: len(words.intersection(self._clusters[c].descriptors or ())) for c in ids
        }
        return best_supported(shared)

    def _same_shape(self, tokens: tuple[str, ...], candidate: int) -> bool:
        """Say whether a person's name may be a misspelling of one of ``candidate``'s.

        Same number of words, in the same order, each with the same first
        letter, and no two different words both real names: "Aretha Frankin"
        for "Aretha Franklin", never "Mick McCarthy" for "Nick McCarthy",
        "James Davis" for "David James", or "Andy Davis" for "Andy Davies"
        (two census surnames).
        """
        return any(
            _misspelt(tuple(norm.split()), tokens)
            for norm in self._clusters[candidate].anchors
        )

    def _plural_only(
        self,
        tokens: tuple[str, ...],
        fuzzy: tuple[int, float, str],
        seen: list[_Seen],
    ) -> bool:
        """Say whether an ORG name is a plural variant the context does not back.

        "Court of Appeal" near "Court of Appeals" names the US court only in an
        article that shares context with it; "Lib Dem" near "Lib Dems" does.
        ``fuzzy`` is the near name found: entity, score and compared form.
        """
        candidate, _, form = fuzzy
        return plural_apart(sorted(tokens), form.split()) and not self._agrees(
            candidate, seen
        )

    def _expansion(
        self, tokens: tuple[str, ...], label: str, seen: list[_Seen]
    ) -> int | None:
        """Link a longer or differently shortened full name when unambiguous."""
        if is_coordination(tokens):
            return None
        index = self._index[label]
        if label == "PERSON":
            # "Eric Kirkpatrick" / "Eric Allen Kirkpatrick", and with a familiar
            # given name, "Larry Lessig" / "Lawrence Lessig".
            formal = _formal(tokens)
            candidates = {
                c
                for c in index.first_last.get(f"{formal[0]} {tokens[-1]}", ())
                if _subsequence(formal, _formal(self._clusters[c].tokens))
                or _subsequence(_formal(self._clusters[c].tokens), formal)
            }
            if len(candidates) == 1:
                chosen = candidates.pop()
                # "Tommy Lee Jones" is not "Tom Jones": a middle name (not an
                # initial) one of the two lacks needs the context to agree.
                # Nor is the drummer "Kenny Jones" the rugby player "Ken Jones":
                # a given name written two ways with a common surname too.
                other = self._clusters[chosen].tokens
                middles = set(tokens[1:-1]) ^ set(other[1:-1])
                doubtful = any(len(word) > 1 for word in middles) or (
                    tokens[0] != other[0] and tokens[-1] in COMMON_SURNAMES
                )
                # (within one article, "Dave Collins" and "David Collins" are one)
                here = any(other.index == chosen for other in seen)
                if doubtful and not here and not self._agrees(chosen, seen):
                    return None
                return chosen
            if len(tokens[0]) == 1 and len(tokens) == 2:
                # Filed by initial and surname: "J. Smith" reads the J. Smiths,
                # not every Smith in the corpus.
                initial = {
                    c
                    for c in index.initials.get(" ".join(tokens), ())
                    if self._clusters[c].tokens[0][0] == tokens[0]
                }
                if len(initial) == 1:
                    return initial.pop()
            lone = index.anchors.get(tokens[-1])
            if (
                lone is not None
                and len(self._clusters[lone].tokens) == 1
                and len(index.lone.get(tokens[-1], _NONE)) == 1
                and not index.surnames.get(tokens[-1])
                and not index.given.get(tokens[-1])
                and self._agrees(lone, seen)
            ):
                return lone
            return None
        if is_unit(tokens):
            return None  # "Ford Australia" is not "Ford"
        norm = " ".join(tokens)
        extended = index.prefixes.get(norm, _NONE)
        if len(extended) > 1:
            return None  # several companies extend it (and copying them is O(n))
        candidates = set(extended)
        for k in range(1, len(tokens)):
            # "Meta Platforms" joins "Meta"; "Apple Corps" does not join "Apple".
            if not all(token in NON_DISTINGUISHING for token in tokens[k:]):
                continue
            head = " ".join(tokens[:k])
            owner = index.anchors.get(head)
            if owner is not None and index.prefixes.get(head, _NONE).keys() <= {owner}:
                candidates.add(owner)
        nickname = index.anchors.get(tokens[-1])
        if (
            nickname is not None
            and self._clusters[nickname].tokens == tokens[-1:]
            and is_nickname(tokens[-1], tokens)
            and not index.lasts.get(tokens[-1])
        ):
            candidates.add(nickname)  # "Edmonton Oilers" joins "Oilers"
        if len(candidates) != 1:
            return None
        chosen = candidates.pop()
        rep = self._clusters[chosen].tokens
        compatible = (
            extends_plainly(tokens, rep)
            or extends_plainly(rep, tokens)
            or (
                rep == tokens[-1:]
                and chosen == nickname
                and self._agrees(
                    chosen,
                    seen,
                    unknown_agrees=not self._ambiguous(tokens[-1], label),
                )
            )
        )
        return chosen if compatible else None

    def _defined_acronym(self, short: str, label: str) -> int | None:
        """Return the entity named by ``short`` alone (an acronym defined here)."""
        norm, tokens = self._normalized(short, label)
        owner = self._index[label].anchors.get(norm)
        if owner is not None and self._clusters[owner].tokens == tokens:
            return owner
        return None

    def _is_short(self, tokens: tuple[str, ...], cluster: _Cluster) -> bool:
        """Say whether an alias is a short form of the representative name.

        Short forms (a surname, a company name less its descriptors, a
        nickname, an acronym) are never compared themselves: whether they link
        is decided again each time, so a second "Zhang" in the corpus makes
        "Zhang" ambiguous.
        """
        rep = cluster.tokens
        if len(tokens) >= len(rep):
            return False
        if cluster.label == "PERSON":
            return len(tokens) == 1 and tokens[0] in (rep[0], rep[-1])
        return rep[: len(tokens)] == tokens or (
            len(tokens) == 1
            and (tokens[0] == acronym(rep) or is_nickname(tokens[0], rep))
        )
