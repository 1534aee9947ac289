"""The reason composer's data and assembly: every language, point, tone and law."""

from __future__ import annotations

import itertools
import re

import pytest

from optout_gui.core.guide import LAW_IDS
from optout_gui.core.jurisdictions import load_legal_data
from optout_gui.core.reasons import (
    LANGUAGES,
    PLACEHOLDERS,
    POINT_IDS,
    TONES,
    Composition,
    ReasonLibrary,
    ReasonsError,
    compose,
    fill,
    language_for_country,
    length_problem,
    load_templates,
    normalise,
    reasons_path,
)

ALL_POINT_SETS = [
    combo for n in range(len(POINT_IDS) + 1) for combo in itertools.combinations(POINT_IDS, n)
]
ACCOUNTS = ("Facebook", "Instagram", "")
PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


@pytest.fixture(scope="module")
def templates():
    return {lang: load_templates(reasons_path(lang)) for lang in LANGUAGES}


def test_every_language_file_loads(templates):
    assert set(templates) == {"en", "de", "fr", "es", "it", "nl", "pl", "pt_BR"}
    for lang, t in templates.items():
        assert t.language == lang


def test_every_language_has_the_same_fragments_and_placeholders_as_english(templates):
    english = templates["en"].fragments()
    for lang, t in templates.items():
        fragments = t.fragments()
        assert set(fragments) == set(english), lang
        for key, text in english.items():
            assert set(PLACEHOLDER_RE.findall(fragments[key])) == set(
                PLACEHOLDER_RE.findall(text)
            ), f"{lang}: {key}"


def test_translations_are_not_left_in_english(templates):
    english = templates["en"].fragments()
    for lang, t in templates.items():
        if lang == "en":
            continue
        same = [k for k, v in t.fragments().items() if v == english[k] and len(v) > 30]
        assert not same, f"{lang} still has English text: {same}"


