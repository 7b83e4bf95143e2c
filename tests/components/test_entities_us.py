"""ck_entities on US-style news: glued handles and numbers, datelines, acronyms,
Spanish surnames, headline articles and given names, apostrophe surnames.

Hand-built Docs (tests/handmade.py), our own sentences and invented names. A
number glued to a name by a dash and a social-media handle are no part of the
name; a capitals dateline place is no organization and its agency no short
form of it; an acronym is no short form of a person's name, and a "person"
holding one is an organization; "Ms. Acosta" is the "Acosta" inside a
Spanish name; a headline's article "A" is no initial, and a headline's given
name completes the body's surname; "D’Arcy" completes a given name before it.
What the rules do not describe stays as it was.
"""

from __future__ import annotations

from tests.components.test_entities_fullnames import possessive, resolver
from tests.components.test_entities_glued import _doc, _names
from tests.handmade import parse

__all__ = ["resolver"]  # the module's fixture, shared


# --- a number or a handle glued on ------------------------------------------


def test_number_glued_by_a_dash_ends_no_name(blank_nlp, resolver):
    text = "Ivo Sandor led Colin Farrand—35 to 12. Colin Farrand conceded."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Ivo PROPN B-PERSON", "Sandor PROPN I-PERSON", "led VERB",
            "Colin PROPN B-PERSON", "Farrand—35 PROPN I-PERSON", "to ADP",
            "12 NUM", ". PUNCT",
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "conceded VERB",
            ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Colin Farrand" in names
    assert all("—" not in name for name in names)


def test_hyphenated_surname_is_kept(blank_nlp, resolver):
    text = "Colin Farrand-Reyes won. Colin Farrand-Reyes said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand-Reyes PROPN I-PERSON", "won VERB",
            ". PUNCT",
            "Colin PROPN B-PERSON", "Farrand-Reyes PROPN I-PERSON", "said VERB",
            "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    assert [name for _, name, _ in _names(doc, resolver)] == ["Colin Farrand-Reyes"]


def test_handle_after_a_site_is_no_name(blank_nlp, resolver):
    text = "Colin Farrand wrote it. Follow Colin Farrand on Twitter @ColFar"
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "wrote VERB",
            "it PRON", ". PUNCT",
            "Follow VERB", "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON",
            "on ADP", "Twitter PROPN B-PERSON", "@ColFar PROPN I-PERSON",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert names == ["Colin Farrand"]


def test_name_before_its_handle_is_kept(blank_nlp, resolver):
    text = "Colin Farrand wrote it. Maria Sandor @MariaS said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "wrote VERB",
            "it PRON", ". PUNCT",
            "Maria PROPN B-PERSON", "Sandor PROPN I-PERSON", "@MariaS PROPN I-PERSON",
            "said VERB", "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Maria Sandor" in names and all("@" not in name for name in names)


# --- datelines and bracketed short forms ---------------------------------------


def test_dateline_place_is_no_organization(blank_nlp, resolver):
    text = "LONDON (Wirepress) - Colin Farrand said the London office would close."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "LONDON PROPN B-ORG", "( PUNCT", "Wirepress PROPN B-ORG", ") PUNCT",
            "- PUNCT", "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON",
            "said VERB", "the DET", "London PROPN B-ORG", "office NOUN",
            "would AUX", "close VERB", ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    assert all(name.lower() != "london" for _, name, _ in names)
    assert all("LONDON" not in mentions for _, _, mentions in names)


def test_bracketed_initials_still_join(blank_nlp, resolver):
    text = "The Bank of Tarland (BoT) cut rates. BoT said it would act."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "The DET", "Bank PROPN B-ORG", "of ADP I-ORG", "Tarland PROPN I-ORG",
            "( PUNCT", "BoT PROPN B-ORG", ") PUNCT", "cut VERB", "rates NOUN",
            ". PUNCT", "BoT PROPN B-ORG", "said VERB", "it PRON", "would AUX",
            "act VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert ("ORG", "Bank of Tarland", ["Bank of Tarland", "BoT", "BoT"]) in _names(
        doc, resolver
    )


