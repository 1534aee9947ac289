"""Every authority in resources/authorities.toml says where its name and link come from.

The team's rule: every fact carries its source (URL, title, date seen). An authority has
``sources`` or, failing that, admits ``from_knowledge = true``. These tests read the raw
file (not only the loader) so that a malformed source cannot hide behind a default.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from optout_gui.core.jurisdictions import load_legal_data

AUTHORITIES = Path(__file__).resolve().parent.parent / "resources" / "authorities.toml"
RAW = tomllib.loads(AUTHORITIES.read_text(encoding="utf-8"))
KEYS = sorted(RAW["authorities"])


def test_the_file_lists_authorities():
    # Guards the parametrised tests below against passing vacuously on an empty table.
    assert len(KEYS) >= 40
    assert "DE-NI" in KEYS and "BG" in KEYS


@pytest.mark.parametrize("key", KEYS)
def test_every_authority_has_sources_or_admits_knowledge(key):
    item = RAW["authorities"][key]
    sources = item.get("sources", [])
    assert isinstance(sources, list)
    assert sources or item.get("from_knowledge") is True, (
        f"authorities.{key} needs `sources` or `from_knowledge = true`"
    )
    # Both at once would contradict itself: a sourced entry is not from knowledge.
    assert not (sources and item.get("from_knowledge")), f"authorities.{key}: both"


@pytest.mark.parametrize("key", KEYS)
def test_every_source_has_url_seen_and_title(key):
    for n, source in enumerate(RAW["authorities"][key].get("sources", [])):
        where = f"authorities.{key}.sources[{n}]"
        assert isinstance(source.get("url"), str), where
        assert source["url"].startswith("https://"), where
        assert isinstance(source.get("seen"), dt.date), where
        assert source["seen"] <= dt.date(2026, 12, 6), f"{where}: seen in the future"
        assert isinstance(source.get("title"), str) and source["title"].strip(), where


def test_no_authority_claims_an_online_check():
    # Nobody opened these links online; a checked_online date would be untrue.
    claimed = [k for k in KEYS if "checked_online" in RAW["authorities"][k]]
    assert claimed == []


def test_loader_agrees_with_the_file():
    authorities = load_legal_data().authorities
    assert sorted(authorities) == KEYS
    for key, authority in authorities.items():
        raw_sources = RAW["authorities"][key].get("sources", [])
        assert [s.url for s in authority.sources] == [s["url"] for s in raw_sources]
        assert authority.from_knowledge == bool(RAW["authorities"][key].get("from_knowledge"))


def test_a_complaint_page_is_among_its_sources():
    # An entry that says its link is the complaint page must have seen that page.
    for key in KEYS:
        item = RAW["authorities"][key]
        if item["page"] == "complaint" and item.get("sources"):
            seen = {s["url"].rstrip("/").removeprefix("https://") for s in item["sources"]}
            url = item["url"].rstrip("/").removeprefix("https://")
            assert url in seen or url.removeprefix("www.") in seen, key
