"""Sources named by 'according to X' and 'per X'.

The object of the phrase (a name, or a work that speaks for whoever made it:
'according to figures from the ONS'), and whether 'per' reports a source
('per Reuters') or divides ('per cent', 'per barrel').
"""

from __future__ import annotations

from spacy.tokens import Token

from claimkit.components.quotes.subject_names import _SubjectNames


class _According(_SubjectNames):
    """The source an 'according to' or 'per' phrase names."""

    def _according(self, token: Token) -> Token | None:
        """The object of 'according to X' / 'per X' starting at ``token``."""
        if token.lower_ not in self.finder.according_first:
            return None
        for phrase in self.finder.according:
            words = token.doc[token.i : token.i + len(phrase)]
            if len(words) == len(phrase) and all(
                w.lower_ == p for w, p in zip(words, phrase, strict=True)
            ):
                last = words[-1]
                objects = [c for c in last.children if c.dep_ == "pobj"]
                nxt = token.doc[last.i + 1] if last.i + 1 < len(token.doc) else None
                obj = objects[0] if objects else None
                if obj is None and nxt is not None and nxt.pos_ in ("PROPN", "NOUN"):
                    obj = nxt
                if obj is not None and phrase == ("per",):
                    return obj if self._per_source(token, obj) else None
                if (
                    obj is not None
                    and obj.pos_ == "NOUN"
                    and (obj.lower_ in self.finder.according_norms)
                ):
                    return None  # 'according to his wishes': in keeping with
                return obj
        return None

    def _per_source(self, per: Token, obj: Token) -> bool:
        """'per Reuters', 'per the filing': 'per' names a source, not a rate.

        'per cent', 'per barrel', 'per person', 'per year' divide; 'per' reports
        only before a name ('Reuters', 'Ms. Ortiz') or a determined source noun
        ('the filing', 'a statement', 'court documents'). A capital 'Per' reports
        only opening a sentence and outside a name ('Per Nyman').
        """
        if per.text[0].isupper() and (not per.is_sent_start or per.ent_type_):
            return False  # 'Per Share Numbers' in a table, 'Per Nyman', a name
        nxt = per.doc[per.i + 1] if per.i + 1 < len(per.doc) else None
        if nxt is None or (nxt.is_lower and nxt.pos_ not in ("DET", "PRON")):
            if nxt is None or nxt.lower_ not in self.finder.per_sources:
                return False
            # 'per sources', 'per court documents': a bare plural source noun
            return obj.lower_ in self.finder.per_sources and obj.tag_ in ("NNS", "NN")
        if nxt.pos_ in ("DET", "PRON"):
            # 'per the filing', 'per a statement', 'per its website'
            return obj.lower_ in self.finder.per_sources or (
                obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG")
            )
        # a capitalized word: a name ('per Reuters'), not 'Per cent' opening a line
        return (
            obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG")
        ) and obj.lower_ not in self.finder.per_sources | {"cent", "capita"}

    @staticmethod
    def _source_behind(obj: Token) -> Token | None:
        """'according to calculations presented by Dr Graham': the name behind a work.

        A work ('figures from the ONS', 'a report by the IMF') speaks for the
        person or organization that made it.
        """
        if obj.pos_ != "NOUN" or obj.ent_type_:
            return None
        heads = [obj, *(c for c in obj.rights if c.dep_ in ("acl", "relcl"))]
        for head in heads:
            for prep in head.rights:
                if prep.dep_ not in ("prep", "agent") or prep.lower_ not in (
                    "by",
                    "from",
                ):
                    continue
                for name in prep.children:
                    if name.dep_ == "pobj" and name.ent_type_ in ("PERSON", "ORG"):
                        return name
        return None
