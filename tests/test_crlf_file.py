"""objections.json with Windows line ends (CRLF) is still read the fast way, record by record.

A Windows editor, a sync tool or a text-mode copy can turn every "\\n" into "\\r\\n". The file
is still valid JSON in our layout; the store must not fall back to reading it whole (or
treat it as foreign) because of that. It writes plain "\\n" again on the next save.
"""

from __future__ import annotations

import pytest

from optout_gui.core.storage.store import ObjectionDamaged, ObjectionStore


def saved_store(tmp_path, labels):
    store = ObjectionStore.in_folder(tmp_path / "data")
    store.load()
    ids = [store.new(label=label).id for label in labels]
    assert store.save()
    return store, ids


def to_crlf(path, every_line=True):
    data = path.read_bytes()
    assert b"\r" not in data  # the store writes LF only
    if every_line:
        converted = data.replace(b"\n", b"\r\n")
    else:  # a mix: only every other line
        lines = data.split(b"\n")
        converted = b"".join(
            line + (b"\r\n" if n % 2 else b"\n") for n, line in enumerate(lines[:-1])
        )
        converted += lines[-1]
    path.write_bytes(converted)
    return converted


@pytest.mark.parametrize("every_line", [True, False], ids=["crlf", "mixed"])
def test_crlf_file_is_read_lazily_with_the_same_records(tmp_path, every_line):
    store, ids = saved_store(tmp_path, ["Anna's Facebook", "Zoë — Instagram", "third"])
    to_crlf(store.path, every_line)
    again = ObjectionStore(store.path)
    assert again.load() is None
    assert not again.read_only
    # The fast way: the index is read, no record has been parsed yet.
    assert again._lines is None and again._records == {}
    assert [s.label for s in again.summaries()] == ["Anna's Facebook", "Zoë — Instagram", "third"]
    assert [again.get(i).label for i in ids] == ["Anna's Facebook", "Zoë — Instagram", "third"]
    assert all(line is not None and not line.endswith("\r") for line in again._lines)


def test_next_save_writes_lf_again(tmp_path):
    store, ids = saved_store(tmp_path, ["one", "two"])
    original = store.path.read_bytes()
    to_crlf(store.path)
    again = ObjectionStore(store.path)
    again.load()
    again.get(ids[0])
    assert again.save()
    assert store.path.read_bytes() == original


def test_damage_inside_a_record_of_a_crlf_file_is_found_per_record(tmp_path):
    store, ids = saved_store(tmp_path, ["first", "second"])
    text = store.path.read_bytes().replace(b'"label":"second"', b'"label":', 1)
    store.path.write_bytes(text.replace(b"\n", b"\r\n"))
    again = ObjectionStore(store.path)
    assert again.load() is None  # the index still reads: the damage shows only when needed
    assert [s.label for s in again.summaries()] == ["first", "second"]
    with pytest.raises(ObjectionDamaged):
        again.get(ids[1])
    # Only the damaged objection is set aside (issue 16); the good one stays readable.
    assert again.load_problem.kind == "partly_damaged"
    (note,) = again.load_problem.set_aside
    assert note.record_id == ids[1]
    assert b'"label":,' in again.load_problem.moved_to.read_bytes()
    assert again.get(ids[0]).display_name == "first"


def test_a_cut_off_crlf_file_is_still_found_at_start(tmp_path):
    store, _ids = saved_store(tmp_path, ["first"])
    data = to_crlf(store.path)
    store.path.write_bytes(data[: -len(b"]}\r\n")])
    again = ObjectionStore(store.path)
    problem = again.load()
    assert problem is not None and problem.kind == "damaged"