# --- an acronym is no person's short form --------------------------------------


def test_acronym_never_joins_a_person(blank_nlp, resolver):
    text = (
        "The KVZ won the vote. Its youth wing, Jeune KVZ, campaigned. "
        "The KVZ said it would go on."
    )
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "The DET", "KVZ PROPN B-ORG", "won VERB", "the DET", "vote NOUN",
            ". PUNCT", "Its PRON", "youth NOUN", "wing NOUN", ", PUNCT",
            "Jeune PROPN B-PERSON", "KVZ PROPN I-PERSON", ", PUNCT",
            "campaigned VERB", ". PUNCT", "The DET", "KVZ PROPN B-ORG",
            "said VERB", "it PRON", "would AUX", "go VERB", "on ADP", ". PUNCT",
        ],
    )  # fmt: skip
    names = _names(doc, resolver)
    assert ("ORG", "KVZ", ["KVZ", "KVZ"]) in names
    assert all(label != "PERSON" for label, _, _ in names)


def test_surname_in_capitals_still_joins(blank_nlp, resolver):
    text = "Colin Reed spoke first. REED said he would run. Reed won."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Reed PROPN I-PERSON", "spoke VERB",
            "first ADV", ". PUNCT", "REED PROPN B-PERSON", "said VERB",
            "he PRON", "would AUX", "run VERB", ". PUNCT", "Reed PROPN B-PERSON",
            "won VERB", ". PUNCT",
        ],
    )  # fmt: skip
    names = [(label, name) for label, name, _ in _names(doc, resolver)]
    assert names == [("PERSON", "Colin Reed")]


# --- a courtesy title before a Spanish surname ----------------------------------


def test_titled_paternal_surname_joins_the_full_name(blank_nlp, resolver):
    text = "Melba Acosta Febo runs the bank. Ms. Acosta said so. Ms. Acosta left."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Melba PROPN B-PERSON", "Acosta PROPN I-PERSON", "Febo PROPN I-PERSON",
            "runs VERB", "the DET", "bank NOUN", ". PUNCT",
            "Ms. PROPN", "Acosta PROPN B-PERSON", "said VERB", "so ADV",
            ". PUNCT",
            "Ms. PROPN", "Acosta PROPN B-PERSON", "left VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Melba Acosta Febo", ["Melba Acosta Febo", "Acosta", "Acosta"])
    ]


def test_titled_middle_given_name_stays_apart(blank_nlp, resolver):
    text = "Robert Lee Stone runs the bank. Mr. Lee said so. Mr. Lee left."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Robert PROPN B-PERSON", "Lee PROPN I-PERSON", "Stone PROPN I-PERSON",
            "runs VERB", "the DET", "bank NOUN", ". PUNCT",
            "Mr. PROPN", "Lee PROPN B-PERSON", "said VERB", "so ADV", ". PUNCT",
            "Mr. PROPN", "Lee PROPN B-PERSON", "left VERB", ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Robert Lee Stone" in names and "Lee" in names


# --- headlines -------------------------------------------------------------------


def test_headline_article_is_no_initial(blank_nlp):
    from claimkit.components.entities.completion import after_initial

    doc = parse(
        blank_nlp.vocab,
        "Friends Of A Farrand Fan",
        """
        Friends PROPN ROOT   0
        Of      ADP   prep   0
        A       DET   det    4
        Farrand PROPN compound 4
        Fan     PROPN pobj   1
        """,
    )
    assert not after_initial(doc, 3)
    sheet = parse(
        blank_nlp.vocab,
        "Backs: A Farrand, R Sandor",
        """
        Backs   NOUN  ROOT   0
        :       PUNCT punct  0
        A       PROPN compound 3
        Farrand PROPN appos  0
        ,       PUNCT punct  0
        R       PROPN compound 6
        Sandor  PROPN appos  0
        """,
    )
    assert after_initial(sheet, 3) and after_initial(sheet, 6)


