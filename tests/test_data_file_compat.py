"""A file written by the current version (format 1) opens unchanged after any refactoring.

``tests/fixtures/objections_format1.json`` was written by the app's own store before the
store was split into modules (issue 13); it must read the same and save byte for byte.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore

FIXTURE = Path(__file__).parent / "fixtures" / "objections_format1.json"


def opened(tmp_path) -> ObjectionStore:
    path = tmp_path / "objections.json"
    shutil.copyfile(FIXTURE, path)
    store = ObjectionStore(path)
    assert store.load() is None
    return store


def test_the_index_reads_as_it_was_written(tmp_path):
    store = opened(tmp_path)
    assert len(store) == 3 and not store.read_only
    first, draft, waiting = store.summaries()
    assert (first.label, first.account, first.email, first.country) == (
        "Zoë's Instagram",
        "instagram",
        "zoe@example.org",
        "DE",
    )
    assert first.status is Status.REFUSED and first.page == "confirmation"
    assert first.sent_at == "2026-11-20T09:50:00+00:00" and first.nudged_at is None
    assert draft.display_name == "léa@example.fr" and draft.status is Status.DRAFT
    assert draft.sent_at is None
    assert waiting.nudged_at == "2026-11-28T08:00:00+00:00"
    assert [s.id for s in store.summaries(Status.WAITING)] == [waiting.id]


def test_every_record_reads_back_to_the_same_json(tmp_path):
    store = opened(tmp_path)
    stored = json.loads(FIXTURE.read_text(encoding="utf-8"))["objections"]
    for item in stored:
        assert store.get(item["id"]).to_json() == item
    refused = store.get(stored[0]["id"])
    assert refused.answer.outcome == "refused" and refused.answer.answered_on == "2026-11-25"
    assert refused.reason_sent.startswith("Ich widerspreche – bitte nicht für")
    assert refused.form_url == "https://help.instagram.com/contact/767264225370182"
    assert store.get(stored[2]["id"]).extra == {"from_newer_version": {"kept": True}}


def test_saving_without_changes_writes_the_same_bytes(tmp_path):
    store = opened(tmp_path)
    store.records()  # parse every record, so the save rebuilds nothing from the raw lines
    for record in store.records():
        store.touch(record)
    assert store.save()
    assert store.path.read_bytes() == FIXTURE.read_bytes()
