import json
import os
import stat

import pytest

from optout_gui.core.progress import (
    PROGRESS_FORMAT,
    Progress,
    ProgressSession,
    ProgressStore,
)


@pytest.fixture
def store(tmp_path):
    return ProgressStore(tmp_path / "data" / "progress.json")


def test_round_trip(store):
    session = ProgressSession(store)
    session.update(account="instagram", country="FR", email="a@b.fr", reason="Non merci 😀")
    again = store.load()
    assert again.problem is None
    assert again.progress.account == "instagram"
    assert again.progress.reason == "Non merci 😀"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_private(store):
    ProgressSession(store).update(email="a@b.fr")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


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


def test_newer_file_is_never_overwritten(store):
    store.path.parent.mkdir(parents=True)
    original = json.dumps({"format": PROGRESS_FORMAT + 1, "progress": {"email": "a@b.fr"}})
    store.path.write_text(original, encoding="utf-8")
    session = ProgressSession(store)
    assert session.read_only
    assert session.load_problem.kind == "newer_version"
    assert session.progress.email == "a@b.fr"
    assert session.update(email="other@b.fr") is False
    assert store.path.read_text(encoding="utf-8") == original


def test_failed_save_keeps_answers_in_memory(store, monkeypatch):
    session = ProgressSession(store)
    session.update(email="first@b.fr")

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("optout_gui.core.progress.atomic_write_text", no_space)
    assert session.update(email="second@b.fr") is False
    assert session.progress.email == "second@b.fr"
    assert session.save_error.errno == 28
    assert store.load().progress.email == "first@b.fr"


def test_start_over_forgets_everything(store):
    session = ProgressSession(store)
    session.update(account="facebook", email="a@b.fr", reason="x")
    session.start_over()
    assert session.progress == Progress()
    assert store.load().progress == Progress()
    assert "a@b.fr" not in store.path.read_text(encoding="utf-8")