def test_headline_given_name_completes_the_body_surname(blank_nlp, resolver):
    text = "Voters Cheer For Maria Farrand\n\nFarrand won the race. Farrand spoke."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Voters PROPN O NNPS", "Cheer PROPN", "For PROPN",
            "Maria PROPN B-PERSON", "Farrand PROPN I-PERSON", "\\n\\n SPACE",
            "Farrand PROPN B-PERSON", "won VERB", "the DET", "race NOUN",
            ". PUNCT", "Farrand PROPN B-PERSON", "spoke VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Maria Farrand", ["Maria Farrand", "Farrand", "Farrand"])
    ]


# --- a surname written with an apostrophe ---------------------------------------


def test_apostrophe_surname_completes_the_name(blank_nlp, resolver):
    text = "The book is by Anoush D’Arcy of Leeds. D’Arcy said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "The DET", "book NOUN", "is AUX", "by ADP", "Anoush PROPN B-PERSON",
            "D’Arcy NOUN O NN", "of ADP", "Leeds PROPN B-GPE", ". PUNCT",
            "D’Arcy PROPN B-PERSON", "said VERB", "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    assert ("PERSON", "Anoush D’Arcy", ["Anoush D’Arcy", "D’Arcy"]) in _names(
        doc, resolver
    )


def test_unknown_word_after_a_name_is_not_taken(blank_nlp, resolver):
    text = "The book is by Anoush Darcyville of Leeds. Anoush said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "The DET", "book NOUN", "is AUX", "by ADP", "Anoush PROPN B-PERSON",
            "Darcyville NOUN O NN", "of ADP", "Leeds PROPN B-GPE", ". PUNCT",
            "Anoush PROPN B-PERSON", "said VERB", "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Anoush Darcyville" not in names


# --- an organization's "'s" before a person ---------------------------------------


def test_organization_s_surname_is_both(blank_nlp, resolver):
    text = "Gazette editor Jo Smith spoke. He told Gazette’s Smith so. Gazette ran it."
    doc = possessive(
        _doc(
            blank_nlp.vocab,
            text,
            [
                "Gazette PROPN B-ORG", "editor NOUN", "Jo PROPN B-PERSON",
                "Smith PROPN I-PERSON", "spoke VERB", ". PUNCT", "He PRON",
                "told VERB", "Gazette PROPN B-ORG", "’s PART I-ORG",
                "Smith PROPN I-ORG", "so ADV", ". PUNCT", "Gazette PROPN B-ORG",
                "ran VERB", "it PRON", ". PUNCT",
            ],
        ),
        9,
    )  # fmt: skip
    names = {name: (label, mentions) for label, name, mentions in _names(doc, resolver)}
    assert names["Jo Smith"] == ("PERSON", ["Jo Smith", "He", "Smith"])
    assert names["Gazette"] == ("ORG", ["Gazette", "Gazette", "Gazette"])


def test_organization_s_other_word_is_left_alone(blank_nlp, resolver):
    text = "Jo Smith spoke. Gazette’s Herald Fund paid. Gazette ran it."
    doc = possessive(
        _doc(
            blank_nlp.vocab,
            text,
            [
                "Jo PROPN B-PERSON", "Smith PROPN I-PERSON", "spoke VERB",
                ". PUNCT", "Gazette PROPN B-ORG", "’s PART I-ORG",
                "Herald PROPN I-ORG", "Fund PROPN I-ORG", "paid VERB",
                ". PUNCT", "Gazette PROPN B-ORG", "ran VERB", "it PRON",
                ". PUNCT",
            ],
        ),
        5,
    )  # fmt: skip
    names = _names(doc, resolver)
    assert ("PERSON", "Jo Smith", ["Jo Smith"]) in names
    assert any(name == "Gazette’s Herald Fund" for _, name, _ in names)


