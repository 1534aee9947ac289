"""Issue 31: the third round of hostile files and disks — never locked out, never a lost
record, never frozen. Each test names the issue's case number; docs/robustness-round3.md
lists them. Black-box (``main.py`` in a subprocess) where the case allows it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from optout_gui.core.progress import Progress
from tests.helpers import as_nobody

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX files and links")


def run_main(data: Path, *extra: str, env: dict | None = None, timeout: float = 30):
    return subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(data), *extra],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


# --- 1: a leftover lock file never locks the person out ------------------------------------
def _old(path: Path) -> None:
    """Make a planted file look left over (a minute old), without following a link."""
    moment = time.time() - 60
    os.utime(path, (moment, moment), follow_symlinks=False)


def _plant_lock(data: Path, kind: str) -> Path:
    data.mkdir(parents=True)
    lock = data / ".instance.lock"
    if kind == "empty":
        lock.write_bytes(b"")
    elif kind == "garbage":
        lock.write_bytes(b"\x00\xffnot a lock\n")
    elif kind == "folder":
        lock.mkdir()
        (lock / "something.txt").write_text("kept", encoding="utf-8")
    elif kind == "dangling link":
        lock.symlink_to(data / "nowhere" / "x")
    elif kind == "link to a file":
        target = data.parent / "precious.txt"
        target.write_text("not the app's", encoding="utf-8")
        lock.symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(lock)
    _old(lock)
    return lock


LOCK_KINDS = ["empty", "garbage", "folder", "dangling link", "link to a file", "fifo"]


@POSIX
@pytest.mark.parametrize("kind", LOCK_KINDS)
def test_case1_a_broken_lock_file_is_reclaimed_and_the_app_starts(tmp_path, kind):
    data = tmp_path / "data"
    lock = _plant_lock(data, kind)
    done = run_main(data, "--exit-after-startup")
    assert done.returncode == 0, done.stderr
    assert "already open" not in done.stdout
    assert "Traceback" not in done.stderr
    assert not lock.is_symlink() and not lock.is_dir()  # taken, then released on exit
    if kind == "folder":  # renamed aside with what it held, never deleted
        (kept,) = data.glob(".instance.lock.broken-*")
        assert (kept / "something.txt").read_text(encoding="utf-8") == "kept"
    if kind == "link to a file":
        assert (tmp_path / "precious.txt").read_text(encoding="utf-8") == "not the app's"


@POSIX
def test_case1_a_lock_from_another_computer_says_which_and_since_when(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    lock = data / ".instance.lock"
    lock.write_text(
        "4242\noptout-assistant\nsomeone-elses-laptop\nabc123\nboot\n", encoding="utf-8"
    )
    _old(lock)
    done = run_main(data, "--exit-after-startup")
    assert done.returncode == 0, done.stderr
    assert "someone-elses-laptop" in done.stdout and "since" in done.stdout
    assert str(data) in done.stdout
    assert "look for it among your open windows" not in done.stdout.lower()
    assert lock.read_text(encoding="utf-8").startswith("4242\n")  # not taken without asking


def test_case1_the_person_can_open_a_folder_another_computer_held(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from optout_gui.core.paths import AppPaths
    from optout_gui.ui.common import single_instance

    data = tmp_path / "data"
    data.mkdir()
    lock = data / ".instance.lock"
    lock.write_text(
        "4242\noptout-assistant\nsomeone-elses-laptop\nabc123\nboot\n", encoding="utf-8"
    )
    instance = single_instance.claim_single_instance(AppPaths.for_user(data))
    assert not instance.claimed and instance.other_computer.host == "someone-elses-laptop"
    seen = []

    def click_open_here():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert sorted(b.text() for b in box.buttons()) == ["Open it here", "Quit"]
        (button,) = [b for b in box.buttons() if b.text() == "Open it here"]
        button.click()

    QTimer.singleShot(100, click_open_here)
    assert single_instance.other_computer_holds(instance, exit_after_startup=False)
    assert "someone-elses-laptop" in seen[0] and str(data) in seen[0]
    assert instance.locked
    assert str(os.getpid()) == lock.read_text(encoding="utf-8").split("\n")[0]
    instance.release()


def test_case1_quitting_leaves_the_other_computers_lock(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from optout_gui.core.paths import AppPaths
    from optout_gui.ui.common import single_instance

    data = tmp_path / "data"
    data.mkdir()
    lock = data / ".instance.lock"
    text = "4242\noptout-assistant\nsomeone-elses-laptop\nabc123\nboot\n"
    lock.write_text(text, encoding="utf-8")
    instance = single_instance.claim_single_instance(AppPaths.for_user(data))

    def click_quit():
        box = QApplication.activeModalWidget()
        (button,) = [b for b in box.buttons() if b.text() == "Quit"]
        button.click()

    QTimer.singleShot(100, click_quit)
    assert not single_instance.other_computer_holds(instance, exit_after_startup=False)
    assert lock.read_text(encoding="utf-8") == text


# --- 4: only unreadable records are ever set aside -----------------------------------------
def _record_line_numbers(lines: list[bytes]) -> list[int]:
    return [n for n, line in enumerate(lines) if line.startswith(b'{"') and b'"format"' not in line]


def _disorder(path: Path, ids: list[str], variant: str) -> None:
    lines = path.read_bytes().split(b"\n")
    rec = _record_line_numbers(lines)
    if variant == "records in another order":
        first, second = lines[rec[0]].rstrip(b","), lines[rec[1]].rstrip(b",")
        lines[rec[0]], lines[rec[1]] = second + b",", first + b","
    elif variant == "a record missing":
        del lines[rec[1]]
    elif variant == "a record not in the index":
        lines.insert(rec[0], lines[rec[0]].replace(ids[0].encode(), b"f" * 32))
    elif variant == "the last record missing":  # leaves a comma before the end: not JSON
        del lines[rec[2]]
    path.write_bytes(b"\n".join(lines))


@pytest.mark.parametrize(
    "variant",
    ["records in another order", "a record missing", "a record not in the index",
     "the last record missing"],
)  # fmt: skip
def test_case4_good_records_are_never_set_aside(tmp_path, variant):
    from optout_gui.core.storage.store import ObjectionStore
    from tests.test_hostile import _three

    path, ids = _three(tmp_path)
    _disorder(path, ids, variant)
    store = ObjectionStore.in_folder(path.parent)
    store.load()
    missing = {"a record missing": ids[1], "the last record missing": ids[2]}.get(variant)
    for record_id, name in zip(ids, ("aaa", "bbb", "ccc"), strict=True):
        if record_id != missing:
            assert store.get(record_id).label == name  # readable, the first time asked
    for copy in path.parent.glob("objections.json.damaged-*"):
        kept = copy.read_bytes()
        assert b'"answers"' not in kept  # never a whole record that could be read
    if missing:
        (note,) = store.set_aside
        assert note.record_id == missing and "missing" in note.problem
    else:
        assert store.set_aside == []
    expected = [i for i in ids if i != missing]
    if variant == "a record not in the index":
        expected = ["f" * 32, *expected]
    assert sorted(store.ids()) == sorted(expected)
    again = ObjectionStore.in_folder(path.parent)  # the file was rebuilt, index and all
    assert again.load() is None
    assert sorted(again.ids()) == sorted(expected)
    names = {"aaa", "bbb", "ccc"} - ({store_name(ids, missing)} if missing else set())
    assert {again.get(i).label for i in again.ids()} == names


def store_name(ids: list[str], record_id: str) -> str:
    return ("aaa", "bbb", "ccc")[ids.index(record_id)]


# --- 5: a set-aside copy is never replaced ----------------------------------------------------
def test_case5_two_damaged_files_in_the_same_second_keep_two_copies(tmp_path):
    import datetime as dt

    from optout_gui.core.storage.store import ObjectionStore

    moment = dt.datetime(2026, 12, 6, 12, 0, 0, tzinfo=dt.UTC)
    data = tmp_path / "data"
    data.mkdir()
    path = data / "objections.json"
    contents = [b"[" * 2000, b"{ first damaged", b"{ second damaged"]
    moved = []
    for content in contents:
        path.write_bytes(content)
        store = ObjectionStore.in_folder(data, clock=lambda: moment)
        problem = store.load()
        assert problem.kind == "damaged"
        moved.append(problem.moved_to)
    assert len(set(moved)) == 3
    assert [copy.read_bytes() for copy in moved] == contents  # none overwritten
    assert len(list(data.glob("objections.json.damaged-*"))) == 3


def test_case5_a_record_set_aside_beside_a_moved_file_gets_its_own_copy(tmp_path):
    import datetime as dt

    from optout_gui.core.storage.store import ObjectionStore
    from tests.test_hostile import _edit_b, _three

    moment = dt.datetime(2026, 12, 6, 12, 0, 0, tzinfo=dt.UTC)
    path, (a, b, c) = _three(tmp_path)
    taken = path.with_name("objections.json.damaged-20261206T120000Z")
    taken.write_bytes(b"an earlier copy")
    _edit_b(path, b'"draft"', b'"paused"')
    store = ObjectionStore.in_folder(path.parent, clock=lambda: moment)
    store.load()
    assert store.ids() == [a, c] and not store.read_only
    (note,) = store.set_aside
    assert note.kept_in != taken and b'"paused"' in note.kept_in.read_bytes()
    assert taken.read_bytes() == b"an earlier copy"


def test_case5_settings_moved_aside_twice_in_a_second_keep_both(tmp_path, monkeypatch):
    import datetime as dt

    from optout_gui.core import settings as settings_module
    from optout_gui.core.settings import read_settings

    moment = dt.datetime(2026, 12, 6, 12, 0, 0, tzinfo=dt.UTC)
    real = settings_module.move_aside
    monkeypatch.setattr(settings_module, "move_aside", lambda path, _when: real(path, moment))
    path = tmp_path / "settings.json"
    copies = []
    for content in (b"{ one", b"{ two"):
        path.write_bytes(content)
        _settings, note = read_settings(path)
        copies.append(note.moved_to)
    assert copies[0] != copies[1]
    assert [c.read_bytes() for c in copies] == [b"{ one", b"{ two"]


# --- 7: a newer version's file is opened read-only and never rewritten ------------------------
def _newer_files() -> dict[str, bytes]:
    record = {"id": "a" * 32, "created_at": "2026-11-01T09:00:00+00:00", "label": "mine"}
    depth = 1500  # deeper than Python's JSON parser goes
    deep_text = (
        '{\n  "format": 2,\n  "objections": [\n'
        + "".join(f'{"  " * n}{{"inner":\n' for n in range(depth))
        + json.dumps(record, indent=2)
        + "}" * depth
        + "\n  ]\n}\n"
    )
    lines = [json.dumps({"format": 2}), json.dumps(record), json.dumps(record | {"id": "b" * 32})]
    return {
        "pretty-printed and deep": deep_text.encode(),
        "JSON lines": "\n".join(lines).encode() + b"\n",
        "objections as an object": json.dumps(
            {"format": 2, "objections": {record["id"]: record}}
        ).encode(),
        'format "2"': json.dumps({"format": "2", "objections": [record]}).encode(),
        "format 2.0": json.dumps({"format": 2.0, "objections": [record]}).encode(),
    }


@POSIX
@pytest.mark.parametrize("variant", list(_newer_files()))
def test_case7_a_newer_versions_file_is_never_moved_or_rewritten(tmp_path, variant):
    data = tmp_path / "data"
    data.mkdir()
    path = data / "objections.json"
    content = _newer_files()[variant]
    path.write_bytes(content)
    done = run_main(data, "--exit-after-startup")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert path.read_bytes() == content
    assert not list(data.glob("objections.json.damaged-*"))


@pytest.mark.parametrize("variant", list(_newer_files()))
def test_case7_the_store_stays_read_only_and_says_why(qapp, tmp_path, variant):
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.common.notices import load_problem_text

    data = tmp_path / "data"
    data.mkdir()
    path = data / "objections.json"
    content = _newer_files()[variant]
    path.write_bytes(content)
    store = ObjectionStore.in_folder(data)
    problem = store.load()
    assert store.read_only and problem.kind in ("unknown_version", "newer_version")
    assert "newer version" in load_problem_text(problem)
    store.new(label="typed here")  # kept in memory; never written over their file
    assert not store.save()
    assert path.read_bytes() == content
    assert not list(data.glob("objections.json.damaged-*"))


def test_case7_a_damaged_file_of_this_version_is_still_moved_aside(tmp_path):
    from optout_gui.core.storage.store import ObjectionStore

    data = tmp_path / "data"
    data.mkdir()
    (data / "objections.json").write_bytes(b'{"format":1,\n"index":[\n{{{ damaged')
    problem = ObjectionStore.in_folder(data).load()
    assert problem.kind == "damaged" and problem.moved_to is not None


# --- 8: a date out of range sets its record aside, like any damage ---------------------------
def _waiting_pair(tmp_path: Path, far: str, where: str) -> tuple[Path, str, str]:
    """Two waiting objections (DE): "old" sent 40 days ago, "odd" with ``far`` in ``where``."""
    import datetime as dt

    from optout_gui.core.progress import to_iso
    from optout_gui.core.status import Status
    from optout_gui.core.storage.store import ObjectionStore

    sent = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    data = tmp_path / "data"
    store = ObjectionStore.in_folder(data, clock=lambda: sent)
    store.load()
    ids = []
    for name in ("old", "odd"):
        record = store.new(label=name, answers=Progress(email="a@example.org", country="DE"))
        store.change_status(record.id, Status.WAITING)
        ids.append(record.id)
    path = data / "objections.json"
    stamp = to_iso(sent).encode()
    lines = path.read_bytes().split(b"\n")
    for n, line in enumerate(lines):
        if b'"odd"' not in line:
            continue
        if where == "every time":
            lines[n] = line.replace(stamp, far.encode())
        else:  # only the waiting entry of the history (the record line only)
            marker = b'"at":"' + stamp + b'","event":"status","status":"waiting"'
            if marker in line:
                lines[n] = line.replace(marker, marker.replace(stamp, far.encode()))
    path.write_bytes(b"\n".join(lines))
    return path, ids[0], ids[1]


FAR_TIMES = {
    "year 9999": "9999-12-31T23:00:00+00:00",
    "year 0001": "0001-01-01T01:00:00+00:00",
    "year 9999, far west": "9999-12-31T20:00:00-12:00",
    "no time zone": "2026-11-02T09:00:00",
}


@pytest.mark.parametrize("where", ["every time", "one history entry"])
@pytest.mark.parametrize("far", list(FAR_TIMES))
def test_case8_a_date_out_of_range_sets_only_its_record_aside(qtbot, tmp_path, far, where):
    from optout_gui.core.status import Status
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.tracker.overview import OverviewWidget

    path, old, odd = _waiting_pair(tmp_path, FAR_TIMES[far], where)
    store = ObjectionStore.in_folder(path.parent)
    store.load()
    widget = OverviewWidget(store)
    qtbot.addWidget(widget)
    overdue, _nudged = widget.check_reminders()  # what the overview does after start-up
    assert overdue == [old]
    with contextlib.suppress(Exception):
        store.get(odd)  # found here at the latest
    assert store.ids() == [old]
    assert store.get(old).status == Status.OVERDUE  # its month ran out: not stuck "waiting"
    (note,) = store.set_aside
    assert note.record_id == odd and note.kept_in is not None
    assert FAR_TIMES[far].encode() in note.kept_in.read_bytes()
    assert note.problem in ("a date in it is out of range", "a time in it has no time zone")


@POSIX
@pytest.mark.parametrize("far", list(FAR_TIMES))
def test_case8_the_app_starts_twice_without_an_error_box(tmp_path, far):
    path, old, odd = _waiting_pair(tmp_path, FAR_TIMES[far], "every time")
    for _ in range(2):  # no error at any start
        done = run_main(path.parent, "--exit-after-startup")
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr and "unexpected" not in done.stderr.lower()
    text = path.read_text(encoding="utf-8")
    assert old in text and odd not in text
    (copy,) = path.parent.glob("objections.json.damaged-*")
    assert odd in copy.read_text(encoding="utf-8")


# --- 9: lone surrogates are set aside on load; exports are whole and private ------------------
LONE = b"\\ud800"  # as JSON writes it: an escape of half a character


@pytest.mark.parametrize("index_too", [False, True])
def test_case9_a_lone_surrogate_sets_its_record_aside(tmp_path, index_too):
    from optout_gui.core.storage.store import ObjectionStore
    from tests.test_hostile import _edit_b, _three

    path, (a, b, c) = _three(tmp_path)
    if index_too:
        _edit_b(path, b'"bbb"', b'"b' + LONE + b'b"')
    else:
        _edit_b(path, b"reason of bbb", b"reason " + LONE + b" of bbb", index_too=False)
    store = ObjectionStore.in_folder(path.parent)
    store.load()
    with contextlib.suppress(Exception):
        store.get(b)
    assert store.ids() == [a, c]
    (note,) = store.set_aside
    assert note.record_id == b and LONE in note.kept_in.read_bytes()
    again = ObjectionStore.in_folder(path.parent)
    assert again.load() is None and again.ids() == [a, c]
    for record_id in again.ids():  # what is left exports as text
        again.get(record_id).to_json()


def test_case9_an_emoji_is_not_a_lone_surrogate(tmp_path):
    from optout_gui.core.storage.store import ObjectionStore

    data = tmp_path / "data"
    store = ObjectionStore.in_folder(data)
    store.load()
    record = store.new(label="smile \U0001f600", answers=Progress(reason="\U0001f600 ok"))
    again = ObjectionStore.in_folder(data)
    assert again.load() is None
    assert again.get(record.id).answers.reason == "\U0001f600 ok" and not again.set_aside


@POSIX
@pytest.mark.parametrize("kind", ["txt", "json", "ics", "pdf"])
def test_case9_a_failed_export_leaves_no_file_and_a_good_one_is_private(qtbot, tmp_path, kind):
    import datetime as dt

    from PySide6.QtWidgets import QWidget

    from optout_gui.core.record import HistoryEntry, ObjectionRecord
    from optout_gui.core.status import Status
    from optout_gui.ui.common.widgets import StatusLine
    from optout_gui.ui.tracker.history import export_file

    parent = QWidget()
    status = StatusLine(parent)
    qtbot.addWidget(parent)

    def sent(record_id: str, label: str, reason: str) -> ObjectionRecord:
        at = "2026-11-01T09:00:00+00:00"
        return ObjectionRecord(
            id=record_id,
            created_at=at,
            label=label,
            answers=Progress(email="a@example.org", reason=reason, country="DE"),
            status=Status.WAITING,
            history=[HistoryEntry(at=at, event="status", status="waiting")],
        )

    broken = sent("a" * 32, "x\ud800y", "r\ud800")
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"proof.{kind}"
    old = os.umask(0)
    try:
        result = export_file(
            parent, status, kind, [broken], dt.UTC, "proof", lambda *a: str(target)
        )
        if result is None:  # it failed: nothing at all is left behind
            assert not target.exists()
            assert list(out.iterdir()) == []
            assert "broken character" in status.text()
        good = sent("b" * 32, "fine", "r")
        assert export_file(parent, status, kind, [good], dt.UTC, "proof", lambda *a: str(target))
    finally:
        os.umask(old)
    assert target.stat().st_size > 0
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.iterdir()] == [target.name]


@POSIX
def test_case9_the_app_starts_with_a_lone_surrogate_in_the_index(tmp_path):
    from tests.test_hostile import _edit_b, _three

    path, (a, b, c) = _three(tmp_path)
    _edit_b(path, b'"bbb"', b'"b' + LONE + b'b"')
    done = run_main(path.parent, "--exit-after-startup")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert b not in path.read_text(encoding="utf-8")
    (copy,) = path.parent.glob("objections.json.damaged-*")
    assert LONE in copy.read_bytes()


# --- 14: the log never follows a link; every folder the app makes is private ------------------
@POSIX
def test_case14_the_log_never_follows_a_planted_link(tmp_path):
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file\n", encoding="utf-8")
    victim.chmod(0o644)
    (data / "logs" / "optout-assistant.log").symlink_to(victim)
    (data / "settings.json").write_text("{ damaged", encoding="utf-8")  # logs a warning
    done = run_main(data, "--exit-after-startup")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr
    assert "moved a damaged file aside" in done.stderr  # something was logged
    assert victim.read_text(encoding="utf-8") == "someone else's file\n"
    assert victim.stat().st_mode & 0o777 == 0o644


@POSIX
def test_case14_the_log_is_written_and_private_without_a_link(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text("{ damaged", encoding="utf-8")
    done = run_main(data, "--exit-after-startup")
    assert done.returncode == 0, done.stderr
    log = data / "logs" / "optout-assistant.log"
    assert "moved a damaged file aside" in log.read_text(encoding="utf-8")
    assert log.stat().st_mode & 0o777 == 0o600


@POSIX
def test_case14_folders_made_are_private_whatever_the_umask(tmp_path):
    data = tmp_path / "new" / "deeper" / "data"
    done = subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(data), "--exit-after-startup"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=lambda: os.umask(0),  # noqa: PLW1509 (only the umask)
    )
    assert done.returncode == 0, done.stderr
    made = [tmp_path / "new", tmp_path / "new" / "deeper", data]
    assert [oct(p.stat().st_mode & 0o777) for p in made] == ["0o700"] * 3
    for folder in data.rglob("*"):
        if folder.is_dir():
            assert folder.stat().st_mode & 0o777 == 0o700, folder


@POSIX
def test_case14_the_log_folder_and_its_parents_are_private_under_umask_0(tmp_path):
    from optout_gui.core.errorlog import open_log_file

    old = os.umask(0)
    try:
        with open_log_file(tmp_path / "a" / "b" / "logs" / "x.log") as handle:
            handle.write("line\n")
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "logs"):
        assert folder.stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "a" / "b" / "logs" / "x.log").stat().st_mode & 0o777 == 0o600


# --- 11: a paste beyond a cap is cut before it goes in (timed in benchmarks/paste.py) ---------
def _paste(widget, text: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()
    QApplication.processEvents()


def test_case11_a_huge_paste_into_the_reason_is_cut_at_the_cap(qtbot, monkeypatch):
    from optout_gui.core import reasons
    from optout_gui.core.limits import REASON_MAX
    from optout_gui.ui.common import capped_edit
    from optout_gui.ui.wizard.reason_editor import ReasonEditor

    editor = ReasonEditor(reasons.ReasonLibrary())
    qtbot.addWidget(editor)
    editor.show()
    handed = []  # what the editor got from the clipboard: never more than fits
    real = capped_edit.start_of_text

    def spy(source, room):
        text, cut = real(source, room)
        handed.append((len(text), cut))
        return text, cut

    monkeypatch.setattr(capped_edit, "start_of_text", spy)
    _paste(editor.edit, "objection " * 100_000)  # a million characters
    assert handed == [(REASON_MAX, True)]
    assert len(editor.edit.toPlainText()) == REASON_MAX
    assert editor.limit_status.isVisibleTo(editor)
    assert f"{REASON_MAX:,}" in editor.limit_status.text()


def test_case11_a_paste_fills_only_the_room_left_and_never_splits_a_character(qtbot):
    from optout_gui.core import reasons
    from optout_gui.core.limits import REASON_MAX
    from optout_gui.ui.wizard.reason_editor import ReasonEditor

    editor = ReasonEditor(reasons.ReasonLibrary())
    qtbot.addWidget(editor)
    editor.show()
    editor.edit.setPlainText("x" * (REASON_MAX - 3))
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    _paste(editor.edit, "é\U0001f600" * 1000)
    text = editor.edit.toPlainText()
    assert len(text) == REASON_MAX and text.endswith("xé\U0001f600é")
    assert editor.limit_status.isVisibleTo(editor)
    editor.edit.selectAll()  # replacing everything: the whole cap is room
    _paste(editor.edit, "short reason")
    assert editor.edit.toPlainText() == "short reason"


def test_case11_a_huge_paste_of_metas_email_is_cut_and_said(qtbot, tmp_path):
    from optout_gui.core.limits import ANSWER_TEXT_MAX
    from optout_gui.core.status import Status
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.tracker.history import HistoryDialog

    store = ObjectionStore.in_folder(tmp_path / "data")
    store.load()
    record = store.new(answers=Progress(email="a@example.org", country="DE"))
    store.change_status(record.id, Status.WAITING)
    dialog = HistoryDialog(store, record.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _paste(dialog.email_text, "Dear user " * 1_000_000)  # ten million characters
    assert len(dialog.email_text.toPlainText()) == ANSWER_TEXT_MAX
    assert "only its start was pasted" in dialog.answer_status.text()


def test_case11_the_paste_benchmark_runs_and_reports_each_field(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "paste.py"), "--sizes", "30000"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    fields = {row["field"] for row in summary["results"]}
    assert fields == {
        "reason",
        "Meta's email (answer)",
        "objection name",
        "complaint letter",
        "your email address",
    }
    kept = {row["field"]: row["kept"] for row in summary["results"]}
    assert kept["reason"] == 20_000 and kept["your email address"] == 254


# --- 12: exports of huge fields are shortened, with a note saying where the rest is -----------
def _huge_record(size: int):
    from optout_gui.core.record import HistoryEntry, MetaAnswer, ObjectionRecord
    from optout_gui.core.status import Status

    at = "2026-11-01T09:00:00+00:00"
    return ObjectionRecord(
        id="a" * 32,
        created_at=at,
        label="L" + "x" * size,
        answers=Progress(email="e" * size, reason="r " * (size // 2), country="DE"),
        status=Status.REFUSED,
        history=[
            HistoryEntry(at=at, event="status", status="waiting", note="n" * size),
            HistoryEntry(at=at, event="status", status="refused"),
        ],
        answer=MetaAnswer("refused", "2026-11-20", at, "Dear user. " * (size // 11)),
    )


@pytest.mark.parametrize("size", [300_000, 5_000_000])
def test_case12_text_and_pdf_proofs_of_huge_fields_are_shortened_with_a_note(qapp, tmp_path, size):
    import datetime as dt

    from optout_gui.core.limits import SHOWN_IN_HISTORY
    from optout_gui.core.proof import proof_text
    from optout_gui.ui.tracker.proof_pdf import write_proof_pdf

    record = _huge_record(size)
    text = proof_text([record], dt.UTC)
    assert len(text) < 3 * SHOWN_IN_HISTORY + 20_000  # reason, Meta's email, the rest
    assert text.count("Shortened here") == 2
    assert f"has {len(record.answers.reason)} characters" in text
    assert "Values ending in “…” are shortened here" in text
    pages = write_proof_pdf([record], tmp_path / "proof.pdf", dt.UTC)
    assert pages <= 25  # was 275 pages for a 300,000-character name
    assert (tmp_path / "proof.pdf").stat().st_size < 2_000_000


def test_case12_the_calendar_file_of_a_huge_name_is_small(tmp_path):
    import datetime as dt

    from optout_gui.core.ics import reminder_ics

    data = reminder_ics(_huge_record(5_000_000), dt.UTC)
    assert len(data) < 20_000


def test_case12_the_json_proof_stays_exact(tmp_path):
    import datetime as dt

    from optout_gui.core.proof import proof_json

    record = _huge_record(300_000)
    document = json.loads(proof_json([record], dt.UTC))
    assert document["objections"][0]["answers"]["reason"] == record.answers.reason


# --- 13: a letter with 1,200 accents still goes to the phone, in parts --------------------------
def test_case13_a_letter_with_1200_accents_is_shown_in_parts(qtbot):
    from optout_gui.core.phone_codes import PART_BYTES, byte_size
    from optout_gui.ui.wizard.qr_code import PhoneCodesDialog

    reason = "a" + "\u0301" * 1200  # 2,401 bytes: more than one part, no letter to cut after
    dialog = PhoneCodesDialog("ann@example.org", reason)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_parts()  # raised ValueError ("no place to cut the text")
    assert len(dialog.parts) == 3 and "".join(dialog.parts) == reason
    assert all(byte_size(part) <= PART_BYTES for part in dialog.parts)
    assert dialog.reason_code.matrix() is not None


def test_case13_accents_stay_with_their_letter_where_there_is_room(qtbot):
    import unicodedata

    from optout_gui.core.phone_codes import split_for_codes

    text = ("é" * 300 + " ") * 4 + "a" + "\u0301" * 5
    parts = split_for_codes(unicodedata.normalize("NFD", text), 1000)
    assert "".join(parts) == unicodedata.normalize("NFD", text)
    assert not any(unicodedata.combining(part[0]) for part in parts)


# --- 10: a delete that can't be written says so and keeps the row ------------------------------
def _read_only_bind(folder: Path) -> bool:
    """Make ``folder`` read-only for everyone, root too (a read-only bind mount)."""
    from tests.test_hostile import can_mount

    if not can_mount():
        return False
    first = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if first.returncode != 0:
        return False
    again = subprocess.run(
        ["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True, check=False
    )
    if again.returncode != 0:
        subprocess.run(["umount", str(folder)], check=False)
        return False
    return True


@POSIX
@pytest.mark.parametrize("count", [2, 1])
def test_case10_deleting_on_a_read_only_folder_says_so_and_keeps_the_row(
    qtbot, tmp_path, monkeypatch, count
):
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.tracker import history
    from optout_gui.ui.tracker.history import HistoryDialog
    from optout_gui.ui.tracker.overview import OverviewWidget

    data = tmp_path / "data"
    store = ObjectionStore.in_folder(data)
    store.load()
    ids = [store.new(label=f"objection {n}").id for n in range(count)]
    if not _read_only_bind(data):
        pytest.skip("cannot make a read-only mount here (needs root)")
    try:
        overview = OverviewWidget(store)
        qtbot.addWidget(overview)
        dialog = HistoryDialog(store, ids[0])
        qtbot.addWidget(dialog)
        monkeypatch.setattr(history, "ask_yes_cancel", lambda *args: True)
        assert not dialog.ask_delete()
        assert "could not be deleted" in dialog.export_status.text()
        assert "can't be written" in dialog.export_status.text()
        assert store.ids() == ids and overview.model.rowCount() == count
        again = ObjectionStore.in_folder(data)
        again.load()
        assert again.ids() == ids
    finally:
        subprocess.run(["umount", str(data)], check=False)


def test_case10_a_delete_the_disk_refuses_keeps_the_objection(tmp_path, monkeypatch):
    import errno

    from optout_gui.core.storage import store as store_module
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.common.notices import not_deleted_text

    store = ObjectionStore.in_folder(tmp_path / "data")
    store.load()
    first, second = store.new(label="one"), store.new(label="two")
    events = []
    store.subscribe(lambda kind, record_id: events.append(kind))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module, "atomic_write_parts", full)
    assert not store.remove(first.id)
    assert store.ids() == [first.id, second.id] and store.get(first.id).label == "one"
    assert events[-1] == "reset"  # the list shows it again
    assert "the disk is full" in not_deleted_text(store.save_error)


# --- 3: a data folder of another user account: start, explain, offer another folder -----------
@POSIX
def test_case3_a_folder_of_another_user_starts_the_app_and_says_why(tmp_path):
    command, env = as_nobody(tmp_path)
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    data.chmod(0o700)  # root's, closed to everyone else
    done = subprocess.run(
        [*command, str(MAIN), "--data-dir", str(data), "--exit-after-startup"],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert f"The data folder {data} can't be used" in done.stderr
    assert "another user account" in done.stderr


def test_case3_the_person_can_choose_another_folder(qtbot, tmp_path, monkeypatch):
    import errno

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from optout_gui.core import paths as paths_module
    from optout_gui.core.paths import AppPaths, folder_access_problem
    from optout_gui.ui.common import folder_choice

    theirs = tmp_path / "theirs"
    theirs.mkdir()
    mine = tmp_path / "mine"
    mine.mkdir()
    monkeypatch.setattr(paths_module.os, "access", lambda path, mode: Path(path) != theirs)
    problem = folder_access_problem(theirs)
    assert isinstance(problem, PermissionError) and problem.errno == errno.EACCES
    assert folder_access_problem(mine) is None
    monkeypatch.setattr(folder_choice.QFileDialog, "getExistingDirectory", lambda *args: str(mine))
    seen = []

    def choose():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        assert len(box.buttons()) == 2  # choose, or go on without saving
        (button,) = [b for b in box.buttons() if b.text() == "Choose another folder…"]
        button.click()

    QTimer.singleShot(100, choose)
    chosen = folder_choice.other_folder_if_chosen(AppPaths.for_user(theirs), problem, ask=True)
    assert chosen.data_dir == mine
    assert str(theirs) in seen[0] and "Choose another folder" in seen[0]


# --- 6: a damaged record on a full disk: say so, keep the answers, retry, ask before closing --
@POSIX
@pytest.mark.parametrize("how", ["a full tmpfs", "writes refused"])
def test_case6_a_damaged_record_on_a_full_disk_loses_nothing(qtbot, tmp_path, monkeypatch, how):
    import errno

    from optout_gui.core.guide import load_guide
    from optout_gui.core.storage import set_aside
    from optout_gui.core.storage import store as store_module
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.controller import AppController
    from tests.test_hostile import _edit_b, _three, fill_disk, mount_tmpfs, unmount

    disk = tmp_path / "disk"
    if how == "a full tmpfs":
        if not mount_tmpfs(disk, "size=256k"):
            pytest.skip("cannot mount a tmpfs here (needs root)")
    else:
        disk.mkdir()
    try:
        path, (a, b, c) = _three(disk)
        _edit_b(path, b'"draft"', b'"paused"')
        damaged = path.read_bytes()
        full = OSError(errno.ENOSPC, "No space left on device")
        if how == "a full tmpfs":
            fill_disk(disk / "filler")
        else:
            real_create, real_write = set_aside.create_aside, store_module.atomic_write_parts

            def refuse(*args, **kwargs):
                raise full

            monkeypatch.setattr(set_aside, "create_aside", refuse)
            monkeypatch.setattr(store_module, "atomic_write_parts", refuse)
        store = ObjectionStore.in_folder(path.parent)
        store.load()
        assert not store.read_only  # not "a newer version": the disk is full
        assert store.ids() == [a, c] and path.read_bytes() == damaged  # nothing overwritten
        (note,) = store.set_aside
        assert note.waiting and note.kept_in is None
        controller = AppController(load_guide(), store)
        wizard = controller.open_wizard(a)
        qtbot.addWidget(wizard)
        assert not wizard.session.update(email="typed@example.org")
        assert "disk is full" in wizard.save_problem.text()
        assert "newer version" not in wizard.save_problem.text()
        asked = []
        monkeypatch.setattr(wizard, "confirm", lambda *args: asked.append(args) or False)
        wizard.reject()  # closing: the unsaved answers make it ask first
        assert asked and wizard.isVisible()  # it asked, and stays open
        assert path.read_bytes() == damaged
        # Room again: the next retry keeps the copy, then saves the answers.
        if how == "a full tmpfs":
            (disk / "filler").unlink()
        else:
            monkeypatch.setattr(set_aside, "create_aside", real_create)
            monkeypatch.setattr(store_module, "atomic_write_parts", real_write)
        assert wizard.save_problem.retry()
        (copy,) = path.parent.glob("objections.json.damaged-*")
        assert b'"paused"' in copy.read_bytes() and copy.read_bytes().count(b"\n") == 1
        again = ObjectionStore.in_folder(path.parent)
        again.load()
        assert again.ids() == [a, c]
        assert again.get(a).answers.email == "typed@example.org"
        assert store.set_aside[0].kept_in == copy and not store.set_aside[0].waiting
    finally:
        if how == "a full tmpfs":
            unmount(disk)


# --- 15: the clock went backwards past a recorded time: say so, no made-up countdown ----------
from tests.test_code_page import attention, guide, open_wizard  # noqa: E402, F401 (fixtures)


def test_case15_a_clock_two_hours_behind_after_a_restart_shows_no_countdown(
    open_wizard,  # noqa: F811 (the fixture imported above)
    clocks,
):
    import datetime as dt

    wizard = open_wizard()
    page = wizard.page(wizard.currentId())
    page.received_button.click()
    clocks.advance(dt.timedelta(minutes=5))
    wizard.code_timer.tick()
    assert page.time_label.text() == "55:00"
    wizard.reject()
    clocks.new_process()  # a restart, with the computer's clock two hours behind
    clocks.set_wall(clocks.now - dt.timedelta(hours=2))
    again = open_wizard()
    page = again.page(again.currentId())
    again.code_timer.tick()
    texts = [page.time_label.text(), page.phase_label.text(), again.code_timer.status_text()]
    assert not any("59:" in text for text in texts)  # never a made-up hour
    assert page.time_label.text() == "--:--"
    assert "clock shows a time before Meta's code arrived" in again.code_timer.status_text()
    assert again.code_timer.title_suffix() == ""
    # The clock put right: the true time left is shown again.
    clocks.set_wall(clocks.now + dt.timedelta(hours=2))
    again.code_timer.tick()
    assert page.time_label.text() in ("55:00", "54:59")


def test_case15_a_clock_set_back_while_running_still_counts_right(clocks):
    import datetime as dt

    from optout_gui.core.code_state import CodeCountdown

    countdown = CodeCountdown(clocks.now, wall=clocks.wall, monotonic=clocks.monotonic)
    clocks.advance(dt.timedelta(minutes=5))
    clocks.set_wall(clocks.now - dt.timedelta(hours=2))
    assert not countdown.clock_behind()  # the monotonic clock knows better
    assert countdown.remaining() == dt.timedelta(minutes=55)


# --- 2: a lock deleted while running: the running copy keeps its claim, or stops writing -------
@POSIX
def test_case2_a_deleted_lock_is_made_again_and_a_second_start_hands_over(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, str(MAIN), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        lock = data / ".instance.lock"
        deadline = time.monotonic() + 30
        while not lock.exists():
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        time.sleep(0.5)
        lock.unlink()  # a clean-up tool, or a sync, removes it
        deadline = time.monotonic() + 10
        while not lock.exists():
            assert time.monotonic() < deadline, "the running copy never made its lock again"
            time.sleep(0.1)
        time.sleep(0.2)
        assert lock.read_text(encoding="utf-8").split("\n")[0] == str(first.pid)
        second = run_main(data, "--exit-after-startup")
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout  # never a second writer
    finally:
        first.terminate()
        first.communicate(timeout=30)


@POSIX
def test_case2_a_copy_whose_folder_was_taken_stops_writing(qtbot, tmp_path):
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.common.single_instance import SingleInstance

    data = tmp_path / "data"
    data.mkdir()
    instance = SingleInstance(data)
    assert instance.claim()
    store = ObjectionStore.in_folder(data)
    store.load()
    store.write_check = instance.write_check
    record = store.new(label="first copy")
    assert store.save()
    lock = data / ".instance.lock"
    lock.unlink()
    other = f"{os.getppid()}\noptout-assistant\n{_hostname()}\n"  # a live process: the 2nd copy
    lock.write_text(other, encoding="utf-8")
    _old(lock)
    lost = []
    instance.lost.connect(lambda: lost.append(True))
    before = store.path.read_bytes()
    record.label = "typed in the first copy"
    store.touch(record)
    assert not store.save()  # two writers never both write
    assert "another copy" in store.save_error.strerror
    assert lost == [True]
    assert store.path.read_bytes() == before
    assert store.get(record.id).label == "typed in the first copy"  # kept in memory
    instance.release()
    assert lock.read_text(encoding="utf-8") == other  # the other copy's lock stays


def _hostname() -> str:
    from PySide6.QtCore import QSysInfo

    return QSysInfo.machineHostName()


def test_case11_a_huge_paste_into_the_complaint_letter_is_cut_and_said(qtbot, tmp_path):
    from optout_gui.core.limits import COMPLAINT_MAX
    from optout_gui.ui.tracker.complaint import ComplaintDialog
    from tests.test_hostile import _overdue_store

    store, record_id = _overdue_store(tmp_path)
    dialog = ComplaintDialog(store.get(record_id))
    qtbot.addWidget(dialog)
    dialog.show()
    letter = dialog.text.toPlainText()
    assert 0 < len(letter) < COMPLAINT_MAX
    cursor = dialog.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.text.setTextCursor(cursor)
    _paste(dialog.text, "P.S. " * 1_000_000)
    text = dialog.text.toPlainText()
    assert len(text) == COMPLAINT_MAX and text.startswith(letter)
    assert f"{COMPLAINT_MAX:,}" in dialog.copy_status.text()
