"""Requests and claims a noun names, reported outside a verb's clause (issue 16).

Golden cases on the model, our own sentences: a request ('urged ministers to
rethink the plan', 'called on the board to hold an inquiry'), a demand ('called
for an inquiry into the deaths') and a claim its owner makes ('Ms Whitlock's
claim that the figures were wrong') are indirect quotes of their speaker. No
quote when the request is negated or under a modal, when a thing calls for
something ('The plan calls for ...'), when a thing is called on ('calling on
its search engine to answer ...'), when a noun's claim has no owner ('the
theory that ...'), nor when the verb hangs on another noun ('adverts ...
urging members to ...': the adverts urge, not the paper named before).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.test_quotes_after_cues import _speakers


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        (
            "Dana Whitlock urged ministers to rethink the plan.",
            "ministers to rethink the plan",
            "Dana Whitlock",
            "urged",
        ),
        (
            "The union called on the government to hold an inquiry.",
            "the government to hold an inquiry",
            "The union",
            "called on",
        ),
        (
            "The union called for an inquiry into the deaths.",
            "an inquiry into the deaths",
            "The union",
            "called for",
        ),
        (
            "Ms Whitlock's claim that the figures were wrong was rejected.",
            "that the figures were wrong",
            "Whitlock",
            "claim",
        ),
    ],
    ids=["urged-to", "called-on-to", "called-for", "claim-that"],
)
def test_quotes_request_is_reported(
    nlp: Language, text: str, words: str, speaker: str, cue: str
) -> None:
    found = [s for s in _speakers(nlp, text) if s[0] == words]
    assert found, _speakers(nlp, text)
    assert (found[0][1], found[0][3]) == (speaker, cue)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The plan calls for 500 new homes on the site.",
        "The minister did not urge voters to back the deal.",
        "Lawyers may call for a retrial into the case.",
        "Microsoft is calling on its search engine to answer questions about "
        "facts and dates.",
        "The evidence supports the theory that the fire was started deliberately.",
        "Studios took out full-page adverts in papers such as the Daily Ledger "
        "urging members to back their films.",
    ],
    ids=["thing-calls", "negated", "modal", "thing-called-on", "no-owner", "acl"],
)
def test_quotes_request_not_reported(nlp: Language, text: str) -> None:
    assert _speakers(nlp, text) == []