# --- a pet form of a given name ----------------------------------------------------


def _two_given_names(vocab, first: str, second: str):  # type: ignore[no-untyped-def]
    text = f"{first} Farrand won. {second} Farrand said so. Farrand left."
    return _doc(
        vocab,
        text,
        [
            f"{first} PROPN B-PERSON", "Farrand PROPN I-PERSON", "won VERB",
            ". PUNCT", f"{second} PROPN B-PERSON", "Farrand PROPN I-PERSON",
            "said VERB", "so ADV", ". PUNCT", "Farrand PROPN B-PERSON",
            "left VERB", ". PUNCT",
        ],
    )  # fmt: skip


def test_pet_form_of_a_given_name_is_one_person(blank_nlp, resolver):
    doc = _two_given_names(blank_nlp.vocab, "Sandra", "Sandy")
    assert [name for _, name, _ in _names(doc, resolver)] == ["Sandra Farrand"]


def test_other_given_name_on_a_short_stem_is_another_person(blank_nlp, resolver):
    doc = _two_given_names(blank_nlp.vocab, "Andrea", "Andy")
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Andrea Farrand" in names and "Andy Farrand" in names


# --- a title in quotation marks ---------------------------------------------------


def test_two_word_quoted_title_is_no_name(blank_nlp, resolver):
    text = 'Colin Farrand played "Rosa Verde (Live)." Farrand sang.'
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "played VERB",
            '" PUNCT', "Rosa PROPN B-PERSON", "Verde PROPN I-PERSON",
            "( PUNCT", "Live PROPN", ") PUNCT", ". PUNCT", '" PUNCT',
            "Farrand PROPN B-PERSON", "sang VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("PERSON", "Colin Farrand", ["Colin Farrand", "Farrand"])
    ]


def test_quoted_sentence_keeps_its_name(blank_nlp, resolver):
    text = '"Colin Farrand will win," Sandor said. Farrand won.'
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            '" PUNCT', "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON",
            "will AUX", "win VERB", ", PUNCT", '" PUNCT', "Sandor PROPN B-PERSON",
            "said VERB", ". PUNCT", "Farrand PROPN B-PERSON", "won VERB",
            ". PUNCT",
        ],
    )  # fmt: skip
    names = [name for _, name, _ in _names(doc, resolver)]
    assert "Colin Farrand" in names


def test_quoted_speech_of_two_names_keeps_them(blank_nlp, resolver):
    text = 'Colin Farrand spoke. "Only you, Colin," Sandor said.'
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "spoke VERB",
            ". PUNCT", '" PUNCT', "Only ADV", "you PRON", ", PUNCT",
            "Colin PROPN B-PERSON", ", PUNCT", '" PUNCT', "Sandor PROPN B-PERSON",
            "said VERB", ". PUNCT",
        ],
    )  # fmt: skip
    names = {name: mentions for _, name, mentions in _names(doc, resolver)}
    assert names["Colin Farrand"] == ["Colin Farrand", "Colin"]


def test_quoted_title_with_small_words_is_no_name(blank_nlp, resolver):
    text = 'Colin Farrand starred in "Rosa and Verde," a film. Farrand won.'
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", "starred VERB",
            "in ADP", '" PUNCT', "Rosa PROPN B-PERSON", "and CCONJ I-PERSON",
            "Verde PROPN I-PERSON", ", PUNCT", '" PUNCT', "a DET", "film NOUN",
            ". PUNCT", "Farrand PROPN B-PERSON", "won VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert [name for _, name, _ in _names(doc, resolver)] == ["Colin Farrand"]


# --- a former name -----------------------------------------------------------------