def check_text(text: str, where: str) -> None:
    assert text.strip() == text, where
    assert not PLACEHOLDER_RE.search(text), where
    assert "{" not in text and "}" not in text, where
    assert "  " not in text, where
    assert "\n\n\n" not in text, where
    for bad in (" .", " ,", "..", ",,", ".,", ",.", " !", "?.", " ;"):
        # French puts a (narrow) space before ; : ! ?, never before . or ,
        assert bad not in text, f"{where}: {bad!r} in {text!r}"
    for paragraph in text.split("\n\n"):
        assert paragraph, where
        assert paragraph[-1] in ".!?»", f"{where}: paragraph ends badly: {paragraph!r}"
        assert paragraph[0].isupper(), f"{where}: paragraph starts badly: {paragraph!r}"
        # A new sentence starts with a capital letter (legal abbreviations such as
        # "Art. 21 Abs. 1" or "art. 30, al. 2, let. b" are not sentence ends).
        for match in re.finditer(
            r"(?<!\b[Aa]rt)(?<!\bAbs)(?<!\bBst)(?<!\bal)(?<!\blet)(?<!\bcpv)"
            r"(?<!\blett)(?<!\bust)(?<!\blit)(?<!\bn\.º)[.!?] (\S)",
            paragraph,
        ):
            follower = match.group(1)
            assert follower.isupper() or follower in "«(¿¡", f"{where}: {paragraph!r}"


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_combination_gives_a_clean_reason(templates, lang):
    t = templates[lang]
    seen = set()
    for points, tone, law, account in itertools.product(ALL_POINT_SETS, TONES, LAW_IDS, ACCOUNTS):
        choice = Composition(points=points, tone=tone, law=law, account=account)
        text = compose(t, choice)
        where = f"{lang}/{tone}/{law}/{'+'.join(points) or '-'}/{account or 'both'}"
        check_text(text, where)
        assert text == compose(t, choice), where  # deterministic
        if points:
            assert len(text) > 100, where  # a few real sentences, not a stub
        if account:
            assert account in text, where
        seen.add(text)
    # Different choices give different texts.
    assert len(seen) == len(ALL_POINT_SETS) * len(TONES) * len(LAW_IDS) * len(ACCOUNTS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_fragment_is_a_whole_sentence(templates, lang):
    for key, text in templates[lang].fragments().items():
        if key == "both_accounts":
            continue
        values = {"account": "Facebook"}
        if key.startswith("laws."):
            law = key.split(".")[1]
            values.update(load_legal_data().jurisdictions[law].citations(lang))
        check_text(fill(text, values), f"{lang}:{key}")


def test_points_come_in_a_fixed_order_whatever_the_ticking_order(templates):
    t = templates["en"]
    a = compose(t, Composition(points=("likeness", "photos"), tone="detailed", law="gdpr"))
    b = compose(t, Composition(points=("photos", "likeness"), tone="detailed", law="gdpr"))
    assert a == b
    assert a.index(t.points["photos"]["long"]) < a.index(t.points["likeness"]["long"])


def test_law_sentence_follows_the_law(templates):
    t = templates["en"]
    assert "Article 21(1) of the General Data Protection Regulation (GDPR)" in compose(
        t, Composition(law="gdpr")
    )
    assert "UK GDPR" in compose(t, Composition(law="uk_gdpr"))
    assert "FADP" in compose(t, Composition(law="fadp", tone="formal"))
    assert "LGPD" in compose(t, Composition(law="lgpd", tone="detailed"))
    assert "Article" not in compose(t, Composition(law="none"))


def test_short_is_one_paragraph_and_detailed_has_three(templates):
    t = templates["de"]
    short = compose(t, Composition(points=("photos",), tone="short", law="gdpr"))
    detailed = compose(t, Composition(points=("photos",), tone="detailed", law="gdpr"))
    assert "\n" not in short
    assert detailed.count("\n\n") == 2
    assert len(detailed) > len(short)


def test_unknown_choices_are_ignored(templates):
    t = templates["en"]
    odd = Composition(points=("photos", "nonsense"), tone="shouty", law="mars")
    assert compose(t, odd) == compose(t, Composition(points=("photos",), law="none"))


@pytest.mark.parametrize(
    ("country", "lang"),
    [
        ("DE", "de"), ("AT", "de"), ("LI", "de"), ("CH", "de"),
        ("FR", "fr"), ("BE", "fr"), ("LU", "fr"), ("ES", "es"), ("IT", "it"),
        ("NL", "nl"), ("PL", "pl"), ("BR", "pt_BR"), ("PT", "pt_BR"),
        ("GB", "en"), ("IE", "en"), ("SE", "en"), ("US", "en"), ("OTHER", "en"),
        (None, "en"), ("", "en"),
    ],
)  # fmt: skip
def test_language_follows_the_country(country, lang):
    assert language_for_country(country) == lang


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Hello\r\nworld  \n\n", "Hello\nworld"),
        ("a\rb\u2028c\u2029d", "a\nb\nc\nd"),
        ("\t\n  \n", ""),
        ("keep  inner  spaces\n\n\nand blank lines", "keep  inner  spaces\n\n\nand blank lines"),
        ("emoji 😀 and עברית", "emoji 😀 and עברית"),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_length_problem():
    assert length_problem("") == "empty"
    # No minimum: no source gives one, and the reason is optional (issue #26).
    assert length_problem("x") is None
    assert length_problem("x" * 99) is None
    assert length_problem("x" * 3001) == "long"


# --- damaged files ---------------------------------------------------------------
def write_library(tmp_path, **overrides):
    base = tmp_path / "reasons"
    base.mkdir()
    for lang in LANGUAGES:
        text = reasons_path(lang).read_text(encoding="utf-8")
        (base / f"{lang}.toml").write_text(overrides.get(lang, text), encoding="utf-8")
    return base


def test_a_damaged_language_falls_back_to_english_naming_the_file(tmp_path):
    base = write_library(tmp_path, de="format = 1\nlanguage = 'de'\n[tones\n")
    library = ReasonLibrary(base)
    templates, problem = library.get("de")
    assert templates.language == "en"
    assert problem is not None
    assert problem.path == base / "de.toml"
    assert "de.toml" in str(problem)
    # Other languages are unaffected.
    assert library.get("fr") == (library.get("fr")[0], None)
    assert library.get("fr")[0].language == "fr"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda s: s.replace("format = 1", "format = 2"), "format"),
        (lambda s: s.replace('language = "fr"', 'language = "de"'), "language"),
        (lambda s: s.replace("[points.likeness]", "[points.liking]"), "liking"),
        (lambda s: s.replace("{account}", "{compte}", 1), "placeholder"),
        (lambda s: s.replace('short = "', 'short = "{', 1), "unmatched"),
        (lambda s: re.sub(r'closing = ".*"', 'closing = "  "', s, count=1), "non-empty"),
        (lambda s: s + "\nmood = 'happy'\n", "unknown"),
        (lambda s: s.encode("utf-16").decode("latin-1"), "TOML"),
    ],
)  # fmt: skip
def test_schema_problems_are_named(tmp_path, edit, message):
    base = write_library(tmp_path)
    path = base / "fr.toml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ReasonsError) as info:
        load_templates(path)
    assert info.value.path == path
    assert message in info.value.problem


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ReasonsError, match="does not exist"):
        load_templates(tmp_path / "xx.toml")


def test_a_damaged_english_file_is_an_error(tmp_path):
    base = write_library(tmp_path, en="nonsense")
    with pytest.raises(ReasonsError):
        ReasonLibrary(base).get("en")


def test_unknown_language_gives_english():
    templates, problem = ReasonLibrary().get("tlh")
    assert templates.language == "en"
    assert problem is None


def test_placeholders_are_known():
    assert sorted(PLACEHOLDERS) == ["account", "law", "objection_law"]
