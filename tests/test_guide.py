import datetime as dt
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from optout_gui.core import code_state as countdown
from optout_gui.core.guide import (
    ACCOUNT_TYPES,
    STEP_IDS,
    GuideError,
    code_lifetime,
    guide_path,
    load_guide,
)
from optout_gui.core.jurisdictions import load_legal_data

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
            lambda t: t.replace("links_collected = 2026-11-29", 'links_collected = "soon"'),
            "links_collected",
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


# --- sources: every claim can be re-checked ---------------------------------------------


def test_every_step_link_region_and_notice_has_sources():
    guide = load_guide()
    missing = [f"steps.{step}" for step in STEP_IDS if not guide.sources.get(f"steps.{step}")]
    # The accounts' notices and in-app routes.
    missing += [f"accounts.{a}" for a in ACCOUNT_TYPES if not guide.sources.get(f"accounts.{a}")]
    # Regions: each law the countries point to, and every country with its own note.
    missing += [f"laws.{law}" for law in guide.laws if not guide.sources.get(f"laws.{law}")]
    missing += [
        f"countries.{c.code}"
        for c in guide.countries.values()
        if c.note and not guide.sources.get(f"countries.{c.code}")
    ]
    # Every link the app can show: forms, alternates, side forms.
    urls = [u for a in guide.accounts.values() for u in (a.form_url, *a.alternate_urls)]
    for form in guide.side_forms.values():
        urls += [form.form_url, *form.alternate_urls]
        if not guide.sources.get(f"side_forms.{form.form_id}"):
            missing.append(f"side_forms.{form.form_id}")
    missing += [f"link {u}" for u in urls if not guide.link(u).sources]
    # The code's lifetime (older forms' one hour): a fact of guides from 2023 and 2024.
    if not guide.sources.get("code"):
        missing.append("code (its lifetime)")
    assert missing == [], "no sources for: " + ", ".join(missing)


def test_the_code_lifetime_is_guide_data_with_its_sources():
    """Issue #26: the one hour is what 2023 and 2024 guides said, not a constant of ours."""
    guide = load_guide()
    minutes = tomllib.loads(REAL_GUIDE)["code"]["lifetime_minutes"]  # the guide's own value
    assert code_lifetime() == countdown.CODE_LIFETIME == dt.timedelta(minutes=minutes)
    assert code_lifetime() == dt.timedelta(hours=1)
    assert any("24 October 2023" in s.title for s in guide.sources["code"])
    assert any("2024" in s.title and "within an hour" in s.title for s in guide.sources["code"])


def test_a_guide_without_a_code_lifetime_is_refused(tmp_path):
    text = REAL_GUIDE.replace("lifetime_minutes = 60", 'lifetime_minutes = "an hour"')
    with pytest.raises(GuideError, match="lifetime_minutes"):
        load_guide(write_guide(tmp_path, text))


def test_sources_name_a_page_a_title_and_a_date():
    guide = load_guide()
    every = [s for sources in guide.sources.values() for s in sources]
    every += [s for link in guide.links.values() for s in link.sources]
    assert len(every) > 20
    for source in every:
        assert urlsplit(source.url).scheme == "https" and urlsplit(source.url).hostname
        assert source.title.strip()
        assert source.seen.year >= 2024


def test_a_step_without_sources_is_caught(tmp_path):
    # The loader accepts it (the app still starts); the completeness test above would fail.
    start = REAL_GUIDE.index("[steps.notice]")
    end = REAL_GUIDE.index("[steps.object_link]")
    block = REAL_GUIDE[start:end]
    stripped = block[: block.index("sources = [")]
    path = write_guide(tmp_path, REAL_GUIDE.replace(block, stripped + "\n"))
    assert "steps.notice" not in load_guide(path).sources


def test_bad_sources_are_refused(tmp_path):
    text = REAL_GUIDE.replace("seen = 2026-12-01,", 'seen = "yesterday",', 1)
    with pytest.raises(GuideError, match="sources"):
        load_guide(write_guide(tmp_path, text))


def test_no_link_claims_an_online_check_nobody_made():
    # Nobody has opened these links online yet (no network where they were collected):
    # a checked_online date may only be written by tools/check_links.py --update.
    guide = load_guide()
    assert all(link.checked_online is None for link in guide.links.values())
    assert "checked_online =" not in REAL_GUIDE.replace("# ", "")


def test_checked_online_counts_only_when_every_link_passed(tmp_path):
    text = REAL_GUIDE.replace(
        'url = "https://www.facebook.com/help/contact/712876720715583"\n',
        'url = "https://www.facebook.com/help/contact/712876720715583"\n'
        "checked_online = 2026-12-02\n",
    )
    guide = load_guide(write_guide(tmp_path, text))
    facebook = guide.accounts["facebook"]
    assert guide.link(facebook.form_url).checked_online.isoformat() == "2026-12-02"
    assert guide.checked_online([facebook.form_url]).isoformat() == "2026-12-02"
    # The alternate was never checked, so the page must not call the set checked.
    assert guide.checked_online([facebook.form_url, *facebook.alternate_urls]) is None