def test_once_known_as_is_one_organization(blank_nlp, resolver):
    text = "TNB, once known as Tarland Network Broadcasting, cut jobs. TNB said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "TNB PROPN B-ORG", ", PUNCT", "once ADV", "known VERB", "as ADP",
            "Tarland PROPN B-ORG", "Network PROPN I-ORG", "Broadcasting PROPN I-ORG",
            ", PUNCT", "cut VERB", "jobs NOUN", ". PUNCT", "TNB PROPN B-ORG",
            "said VERB", "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        (
            "ORG",
            "Tarland Network Broadcasting",
            ["TNB", "Tarland Network Broadcasting", "TNB"],
        )
    ]


def test_known_as_across_types_stays_apart(blank_nlp, resolver):
    text = "Colin Farrand, known as Tarland Bank's founder, spoke. Tarland Bank paid."
    doc = possessive(
        _doc(
            blank_nlp.vocab,
            text,
            [
                "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON", ", PUNCT",
                "known VERB", "as ADP", "Tarland PROPN B-ORG", "Bank PROPN I-ORG",
                "'s PART", "founder NOUN", ", PUNCT", "spoke VERB", ". PUNCT",
                "Tarland PROPN B-ORG", "Bank PROPN I-ORG", "paid VERB", ". PUNCT",
            ],
        ),
        7,
    )  # fmt: skip
    names = [(label, name) for label, name, _ in _names(doc, resolver)]
    assert ("PERSON", "Colin Farrand") in names and ("ORG", "Tarland Bank") in names


# --- a person's last two names typed ORG ---------------------------------------------


def _sola(vocab, second: list[str], text: str):  # type: ignore[no-untyped-def]
    rows = [
        "President PROPN", "Enrique PROPN B-PERSON", "Sola PROPN I-PERSON",
        "Marin PROPN I-PERSON", "spoke VERB", ". PUNCT",
        "The DET", "firm NOUN", *second, "said VERB", "so ADV", ". PUNCT",
    ]  # fmt: skip
    return _doc(vocab, text, rows)


def test_last_names_typed_org_join_the_person(blank_nlp, resolver):
    text = "President Enrique Sola Marin spoke. The firm Sola Marin said so."
    doc = _sola(blank_nlp.vocab, ["Sola PROPN B-ORG", "Marin PROPN I-ORG"], text)
    names = {name: (label, mentions) for label, name, mentions in _names(doc, resolver)}
    assert names["Enrique Sola Marin"] == (
        "PERSON",
        ["Enrique Sola Marin", "Sola Marin"],
    )


def test_other_names_typed_org_stay_apart(blank_nlp, resolver):
    text = "President Enrique Sola Marin spoke. The firm Sola Bank said so."
    doc = _sola(blank_nlp.vocab, ["Sola PROPN B-ORG", "Bank PROPN I-ORG"], text)
    names = {name: (label, mentions) for label, name, mentions in _names(doc, resolver)}
    assert names["Enrique Sola Marin"] == ("PERSON", ["Enrique Sola Marin"])
    assert names["Sola Bank"] == ("ORG", ["Sola Bank"])


def test_bracketed_form_of_other_letters_still_joins(blank_nlp, resolver):
    text = "The Tarland Affairs Committee (JUTA) met. JUTA said it would act."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "The DET", "Tarland PROPN B-ORG", "Affairs PROPN I-ORG",
            "Committee PROPN I-ORG", "( PUNCT", "JUTA PROPN B-ORG", ") PUNCT",
            "met VERB", ". PUNCT", "JUTA PROPN B-ORG", "said VERB", "it PRON",
            "would AUX", "act VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        (
            "ORG",
            "Tarland Affairs Committee",
            ["Tarland Affairs Committee", "JUTA", "JUTA"],
        )
    ]


