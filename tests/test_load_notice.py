"""A damaged or foreign data file: the person is told in plain words, and where the copy is."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common.notices import load_problem_text, show_load_problem

MAIN = Path(__file__).resolve().parents[1] / "main.py"


def test_damaged_objections_file_is_explained_with_the_copys_place(qtbot, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "objections.json").write_text('{"format":1,\n"index":[ garbage', encoding="utf-8")
    store = ObjectionStore.in_folder(data)
    problem = store.load()
    assert problem.kind == "damaged"
    text = load_problem_text(problem)
    assert "could not be read" in text
    assert str(problem.moved_to) in text
    assert problem.moved_to.read_text(encoding="utf-8").endswith("garbage")
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_load_problem(parent, problem)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == text


def test_newer_file_is_explained_and_left_alone(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    original = '{"format":99,\n"index":[\n],\n"objections":[\n]}\n'
    (data / "objections.json").write_text(original, encoding="utf-8")
    store = ObjectionStore.in_folder(data)
    problem = store.load()
    assert problem.kind == "newer_version"
    assert "newer version" in load_problem_text(problem)
    assert store.read_only
    assert (data / "objections.json").read_text(encoding="utf-8") == original


def test_app_starts_on_a_damaged_file(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "objections.json").write_bytes(b"\x00\xff not json at all")
    result = subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(data), "--exit-after-startup"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert list(data.glob("objections.json.damaged-*"))


def test_removing_the_last_objection_keeps_the_damaged_copy(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "objections.json").write_text("nonsense", encoding="utf-8")
    store = ObjectionStore.in_folder(data)
    moved = store.load().moved_to
    record = store.new()
    store.save()
    assert store.remove(record.id)
    assert not (data / "objections.json").exists()
    assert moved.read_text(encoding="utf-8") == "nonsense"


def test_cut_off_file_is_found_at_start_up(tmp_path):
    data = tmp_path / "data"
    store = ObjectionStore.in_folder(data)
    store.load()
    store.new(label="kept-label")
    store.save()
    whole = (data / "objections.json").read_bytes()
    (data / "objections.json").write_bytes(whole[: len(whole) - 20])  # the end is missing
    again = ObjectionStore.in_folder(data)
    problem = again.load()
    assert problem is not None and problem.kind == "damaged"
    assert problem.moved_to.read_bytes() == whole[: len(whole) - 20]


def test_damage_inside_a_record_is_recovered_not_crashed(tmp_path):
    data = tmp_path / "data"
    store = ObjectionStore.in_folder(data)
    store.load()
    record = store.new(label="first")
    store.save()
    text = (data / "objections.json").read_text(encoding="utf-8")
    broken = text.replace('"label":"first"', '"label":', 1)  # a hand edit gone wrong
    assert broken != text
    (data / "objections.json").write_text(broken, encoding="utf-8")
    again = ObjectionStore.in_folder(data)
    assert again.load() is None  # the index still reads fine
    import pytest

    from optout_gui.core.storage.store import ObjectionDamaged

    with pytest.raises(ObjectionDamaged):
        again.get(record.id)
    # Only that objection is set aside (issue 16): its text is kept, the file stays usable.
    assert again.load_problem.kind == "partly_damaged"
    assert len(again) == 0
    kept = again.load_problem.moved_to.read_text(encoding="utf-8")
    assert '"label":,' in kept and kept.count("\n") == 1
    (note,) = again.load_problem.set_aside
    assert note.record_id == record.id and note.kept_in == again.load_problem.moved_to
    fresh = ObjectionStore.in_folder(data)
    assert fresh.load() is None and len(fresh) == 0