# --- what the guide says about Meta's process today ---------------------------------------

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt_BR")
CUTOFF_WORDS = {
    "en": "27 May 2025",
    "de": "27. Mai 2025",
    "fr": "27 mai 2025",
    "es": "27 de mayo de 2025",
    "it": "27 maggio 2025",
    "nl": "27 mei 2025",
    "pl": "27 maja 2025",
    "pt_BR": "27 de maio de 2025",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cutoff_is_said_per_country_with_its_date_and_sources(language):
    """Issue #26: 27 May 2025 is the EU/EEA and Swiss start, not everyone's. The UK and
    Brazil have their own lines (no day where no source gives one); no guide text states
    the cut-off to everyone any more."""
    legal = load_legal_data()
    for law_id in ("gdpr", "fadp"):
        training = legal.jurisdictions[law_id].training
        assert training.started == dt.date(2025, 5, 27)
        assert CUTOFF_WORDS[language] in training.text(language), (law_id, language)
    for law_id in ("uk_gdpr", "lgpd"):
        training = legal.jurisdictions[law_id].training
        assert training.started is None  # no source gives the day training began
        assert "2025" not in training.text(language), (law_id, language)
    assert "2024" in legal.jurisdictions["uk_gdpr"].training.text(language)
    assert "30" in legal.jurisdictions["lgpd"].training.text(language)
    guide = load_guide(language=language)
    for step in ("welcome", "confirmation"):
        assert "cutoff" not in guide.steps[step]
        assert CUTOFF_WORDS[language] not in " ".join(guide.steps[step].values())


def test_every_country_line_has_its_sources():
    """Every line a person reads about their own country (since when Meta trains there,
    what to do after a refusal) names its sources; only "no law" has no lines."""
    legal = load_legal_data()
    for law_id, jurisdiction in legal.jurisdictions.items():
        if law_id == "none":
            assert jurisdiction.training is None and jurisdiction.next_step is None
            continue
        for line in (jurisdiction.training, jurisdiction.next_step):
            assert line is not None and line.sources, law_id
            for key in line.sources:
                assert legal.sources[key].title and legal.sources[key].seen, key


def test_whats_new_lines_are_dated_and_sourced():
    guide = load_guide()
    assert [item.date for item in guide.news] == sorted(
        (item.date for item in guide.news), reverse=True
    )
    assert {item.news_id for item in guide.news} >= {
        "olg_koeln_2025",
        "ai_chats_ads_2025",
        "digital_omnibus_2025",
    }
    for item in guide.news:
        assert guide.sources.get(f"news.{item.news_id}"), item.news_id
    dates = {item.news_id: item.date for item in guide.news}
    assert dates["olg_koeln_2025"] == dt.date(2025, 5, 23)
    assert dates["ai_chats_ads_2025"] == dt.date(2025, 12, 16)
    assert dates["digital_omnibus_2025"] == dt.date(2025, 11, 19)


def test_a_maintainer_adds_a_whats_new_line_by_editing_data(tmp_path):
    extra = (
        '\n[news.example]\ndate = 2026-01-02\ntext = "Something changed."\n'
        'sources = [{ url = "https://example.org/a", seen = 2026-12-06, title = "A page" }]\n'
    )
    path = write_guide(tmp_path, REAL_GUIDE + extra)
    guide = load_guide(path)
    assert guide.news[0] == ("example", dt.date(2026, 1, 2), "Something changed.")
    assert guide.sources["news.example"][0].title == "A page"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_in_app_route_has_metas_question(language):
    guide = load_guide(language=language)
    for account in ACCOUNT_TYPES:
        route = " ".join(guide.accounts[account].in_app_route)
        assert "Meta" in route and ("AI" in route or "KI" in route or "IA" in route)
    if language == "de":  # Meta's own German wording, as sources show it
        assert "„Bezieht sich deine Anfrage auf KI bei Meta?“" in route
    else:  # no source shows Meta's wording in this language: said to be approximate
        roughly = {
            "en": "roughly",
            "fr": "en gros",
            "es": "más o menos",
            "it": "più o meno",
            "nl": "ongeveer",
            "pl": "w przybliżeniu",
            "pt_BR": "mais ou menos",
        }
        assert roughly[language] in route


def test_no_unsourced_claims_about_whatsapp_threads_or_norway():
    guide = load_guide()
    note = guide.step_text("welcome", "accounts_note")
    assert "no objection form" not in note
    assert "Threads" not in note
    assert not guide.countries["NO"].note


# --- issue #26: the second review of the guide -------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_no_law_verdict_quotes_nobody_without_a_source(language):
    """The old "cannot take further action" quotation had no source: the verdict now says
    what LegalClarity says (no such form outside those places), in our own words."""
    verdict = load_guide(language=language).laws["none"].verdict
    for quote_mark in ("“", "„", "«", '"'):
        assert quote_mark not in verdict, language
    assert "further action" not in verdict


def test_the_polish_and_brazilian_titles_say_to_train_metas_ai():
    assert "trenowania" in load_guide(language="pl").step_text("welcome", "title")
    assert "treinar" in load_guide(language="pt_BR").step_text("welcome", "title")


@pytest.mark.parametrize("language", LANGUAGES)
def test_linked_accounts_advice_names_the_accounts_centre_and_stays_safe(language):
    """Issue #26: Meta's 2025 email (quoted in forums) covers the same Accounts Centre; the
    email itself was not seen, so the advice keeps "if in doubt, object for each"."""
    guide = load_guide(language=language)
    text = guide.step_text("review")
    assert "2025" in text
    centre = {"en": "Accounts Centre", "de": "Accounts Center", "es": "Centro de cuentas"}
    if language in centre:
        assert centre[language] in text
    note = [s for s in load_guide().sources["steps.review"] if "each account" in s.title]
    assert note  # the safe advice has its source


def test_the_accounts_centre_quote_is_marked_unconfirmed():
    text = REAL_GUIDE[REAL_GUIDE.index("[steps.review]") : REAL_GUIDE.index("[steps.confirmation]")]
    assert "added to the same Accounts Centre" in text and "unconfirmed" in text
