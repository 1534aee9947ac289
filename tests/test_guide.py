from pathlib import Path
from urllib.parse import urlsplit

import pytest

from optout_gui.core.guide import ACCOUNT_TYPES, STEP_IDS, GuideError, guide_path, load_guide

REAL_GUIDE = guide_path("en").read_text(encoding="utf-8")


def write_guide(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "guide.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_real_guide_is_complete():
    guide = load_guide()
    assert set(guide.accounts) == set(ACCOUNT_TYPES)
    for account in guide.accounts.values():
        for url in (account.form_url, *account.alternate_urls):
            parts = urlsplit(url)
            assert parts.scheme == "https"
            assert parts.hostname.endswith(("facebook.com", "instagram.com"))
        assert account.in_app_route
    assert set(guide.steps) == set(STEP_IDS)
    assert guide.has_right_to_object("DE")
    assert guide.has_right_to_object("GB")
    assert guide.has_right_to_object("CH")
    assert guide.has_right_to_object("BR")
    assert not guide.has_right_to_object("US")
    assert not guide.has_right_to_object("OTHER")


def test_every_eu_and_eea_country_is_listed():
    eu_eea = set(
        "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
        "IS LI NO".split()
    )
    guide = load_guide()
    assert eu_eea <= set(guide.countries)
    assert all(guide.countries[c].law_id == "gdpr" for c in eu_eea)


def test_step_text_fills_placeholders():
    guide = load_guide()
    text = guide.step_text("open_form", account="Instagram")
    assert "Instagram" in text
    assert "{account}" not in text


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t + "\n[[[", "not valid TOML"),
        (lambda t: t.replace("format = 1", "format = 7"), "format"),
        (lambda t: t.replace("[accounts.instagram]", "[accounts.myspace]"), "accounts.instagram"),
        (
            lambda t: t.replace(
                '"https://help.instagram.com/contact/767264225370182"',
                '"http://help.instagram.com/contact/767264225370182"',
            ),
            "https://",
        ),
        (lambda t: t.replace("{account} asks you", "{acount} asks you"), "{acount}"),
        (lambda t: t.replace('law = "lgpd" }', 'law = "magic" }'), "countries.BR"),
        (lambda t: t.replace("[steps.review]", "[steps.reviewed]"), "steps.review"),
        (
            lambda t: t.replace("links_last_checked = 2026-11-29", 'links_last_checked = "soon"'),
            "links_last_checked",
        ),
    ],
)
def test_broken_guide_names_file_and_problem(tmp_path, change, expected):
    broken = change(REAL_GUIDE)
    assert broken != REAL_GUIDE, "the test's edit did not apply"
    path = write_guide(tmp_path, broken)
    with pytest.raises(GuideError) as info:
        load_guide(path)
    assert info.value.path == path
    assert expected in info.value.problem
    assert str(path) in str(info.value)


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(GuideError, match="does not exist"):
        load_guide(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(GuideError, match="UTF-8"):
        load_guide(bad)


def test_every_guide_names_the_accounts_as_the_code_does():
    """proof, calendar and overview use ACCOUNT_NAMES; each guide's labels must agree."""
    from optout_gui.core.guide import ACCOUNT_NAMES, ACCOUNT_TYPES
    from optout_gui.core.languages import available_languages

    assert tuple(ACCOUNT_NAMES) == ACCOUNT_TYPES
    languages = available_languages()
    assert len(languages) >= 8
    for language in languages:
        guide = load_guide(language=language)
        labels = {account: guide.accounts[account].label for account in ACCOUNT_TYPES}
        assert labels == ACCOUNT_NAMES, language
