import datetime as dt
import re
import tomllib
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest

from optout_gui.core.complaint import (
    COMPLAINT_LANGUAGES,
    ComplaintDataError,
    compose,
    format_date,
    load_authorities,
    load_routing,
    load_template,
    meta_contact,
    routing_for,
)
from optout_gui.core.guide import load_guide
from optout_gui.core.jurisdictions import JurisdictionDataError, load_legal_data
from optout_gui.core.progress import Progress
from optout_gui.core.reasons import Composition, ReasonLibrary
from optout_gui.core.reasons import compose as compose_reason
from optout_gui.core.record import HistoryEntry, MetaAnswer, ObjectionRecord
from optout_gui.core.reminders import mark_overdue, months_to_answer
from optout_gui.core.resources import resources_dir
from optout_gui.core.session import ObjectionSession
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore

EU_EEA = {  # 27 EU members, then Iceland, Liechtenstein, Norway
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "IS",
    "LI",
    "NO",
}
REASON = "My photos show my children.\nThey never agreed to this."


def record(status, *, country="DE", answer=None):
    return ObjectionRecord(
        id="r1",
        created_at="2025-06-01T08:00:00+00:00",
        label="",
        answers=Progress(account="instagram", country=country, email="kim@example.org"),
        status=status,
        history=[
            HistoryEntry("2025-06-01T08:00:00+00:00", "created", "draft"),
            HistoryEntry(
                "2025-06-01T08:01:00+00:00",
                "status",
                "form_opened",
                form_url="https://help.instagram.com/contact/767264225370182",
            ),
            HistoryEntry("2025-06-01T08:02:00+00:00", "reason_copied", text=REASON),
            HistoryEntry("2025-06-01T08:05:00+00:00", "status", "waiting"),
            HistoryEntry("2025-07-02T08:05:00+00:00", "status", status.value),
        ],
        answer=answer,
    )


def all_countries():
    return sorted(EU_EEA | {"GB", "CH", "BR"})


def state_of(country):
    return "HH" if country == "DE" else None


def test_every_supported_country_has_an_authority():
    data = load_legal_data()
    assert set(data.countries()) == EU_EEA | {"GB", "CH", "BR"}
    assert len(EU_EEA) == 30
    guide = load_guide()
    assert {c for c in guide.countries if guide.countries[c].law_id != "none"} == set(
        data.countries()
    )
    # The guide and the jurisdictions agree on which law applies where.
    for code, country in guide.countries.items():
        assert data.jurisdiction_for(code).id == country.law_id, code


