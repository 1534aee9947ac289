import datetime as dt
import re
import tomllib
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest

from optout_gui.core.complaint import (
    COMPLAINT_LANGUAGES,
    compose,
    format_date,
    load_authorities,
    load_template,
)
from optout_gui.core.guide import load_guide
from optout_gui.core.objections import HistoryEntry, MetaAnswer, ObjectionRecord, Status
from optout_gui.core.progress import Progress
from optout_gui.core.resources import resources_dir

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


def test_every_supported_country_has_an_authority():
    codes = set(load_authorities())
    assert EU_EEA | {"GB", "CH", "BR"} == codes
    assert len(EU_EEA) == 30
    guide = load_guide()
    assert {c for c in guide.countries if guide.countries[c].law_id != "none"} == codes


def test_authority_data_is_marked_as_needing_a_check():
    text = (resources_dir() / "authorities.toml").read_text(encoding="utf-8")
    assert "written from knowledge" in text
    data = tomllib.loads(text)
    assert all(isinstance(a["checked"], dt.date) for a in data["authorities"].values())


@pytest.mark.parametrize("language", COMPLAINT_LANGUAGES)
@pytest.mark.parametrize("country", sorted(EU_EEA | {"GB", "CH", "BR"}))
@pytest.mark.parametrize("outcome", ["refused", "overdue"])
def test_complaint_for_every_language_and_country(language, country, outcome):
    if outcome == "refused":
        answer = MetaAnswer("refused", "2025-06-20", "2025-06-21T10:00:00+00:00", "Sorry, no.")
        rec = record(Status.REFUSED, country=country, answer=answer)
    else:
        rec = record(Status.OVERDUE, country=country)
    complaint = compose(rec, language, zone=ZoneInfo("Europe/Berlin"))
    text = complaint.text
    assert not re.search(r"\{[a-z_]*\}", text), "a placeholder was left over"
    assert "{" not in text and "}" not in text
    assert urlsplit(complaint.authority.url).scheme == "https"
    assert urlsplit(complaint.authority.url).netloc
    assert complaint.authority.name in complaint.body
    assert "kim@example.org" in text
    assert "Instagram" in text
    assert "https://help.instagram.com/contact/767264225370182" in text
    assert "    My photos show my children.\n    They never agreed to this." in text
    template = load_template(language)
    assert format_date(dt.date(2025, 6, 1), template) in text  # the day it was sent
    if outcome == "refused":
        assert format_date(dt.date(2025, 6, 20), template) in text
        assert "Sorry, no." in text
    else:
        assert format_date(dt.date(2025, 7, 1), template) in text  # the deadline


def test_languages_are_written_separately():
    bodies = {lang: load_template(lang)["body"] for lang in COMPLAINT_LANGUAGES}
    assert len(set(bodies.values())) == len(COMPLAINT_LANGUAGES)
    assert "Sehr geehrte" in bodies["de"]
    assert "Madame, Monsieur" in bodies["fr"]


def test_complaint_without_dates_or_reason_has_no_gaps():
    rec = ObjectionRecord(
        id="r2",
        created_at="2025-06-01T08:00:00+00:00",
        answers=Progress(account="facebook", country="FR", email=""),
        status=Status.SUBMITTED,
    )
    for language in COMPLAINT_LANGUAGES:
        text = compose(rec, language).text
        assert "{" not in text
        assert "\n\n\n" not in text


def test_unknown_country_is_refused():
    with pytest.raises(ValueError):
        compose(record(Status.OVERDUE, country="US"), "en")
