"""The wizard's session (core/session): its interface and what it writes to objections.json."""

import os
import stat

import pytest

from optout_gui.core.progress import Progress
from optout_gui.core.session import ObjectionSession, Session
from optout_gui.core.storage.store import ObjectionStore


def reopened_answers(store) -> Progress:
    fresh = ObjectionStore(store.path)
    assert fresh.load() is None
    return fresh.get(fresh.ids()[-1]).answers


def test_objection_session_offers_everything_the_session_interface_names(store):
    session = ObjectionSession(store, store.new().id)
    names = {name for name in vars(Session) if not name.startswith("_")}
    names |= set(Session.__annotations__)
    assert {"progress", "update", "save", "is_untouched", "record_id"} <= names
    missing = [name for name in sorted(names) if not hasattr(session, name)]
    assert missing == []
    for name in names:
        if callable(getattr(Session, name, None)):
            assert callable(getattr(session, name)), name


def test_round_trip(store):
    session = ObjectionSession(store, store.new(save=False).id)
    session.update(account="instagram", country="FR", email="a@b.fr", reason="Non merci 😀")
    again = reopened_answers(store)
    assert again.account == "instagram"
    assert again.reason == "Non merci 😀"


def test_reason_fields_round_trip(store):
    session = ObjectionSession(store, store.new(save=False).id)
    session.update(
        reason="Text",
        reason_points=["photos", "children"],
        reason_tone="formal",
        reason_language="pl",
        reason_copied_text="Text",
        reason_copied_at="2026-11-29T10:00:00+00:00",
    )
    p = reopened_answers(store)
    assert (p.reason_points, p.reason_tone, p.reason_language) == (
        ["photos", "children"],
        "formal",
        "pl",
    )
    assert (p.reason_copied_text, p.reason_copied_at) == ("Text", "2026-11-29T10:00:00+00:00")


@pytest.mark.skipif(
    os.name != "posix", reason="POSIX file permissions; Windows has none (NTFS uses ACLs)"
)
def test_files_are_private(store):
    ObjectionSession(store, store.new(save=False).id).update(email="a@b.fr")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_failed_save_keeps_answers_in_memory(store, monkeypatch):
    session = ObjectionSession(store, store.new(save=False).id)
    session.update(email="first@b.fr")
    seen = []
    session.on_save_result(seen.append)

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("optout_gui.core.storage.store.atomic_write_parts", no_space)
    assert session.update(email="second@b.fr") is False
    assert session.progress.email == "second@b.fr"
    assert session.save_error.errno == 28
    assert [error.errno for error in seen] == [28]
    assert reopened_answers(store).email == "first@b.fr"


def test_start_over_forgets_the_answers(store):
    session = ObjectionSession(store, store.new(save=False).id)
    session.update(account="facebook", email="a@b.fr", reason="x")
    assert not session.is_untouched()
    session.start_over()
    assert session.progress == Progress()
    assert reopened_answers(store) == Progress()
    assert "a@b.fr" not in store.path.read_text(encoding="utf-8")