def test_no_authority_claims_an_online_check_nobody_made():
    text = (resources_dir() / "authorities.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    for key, item in data["authorities"].items():
        assert "checked_online" not in item, key  # nobody checked them online
        assert item.get("sources") or item.get("from_knowledge") is True, key
    for authority in load_authorities().values():
        assert authority.checked_online is None


def test_every_legal_fact_carries_a_source():
    data = load_legal_data()
    for jurisdiction in data.jurisdictions.values():
        assert jurisdiction.sources
        for key in jurisdiction.sources + jurisdiction.meta_entity.sources:
            source = data.sources[key]
            assert source.title and source.seen
            assert source.url.startswith("https://") or source.document
    # Rechecked after SI 2026/82: complaints to the ICO rest on s.165 DPA 2018 (its enacted
    # text is on legislation.gov.uk); Art. 77 UK GDPR, reported omitted since 19 June 2026,
    # and Art. 12A, seen only in a law firm's summary, are kept aside and never cited.
    uk = data.jurisdictions["uk_gdpr"]
    assert "s.165 DPA 2018" in uk.complaint_articles
    assert "dpa_s165_enacted" in uk.sources
    assert data.sources["dpa_s165_enacted"].url.startswith("https://www.legislation.gov.uk/")
    assert data.sources["dpa_s165_enacted"].statute
    assert "Art. 12A UK GDPR" in uk.unconfirmed_articles
    for language in COMPLAINT_LANGUAGES:
        cited = " ".join(uk.citations(language).values())
        assert "165" in cited and "164A" in cited
        assert "77" not in cited and "12A" not in cited


@pytest.mark.parametrize("language", COMPLAINT_LANGUAGES)
@pytest.mark.parametrize("country", all_countries())
@pytest.mark.parametrize("outcome", ["refused", "overdue"])
def test_complaint_for_every_language_and_country(language, country, outcome):
    if outcome == "refused":
        answer = MetaAnswer("refused", "2025-06-20", "2025-06-21T10:00:00+00:00", "Sorry, no.")
        rec = record(Status.REFUSED, country=country, answer=answer)
    else:
        rec = record(Status.OVERDUE, country=country)
    complaint = compose(rec, language, zone=ZoneInfo("Europe/Berlin"), state=state_of(country))
    text = complaint.text
    assert not re.search(r"\{[a-z_]*\}", text), "a placeholder was left over"
    assert "{" not in text and "}" not in text
    assert urlsplit(complaint.authority.url).scheme == "https"
    assert complaint.authority.name_in(language) in complaint.letters[-1].body
    assert "kim@example.org" in text
    assert "Instagram" in text
    assert "https://help.instagram.com/contact/767264225370182" in text
    assert "    My photos show my children.\n    They never agreed to this." in text
    template = load_template(language)
    assert format_date(dt.date(2025, 6, 1), template) in text  # the day it was sent
    if outcome == "refused":
        assert format_date(dt.date(2025, 6, 20), template) in text
        assert "Sorry, no." in text
    elif complaint.jurisdiction.has_deadline:
        assert format_date(dt.date(2025, 7, 1), template) in text  # the deadline
    else:
        assert format_date(dt.date(2025, 7, 1), template) not in text


# What a resident must get: law and articles, addressee, Meta's company, the letter's
# default language and whether a deadline is mentioned.
CASES = {
    "DE": dict(
        state="HH",
        law="gdpr",
        language="de",
        meta="Meta Platforms Ireland Limited",
        to="Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit (HmbBfDI)",
        cites=["Art. 21 Abs. 1", "Art. 77 DSGVO", "Art. 12 Abs. 3 DSGVO"],
        deadline=True,
        reason="besonderen Situation",
    ),
    "FR": dict(
        law="gdpr",
        language="fr",
        meta="Meta Platforms Ireland Limited",
        to="Commission nationale de l'informatique et des libertés (CNIL)",
        cites=["article 21, paragraphe 1", "article 77 du RGPD", "article 12, paragraphe 3"],
        deadline=True,
        reason="situation particulière",
    ),
    "IE": dict(
        law="gdpr",
        language="en",
        meta="Meta Platforms Ireland Limited",
        to="Data Protection Commission (DPC)",
        cites=["Article 21(1)", "Article 77 GDPR", "Article 12(3) GDPR"],
        deadline=True,
        reason="particular situation",
    ),
    "BE": dict(
        law="gdpr",
        language="fr",
        meta="Meta Platforms Ireland Limited",
        to="Autorité de protection des données (APD)",
        cites=["article 21, paragraphe 1", "article 77 du RGPD"],
        deadline=True,
        reason="situation particulière",
    ),
    "GB": dict(
        law="uk_gdpr",
        language="en",
        meta="Meta Platforms, Inc.",
        to="Information Commissioner's Office (ICO)",
        cites=["Article 21(1) of the UK GDPR", "section 164A", "section 165 of the Data"],
        deadline=True,
        reason="particular situation",
    ),
    "CH": dict(
        law="fadp",
        language="de",
        meta="Meta Platforms Ireland Limited",
        to="Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)",
        cites=["Art. 30 Abs. 2 Bst. b", "Art. 32 DSG"],
        deadline=False,
        reason="ausdrücklich",
    ),
    "BR": dict(
        law="lgpd",
        language="pt_BR",
        meta="Facebook Serviços Online do Brasil Ltda.",
        to="Autoridade Nacional de Proteção de Dados (ANPD)",
        cites=["art. 18, § 2º", "art. 18, § 1º", "art. 55-J, inciso V"],
        deadline=False,
        reason="descumpre",
    ),
}
# Words that only a deadline sentence uses, per letter language.
DEADLINE_WORDS = {
    "en": "one month",
    "de": "einen Monat",
    "fr": "un mois",
    "pt_BR": "um mês",
}


@pytest.mark.parametrize("country", sorted(CASES))
def test_each_resident_gets_the_right_law_addressee_company_and_language(country):
    case = CASES[country]
    data = load_legal_data()
    jurisdiction = data.jurisdiction_for(country)
    assert jurisdiction.id == case["law"]
    authority = next(
        a for a in data.authorities_for(country) if not a.state or a.state[0] == case.get("state")
    )
    language = authority.default_language("en")
    assert language == case["language"]
    rec = record(Status.OVERDUE, country=country)
    complaint = compose(rec, language, zone=ZoneInfo("Europe/Berlin"), state=case.get("state"))
    text = complaint.text
    for cite in case["cites"]:
        assert cite in text, cite
    last = complaint.letters[-1]
    assert last.to == case["to"]
    assert f": {case['to']}" in last.body.splitlines()[0]
    assert case["meta"] in text
    assert (DEADLINE_WORDS[language] in text) is case["deadline"]
    assert months_to_answer(country) == 1
    assert jurisdiction.has_deadline is case["deadline"]
    # The reason, composed for the same law in the same language.
    templates, problem = ReasonLibrary().get(language)
    assert problem is None
    for tone in ("short", "formal"):
        reason = compose_reason(templates, Composition(tone=tone, law=jurisdiction.id))
        assert case["reason"] in reason
        assert case["cites"][0] in reason
        for words in ("outweigh", "überwiegen, doch", "mes intérêts prévalent"):
            assert words not in reason


def test_uk_path_starts_with_meta_then_the_ico():
    complaint = compose(record(Status.OVERDUE, country="GB"), "en")
    assert [letter.kind for letter in complaint.letters] == ["meta_uk", "authority_uk"]
    first, second = complaint.letters
    assert first.to_meta and first.to == "Meta Platforms, Inc."
    assert "within 30 days" in first.body
    assert "Information Commissioner's Office" in second.body
    assert "complained to Meta itself" in second.body
    assert "Meta Platforms Ireland" not in complaint.text
    assert load_legal_data().jurisdiction_for("GB").meta_first


@pytest.mark.parametrize("language", COMPLAINT_LANGUAGES)
def test_swiss_text_is_a_report_and_never_promises_a_decision(language):
    complaint = compose(record(Status.OVERDUE, country="CH"), language)
    assert complaint.jurisdiction.authority_action == "report"
    text = complaint.text.lower()
    cite = load_legal_data().jurisdictions["fadp"].citations(language)["court_law"].lower()
    assert cite in text  # the one line on the civil-court route
    for promise in (
        "decision",
        "decide on",
        "entscheidung",
        "décision",
        "decisión",
        "decisione",
        "beslissing",
        "decyzj",
        "decisão",
        "your decision",
        "ihre entscheidung",
    ):
        assert promise not in text, promise
    # "FADP" is the English name only; the other languages use DSG / LPD.
    if language != "en":
        assert "fadp" not in text


@pytest.mark.parametrize("language", COMPLAINT_LANGUAGES)
def test_swiss_reason_does_not_overclaim(language):
    templates, _ = ReasonLibrary().get(language)
    for tone in ("short", "detailed", "formal"):
        reason = compose_reason(templates, Composition(tone=tone, law="fadp")).lower()
        for overclaim in (
            "may not be processed",
            "must not be processed",
            "nicht bearbeitet werden dürfen",
        ):
            assert overclaim not in reason


def test_brazilian_petition_cites_the_earlier_request_as_proof():
    complaint = compose(record(Status.OVERDUE, country="BR"), "pt_BR")
    assert complaint.jurisdiction.authority_action == "petition"
    assert "comprovação desse pedido" in complaint.text
    assert "processamento" not in complaint.text
    english = compose(record(Status.OVERDUE, country="BR"), "en")
    # Both languages cite the same articles.
    for article in ("18", "55-J"):
        assert article in english.text and article in complaint.text


def test_germany_offers_the_sixteen_states_and_addresses_the_chosen_one():
    data = load_legal_data()
    states = data.authorities_for("DE")
    assert len(states) == 16
    assert len({a.state[0] for a in states}) == 16
    assert all("(BfDI)" not in a.own_name and "Bundesbeauftragte" not in a.own_name for a in states)
    with pytest.raises(ValueError):
        compose(record(Status.OVERDUE, country="DE"), "de")  # no state chosen yet
    for authority in states:
        complaint = compose(record(Status.OVERDUE, country="DE"), "de", state=authority.state[0])
        assert complaint.letters[-1].to == authority.own_name


@pytest.mark.parametrize("language", [lang for lang in COMPLAINT_LANGUAGES if lang != "en"])
def test_no_english_authority_name_in_a_non_english_letter(language):
    data = load_legal_data()
    for authority in data.authorities.values():
        english = authority.names["en"]
        if english == authority.own_name or language == "en":
            continue
        complaint = compose(
            record(Status.OVERDUE, country=authority.country),
            language,
            state=authority.state[0] if authority.state else None,
        )
        assert english not in complaint.text, (authority.key, language)


def test_only_confirmed_companies_are_unflagged():
    data = load_legal_data()
    assert not data.jurisdiction_for("BR").meta_entity.confirmed
    for country in ("FR", "GB", "CH"):
        assert data.jurisdiction_for(country).meta_entity.confirmed


def test_belgium_requires_its_languages():
    belgium = load_legal_data().authorities_for("BE")[0]
    assert belgium.requires_language
    assert set(belgium.languages) == {"fr", "nl", "de"}
    assert belgium.accepts("nl") and not belgium.accepts("en")
    assert belgium.default_language("nl") == "nl"
    assert belgium.default_language("en") == "fr"


def test_overdue_only_where_the_law_or_the_data_sets_a_time():
    assert months_to_answer("FR") == 1
    assert months_to_answer("GB") == 1
    assert months_to_answer("CH") == 1  # a practical wait, not a legal deadline
    assert months_to_answer("US") == 0
    assert not load_legal_data().jurisdiction_for("CH").has_deadline
    gdpr = load_legal_data().jurisdiction_for("FR")
    assert (gdpr.deadline_months, gdpr.extension_months) == (1, 2)


def test_languages_are_written_separately():
    bodies = {
        lang: load_template(lang)["letters"]["authority_gdpr"]["body"]
        for lang in COMPLAINT_LANGUAGES
    }
    assert len(set(bodies.values())) == len(COMPLAINT_LANGUAGES)
    assert "Sehr geehrte" in bodies["de"]
    assert "Madame, Monsieur" in bodies["fr"]


def test_complaint_without_dates_or_reason_has_no_gaps():
    for country in ("FR", "CH", "BR", "GB"):
        rec = ObjectionRecord(
            id="r2",
            created_at="2025-06-01T08:00:00+00:00",
            answers=Progress(account="facebook", country=country, email=""),
            status=Status.SUBMITTED,
        )
        for language in COMPLAINT_LANGUAGES:
            text = compose(rec, language).text
            assert "{" not in text
            assert "\n\n\n\n" not in text
            assert "\n\n\n" not in text.split("\n\n\n")[0]


def test_unknown_country_is_refused():
    with pytest.raises(ValueError):
        compose(record(Status.OVERDUE, country="US"), "en")


def test_overdue_follows_the_law_of_the_country(tmp_path):
    """GDPR and UK: one month by law. Switzerland and Brazil: no legal deadline, the next
    step after the month the data gives. No right to object (or no country): never."""
    store = ObjectionStore(tmp_path / "objections.json")
    store.load()

    def waiting(country):
        session = ObjectionSession(store, store.new().id)
        session.update(account="facebook", country=country, email="a@example.org")
        session.update(finished_at="2025-06-01T08:00:00+00:00")
        return session.record.id

    ids = {c: waiting(c) for c in ("FR", "GB", "CH", "BR", "US", None)}
    berlin = ZoneInfo("Europe/Berlin")
    before = dt.datetime(2025, 7, 1, 7, 59, tzinfo=dt.UTC)
    assert mark_overdue(store, before, berlin) == []
    marked = mark_overdue(store, dt.datetime(2025, 7, 1, 8, 0, tzinfo=dt.UTC), berlin)
    assert sorted(marked) == sorted(ids[c] for c in ("FR", "GB", "CH", "BR"))
    assert store.summary(ids["US"]).status == Status.WAITING
    assert store.summary(ids[None]).status == Status.WAITING


def test_a_real_online_check_is_shown_and_anything_else_refused(tmp_path):
    """tools/check_links.py --update writes `checked_online = <date>` into an authority's
    table after a real check; the loader takes that date, and refuses a bare "true"."""
    text = (resources_dir() / "authorities.toml").read_text(encoding="utf-8")
    laws = (resources_dir() / "jurisdictions.toml").read_text(encoding="utf-8")
    (tmp_path / "jurisdictions.toml").write_text(laws, encoding="utf-8")
    stamped = text.replace(
        'url = "https://www.cnil.fr/fr/adresser-une-plainte"\n',
        'url = "https://www.cnil.fr/fr/adresser-une-plainte"\nchecked_online = 2026-12-05\n',
    )
    assert stamped != text
    (tmp_path / "authorities.toml").write_text(stamped, encoding="utf-8")
    data = load_legal_data(tmp_path)
    assert data.authorities["FR"].checked_online == dt.date(2026, 12, 5)
    assert data.authorities["IE"].checked_online is None
    bad = tmp_path / "bad"  # (loading is cached per folder)
    bad.mkdir()
    (bad / "jurisdictions.toml").write_text(laws, encoding="utf-8")
    (bad / "authorities.toml").write_text(
        stamped.replace("checked_online = 2026-12-05", "checked_online = true"), encoding="utf-8"
    )
    with pytest.raises(JurisdictionDataError, match="real online check"):
        load_legal_data(bad)


BE_FORM_SOURCE = (
    "[requirements.be_form]\nsources = ["
    '{ url = "https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte", '
    "seen = 2026-12-01, "
)


@pytest.mark.parametrize(
    "broken",
    [
        '{ url = "http://www.autoriteprotectiondonnees.be/", seen = 2026-12-01, ',  # not https
        '{ document = "A letter", seen = 2026-12-01, ',  # a requirement's source is a page
        '{ url = "https://www.autoriteprotectiondonnees.be/", ',  # no day seen
        '{ url = "https://www.autoriteprotectiondonnees.be/", seen = "2026-12-01", ',
    ],
)
def test_a_requirement_source_without_its_page_title_or_day_is_refused(tmp_path, broken):
    """The sources of what an authority asks are read as the legal facts' sources are
    (jurisdictions.read_source), each an https page with a title and the day it was seen;
    the error is the complaint data's own and names the requirement."""
    text = (resources_dir() / "authorities.toml").read_text(encoding="utf-8")
    laws = (resources_dir() / "jurisdictions.toml").read_text(encoding="utf-8")
    assert BE_FORM_SOURCE in text
    (tmp_path / "jurisdictions.toml").write_text(laws, encoding="utf-8")
    (tmp_path / "authorities.toml").write_text(
        text.replace(BE_FORM_SOURCE, "[requirements.be_form]\nsources = [" + broken),
        encoding="utf-8",
    )
    with pytest.raises(ComplaintDataError, match=r"requirements\.be_form\.sources\[0\]"):
        load_routing(tmp_path)


# --- what each authority itself asks (issue #26.6), Germany's forwarding (#26.4), the UK
# route through Meta (#26.5) ------------------------------------------------------------
def test_every_requirement_has_all_languages_and_dated_sources():
    routing = load_routing()
    seen = {r.key: r for item in routing.values() for r in item.requirements}
    assert len(seen) >= 10
    for requirement in seen.values():
        assert set(requirement.texts) == set(COMPLAINT_LANGUAGES)
        assert len(set(requirement.texts.values())) == len(COMPLAINT_LANGUAGES)
        assert requirement.sources
        for source in requirement.sources:
            assert source.url.startswith("https://") and source.title
            assert dt.date(2026, 1, 1) <= source.seen <= dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("country", "words", "source_words"),
    [
        ("ES", "compulsory", "uso obligatorio"),
        ("FR", "in French", "en français"),
        ("AT", "copy of your objection", "Kopie"),
        ("IE", "raised the matter with the company first", "raised the matter directly"),
        ("NL", "contact the company first", "Neem eerst zelf contact op"),
    ],
)
def test_each_authority_says_what_it_asks_with_its_source(country, words, source_words):
    authority = load_legal_data().authorities_for(country)[0]
    routing = routing_for(authority)
    assert routing.requirements, country
    text = " ".join(r.text("en") for r in routing.requirements)
    assert words in text
    titles = " ".join(s.title for r in routing.requirements for s in r.sources)
    hosts = {urlsplit(s.url).hostname for r in routing.requirements for s in r.sources}
    if source_words != "Kopie":  # Austria: the DSB's page and a consumer body's summary
        assert source_words in titles
    else:
        assert "copy of your request" in titles
    own = {  # the authority's own site among the sources
        "ES": "sedeagpd.gob.es",
        "FR": "cnil.fr",
        "AT": "dsb.gv.at",
        "IE": "dataprotection.ie",
        "NL": "autoriteitpersoonsgegevens.nl",
    }[country]
    assert own in hosts, (country, hosts)