def test_dateline_agency_is_no_short_form_of_an_unknown_place(blank_nlp, resolver):
    text = "KVISTOWN (WP) - Colin Farrand said so, WP learned."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "KVISTOWN PROPN B-ORG", "( PUNCT", "WP PROPN B-ORG", ") PUNCT",
            "- PUNCT", "Colin PROPN B-PERSON", "Farrand PROPN I-PERSON",
            "said VERB", "so ADV", ", PUNCT", "WP PROPN B-ORG", "learned VERB",
            ". PUNCT",
        ],
    )  # fmt: skip
    assert _names(doc, resolver) == [
        ("ORG", "WP", ["WP", "WP"]),
        ("PERSON", "Colin Farrand", ["Colin Farrand"]),
    ]


def test_dateline_with_a_state_joins_no_agency(blank_nlp, resolver):
    text = "KVIST, Ks. (WP) - Colin Farrand said so, WP learned."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "KVIST PROPN B-GPE", ", PUNCT", "Ks. PROPN B-ORG", "( PUNCT",
            "WP PROPN B-ORG", ") PUNCT", "- PUNCT", "Colin PROPN B-PERSON",
            "Farrand PROPN I-PERSON", "said VERB", "so ADV", ", PUNCT",
            "WP PROPN B-ORG", "learned VERB", ". PUNCT",
        ],
    )  # fmt: skip
    assert ("ORG", "WP", ["WP", "WP"]) in _names(doc, resolver)


# --- an "'s" of a person's full name --------------------------------------------------


def test_full_personal_name_has_no_s_of_its_own(blank_nlp, resolver):
    text = "I wrote about Colin Farrand's. Farrand said so."
    doc = possessive(
        _doc(
            blank_nlp.vocab,
            text,
            [
                "I PRON", "wrote VERB", "about ADP", "Colin PROPN B-PERSON",
                "Farrand PROPN I-PERSON", "'s PART I-PERSON", ". PUNCT",
                "Farrand PROPN B-PERSON", "said VERB", "so ADV", ". PUNCT",
            ],
        ),
        5,
    )  # fmt: skip
    assert [name for _, name, _ in _names(doc, resolver)] == ["Colin Farrand"]


def test_shop_name_keeps_its_s(blank_nlp, resolver):
    text = "We shop at Tarland's. Tarland's said so."
    doc = possessive(
        _doc(
            blank_nlp.vocab,
            text,
            [
                "We PRON", "shop VERB", "at ADP", "Tarland PROPN B-ORG",
                "'s PART I-ORG", ". PUNCT", "Tarland PROPN B-ORG", "'s PART I-ORG",
                "said VERB", "so ADV", ". PUNCT",
            ],
        ),
        4,
        7,
    )  # fmt: skip
    assert [name for _, name, _ in _names(doc, resolver)] == ["Tarland's"]


# --- a name cut after its initial ------------------------------------------------------


def test_name_cut_after_an_initial_is_dropped(blank_nlp, resolver):
    text = "The brothers Colin G. and Ivo H. Farrand paid. Farrand said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "The DET", "brothers NOUN", "Colin PROPN B-PERSON", "G. PROPN I-PERSON",
            "and CCONJ", "Ivo PROPN B-PERSON", "H. PROPN I-PERSON",
            "Farrand PROPN I-PERSON", "paid VERB", ". PUNCT",
            "Farrand PROPN B-PERSON", "said VERB", "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    assert [name for _, name, _ in _names(doc, resolver)] == ["Ivo H. Farrand"]


def test_name_ending_in_a_bare_letter_is_kept(blank_nlp, resolver):
    text = "Colin X spoke first. Colin X said so."
    doc = _doc(
        blank_nlp.vocab,
        text,
        [
            "Colin PROPN B-PERSON", "X PROPN I-PERSON", "spoke VERB", "first ADV",
            ". PUNCT", "Colin PROPN B-PERSON", "X PROPN I-PERSON", "said VERB",
            "so ADV", ". PUNCT",
        ],
    )  # fmt: skip
    assert [name for _, name, _ in _names(doc, resolver)] == ["Colin X"]
