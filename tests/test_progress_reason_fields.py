"""The reason composer's fields in the saved progress file."""

from __future__ import annotations

import json

from optout_gui.core.progress import ProgressSession, ProgressStore


def test_reason_fields_round_trip(tmp_path):
    store = ProgressStore(tmp_path / "progress.json")
    session = ProgressSession(store)
    session.update(
        reason="Text",
        reason_points=["photos", "children"],
        reason_tone="formal",
        reason_language="pl",
        reason_copied_text="Text",
        reason_copied_at="2026-11-29T10:00:00+00:00",
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


def test_bad_reason_fields_are_dropped_and_the_rest_kept(tmp_path):
    path = tmp_path / "progress.json"
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "progress": {
                    "reason": "kept",
                    "reason_points": "photos",
                    "reason_tone": 3,
                    "reason_language": "",
                    "reason_copied_at": "yesterday",
                },
            }
        ),
        encoding="utf-8",
    )
    loaded = ProgressStore(path).load()
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