def test_spain_takes_only_its_own_form_and_france_only_french():
    data = load_legal_data()
    assert routing_for(data.authorities["ES"]).paste_into_form
    assert not routing_for(data.authorities["FR"]).paste_into_form
    assert data.authorities["FR"].requires_language
    assert not data.authorities["FR"].accepts("en") and data.authorities["FR"].accepts("fr")


def test_german_letters_name_the_forwarding_to_hamburg():
    data = load_legal_data()
    for authority in data.authorities_for("DE"):
        routing = routing_for(authority)
        letter = compose(record(Status.OVERDUE), "de", state=authority.state[0]).letters[-1]
        if authority.key == "DE-HH":
            assert routing.forwards_to == ""
            assert "§ 19 Abs. 2 BDSG" not in letter.body
            assert "federführend" in routing.requirements[0].text("de")
            continue
        assert routing.forwards_to == "DE-HH", authority.key
        assert "§ 19 Abs. 2 BDSG" in letter.body and "in Hamburg" in letter.body
        assert "\n\n\n" not in letter.body
        note = routing.requirements[0]
        assert "§ 19 Abs. 2 BDSG" in note.text("de") and "Hamburg" in note.text("de")
        assert "section 19(2)" in note.text("en")
        urls = " ".join(s.url for s in note.sources)
        assert "19-bdsg" in urls and "sachsen.de" in urls and "sat1regional" in urls
    english = compose(record(Status.OVERDUE), "en", state="BY").letters[-1].body
    assert "section 19(2) of the German Federal Data Protection Act" in english
    french = compose(record(Status.OVERDUE), "fr", state="BY").letters[-1].body
    assert "Hambourg" in french
    for country in ("FR", "AT", "IE"):
        assert "BDSG" not in compose(record(Status.OVERDUE, country=country), "de").text


def test_uk_texts_say_the_ico_expects_meta_first_but_the_law_does_not_oblige_you():
    ico = load_legal_data().authorities["GB"]
    note = routing_for(ico).requirements[0]
    assert "complain to the company first" in note.text("en")
    assert "not a legal duty of yours" in note.text("en")
    assert "keine gesetzliche Pflicht" in note.text("de")
    urls = [s.url for s in note.sources]
    assert "https://ico.org.uk/make-a-complaint/data-protection-complaints/what-to-expect/" in urls
    assert any("legislation.gov.uk" in u for u in urls)


def test_the_letter_to_meta_has_a_route_with_sources_and_says_what_is_unconfirmed():
    contact = meta_contact(load_legal_data().jurisdiction_for("GB").meta_entity.key)
    assert contact is not None
    assert contact.url.startswith("https://") and "Meta Platforms, Inc." in contact.postal
    assert contact.sources and not contact.confirmed
    assert meta_contact("meta_ireland") is None  # EU letters go to authorities only
