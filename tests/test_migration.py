"""Reading the ``progress.json`` of versions before the objection tracker (core/migration)."""

import json

import pytest

from optout_gui.core.progress import Progress
from optout_gui.core.storage.migration import PROGRESS_FORMAT, ProgressStore
from tests.helpers import write_progress_file


@pytest.fixture
def store(tmp_path):
    return ProgressStore(tmp_path / "data" / "progress.json")


def test_round_trip(store):
    write_progress_file(store.path, Progress(account="instagram", country="FR", reason="Non 😀"))
    again = store.load()
    assert again.problem is None and not again.read_only
    assert again.progress.account == "instagram"
    assert again.progress.reason == "Non 😀"


def test_missing_file_gives_fresh_progress(store):
    result = store.load()
    assert result.progress == Progress()
    assert result.problem is None


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"\xff\xfe", b'{"format": 1}'])
def test_damaged_file_is_moved_aside(store, content):
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    result = store.load()
    assert result.progress == Progress()
    assert result.problem.kind == "damaged"
    assert result.problem.moved_to.read_bytes() == content
    assert ".damaged-" in result.problem.moved_to.name
    assert not store.path.exists()


def test_partly_damaged_file_keeps_good_fields(store):
    store.path.parent.mkdir(parents=True)
    document = {
        "format": 1,
        "progress": {"account": "facebook", "email": 42, "page": "nowhere", "future": [1]},
    }
    store.path.write_text(json.dumps(document), encoding="utf-8")
    result = store.load()
    assert result.progress.account == "facebook"
    assert result.progress.email == ""
    assert result.progress.page == "welcome"
    assert result.progress.extra == {"future": [1]}
    assert result.problem.kind == "partly_damaged"
    assert "email" in result.problem.detail
    assert result.problem.moved_to.exists()


def test_newer_file_is_read_only_and_left_alone(store):
    store.path.parent.mkdir(parents=True)
    original = json.dumps({"format": PROGRESS_FORMAT + 1, "progress": {"email": "a@b.fr"}})
    store.path.write_text(original, encoding="utf-8")
    result = store.load()
    assert result.read_only
    assert result.problem.kind == "newer_version"
    assert result.progress.email == "a@b.fr"
    assert store.path.read_text(encoding="utf-8") == original


def test_reason_fields_are_read(store):
    write_progress_file(
        store.path,
        {
            "reason": "Text",
            "reason_points": ["photos", "children"],
            "reason_tone": "formal",
            "reason_language": "pl",
            "reason_copied_text": "Text",
            "reason_copied_at": "2026-11-29T10:00:00+00:00",
        },
    )
    loaded = store.load()
    assert loaded.problem is None
    p = loaded.progress
    assert (p.reason_points, p.reason_tone, p.reason_language) == (
        ["photos", "children"],
        "formal",
        "pl",
    )
    assert p.reason_copied_text == "Text"
    assert p.reason_copied_at == "2026-11-29T10:00:00+00:00"


def test_bad_reason_fields_are_dropped_and_the_rest_kept(store):
    write_progress_file(
        store.path,
        {
            "reason": "kept",
            "reason_points": "photos",
            "reason_tone": 3,
            "reason_language": "",
            "reason_copied_at": "yesterday",
        },
    )
    loaded = store.load()
    assert loaded.progress.reason == "kept"
    assert loaded.progress.reason_points == []
    assert loaded.progress.reason_tone == "short"
    assert loaded.progress.reason_language is None
    assert loaded.problem.kind == "partly_damaged"
    assert set(loaded.problem.detail.split(", ")) == {
        "reason_points",
        "reason_tone",
        "reason_language",
        "reason_copied_at",
    }
