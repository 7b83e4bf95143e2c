"""The shipped given-name list: lookups, genders, frequency (no spaCy)."""

from __future__ import annotations

import pytest

from claimkit.text.names import GivenNames, load_places


@pytest.fixture(scope="module")
def names() -> GivenNames:
    return GivenNames.load()


def test_shipped_list_is_loaded(names: GivenNames) -> None:
    assert len(names) > 5000


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Margaret", "f"),
        ("Thomas", "m"),
        ("Jordan", "u"),
        ("MARGARET", "f"),
        ("margaret", "f"),
        ("Mary-Ellen", "f"),
    ],
)
def test_gender_of_given_names(names: GivenNames, word: str, gender: str) -> None:
    assert names.gender(word) == gender
    assert word in names


@pytest.mark.parametrize("word", ["Nvidia", "Ottawa", "Senate", "", "Inc."])
def test_other_words_are_no_given_names(names: GivenNames, word: str) -> None:
    assert names.gender(word) is None
    assert word not in names
    assert not names.is_common(word)


def test_common_names_are_frequent_ones(names: GivenNames) -> None:
    assert names.is_common("Michael") and names.is_common("Linda")
    assert not names.is_common("Zona")


def test_load_from_a_file(tmp_path) -> None:
    path = tmp_path / "names.txt"
    path.write_text("# comment\nAlba\tf\t0.010\n\nEbo\tu\t0.001\n", encoding="utf-8")
    names = GivenNames.load(path)
    assert names.gender("alba") == "f" and names.gender("Ebo") == "u"
    assert names.is_common("Alba") and not names.is_common("Ebo")
    assert 42 not in names


def test_names_places_hold_cities_but_not_people_names() -> None:
    places = load_places()
    assert {"york", "fort lee", "isfahan", "glen burnie"} <= places
    # Given names and common surnames say nothing alone: left out.
    assert not {"florence", "houston", "jackson", "paris"} & places
