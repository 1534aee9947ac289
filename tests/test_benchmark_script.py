"""The benchmark script's helpers (benchmarks/run.py). Never asserts timing targets."""

from __future__ import annotations

import datetime as dt
import os
import sys

import pytest

from benchmarks import run as bench
from optout_gui.core.guide import load_guide
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore


def test_summarize_gives_median_and_range():
    stats = bench.summarize([3.0, 1.0, 2.0, 10.0])
    assert stats == bench.Stats(median=2.5, low=1.0, high=10.0, count=4)
    with pytest.raises(ValueError):
        bench.summarize([])


def test_ratios_are_taken_pair_by_pair():
    assert bench.paired_ratios([2.0, 3.0], [1.0, 2.0]) == [2.0, 1.5]
    assert bench.fmt_ratio(bench.summarize([2.0, 1.5, 1.0])) == "1.50 (1.00–2.00)"
    with pytest.raises(ValueError):
        bench.paired_ratios([1.0], [1.0, 2.0])


def test_table_is_markdown_with_one_line_per_row():
    rows = [
        bench.Row(
            "Startup: wall time", "0.2 s", "0.1 s", "2.00 (1.90–2.10)", "ratio ≤ 1.10", "MISSED"
        ),
        bench.na("Overview", "a | b not there"),
    ]
    lines = bench.format_table(rows).splitlines()
    assert lines[0].startswith("| Measure | Ours | Baseline")
    assert set(lines[1]) <= set("|-")
    assert len(lines) == 4
    assert lines[2].endswith("| MISSED |")
    assert "n/a: a \\| b not there" in lines[3]  # a pipe in a cell can't break the table
    assert "| – |" in lines[3]  # empty cells show a dash
    assert rows[0].missed and not rows[1].missed


def test_unknown_benchmark_name_is_refused():
    assert bench.selected("startup, idle") == ["startup", "idle"]
    with pytest.raises(SystemExit):
        bench.selected("startup,nonsense")


def test_countdown_store_holds_one_submitted_objection_with_a_running_code(tmp_path):
    now = dt.datetime(2026, 11, 29, 10, 0, tzinfo=dt.UTC)
    record_id = bench.write_countdown_objection(tmp_path, now)
    assert not (tmp_path / "progress.json").exists()  # nothing for the app to migrate
    store = ObjectionStore.in_folder(tmp_path)
    assert store.load() is None
    assert store.ids() == [record_id]
    record = store.get(record_id)
    assert record.status == Status.SUBMITTED
    assert record.form_url  # from the guide, as the controller's default_form_url gives it
    answers = record.answers
    assert (answers.account, answers.country, answers.page) == ("facebook", "DE", "code")
    assert answers.code_received_at == now.isoformat()
    assert answers.code_attempts == [
        {"received_at": now.isoformat(), "expires_at": (now + dt.timedelta(hours=1)).isoformat()}
    ]
    assert answers.code_entered_at is None and not answers.code_skipped
    state = bench.read_countdown_state(tmp_path, now + dt.timedelta(minutes=10))
    assert state["page"] == "code" and state["status"] == "submitted"
    assert state["code_running"] and state["seconds_left"] == 50 * 60
    later = bench.read_countdown_state(tmp_path, now + dt.timedelta(minutes=61))
    assert not later["code_running"]


def test_app_opens_the_countdown_store_on_the_code_page_with_the_timer_ticking(qtbot, tmp_path):
    from optout_gui.ui.controller import AppController
    from optout_gui.ui.wizard.window import PageId

    now = dt.datetime(2026, 11, 29, 10, 0, tzinfo=dt.UTC)
    bench.write_countdown_objection(tmp_path, now)
    store = ObjectionStore.in_folder(tmp_path)
    store.load()
    controller = AppController(
        load_guide(), store, zone=dt.UTC, clock=lambda: now + dt.timedelta(minutes=1),
        on_all_closed=lambda: None,
    )  # fmt: skip
    window = controller.start()
    qtbot.addWidget(window)
    try:
        assert window is controller.wizard
        assert window.currentId() == PageId.CODE
        assert window.code_timer.state() == "running"
        assert window.code_timer.is_ticking()
        assert "code valid until" in window.windowTitle()
    finally:
        window.code_timer.stop_ticking()


def test_typing_store_has_the_answers_and_an_update_writes_the_file(tmp_path):
    session = bench.objection_session(tmp_path, bench._answers(page="fill_form"))
    store = ObjectionStore.in_folder(tmp_path)
    store.load()
    answers = store.get(session.record_id).answers
    assert (answers.account, answers.country, answers.email) == (
        "facebook",
        "DE",
        "jane.doe@example.com",
    )
    assert (answers.reason, answers.page) == ("", "fill_form")
    assert session.default_form_url("facebook")


def test_every_timed_save_of_one_objection_writes_the_file(tmp_path):
    result = bench.worker_save_objection(str(tmp_path), "3")
    assert len(result["ms"]) == len(result["ms_big"]) == 3
    assert result["unwritten"] == {"ms": 0, "ms_big": 0}
    assert result["file_bytes"] > bench.REASON_BYTES  # the last reason was the 100 KB one


def test_typing_worker_autosaves_write_what_was_typed(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QWidget

    app, window = bench._app_with_wizard(tmp_path, "fill_form")
    qtbot.addWidget(window)
    editor = window.findChild(QWidget, "reason")
    assert editor is not None and editor.isVisible()
    editor.setPlainText(bench._typed_reason())
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    keys = [Qt.Key.Key_A, Qt.Key.Key_Backspace]
    times, error = bench._time_autosaves(app, window, editor, keys, 3)
    assert error == ""
    assert len(times) == 3
    saved = ObjectionStore.in_folder(tmp_path)
    saved.load()
    assert saved.get(window.session.record_id).answers.reason == bench._typed_reason() + "a"


def test_process_usage_reads_own_threads():
    usage = bench.proc_usage(os.getpid())
    assert usage["threads"] >= 1
    assert usage["cpu_s"] > 0
    if sys.platform == "win32":
        assert usage["switches"] is None  # Windows counts none per process
        assert usage["source"] == "GetProcessTimes"
    else:
        assert usage["switches"] >= 0
        assert usage["preempted"] >= 0


@pytest.mark.skipif(sys.platform == "win32", reason="Windows counts no switches per process")
def test_wake_ups_are_voluntary_switches_only():
    """A thread that sleeps 20 times adds about 20 voluntary switches (its wake-ups)."""
    import threading

    done = threading.Event()
    before = bench.proc_usage(os.getpid())
    for _ in range(20):
        done.wait(0.005)
    after = bench.proc_usage(os.getpid())
    assert 20 <= after["switches"] - before["switches"] < 1000


def test_long_reason_is_100_kb():
    for paragraphs in (True, False):
        text = bench._long_reason(paragraphs)
        assert len(text.encode()) == bench.REASON_BYTES
        assert ("\n" in text) is paragraphs


def test_objection_generator_builds_real_records_with_histories(tmp_path):
    store = bench.build_objections(tmp_path, 5)
    assert len(store) == 5
    record = store.get(store.ids()[3])
    assert len(record.history) >= 5
    assert record.reason_sent
    assert store.path.stat().st_size > 0


def under_wine() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


@pytest.mark.slow
@pytest.mark.skipif(
    under_wine(),
    reason="Wine gives 0 as another process's peak memory (K32GetProcessMemoryInfo); "
    "real Windows gives the figure",
)
def test_one_startup_pair_gives_ratio_rows(tmp_path):
    ctx = bench.Context(bench.Config(runs=1), tmp_path)
    rows = bench.bench_startup(ctx)
    assert [r.measure for r in rows][:2] == ["Startup: wall time", "Startup: peak RSS"]
    for row in rows:
        assert row.result in ("ok", "MISSED", "info")
        assert len(row.raw["ours"]) == len(row.raw["baseline"]) == 1
        assert all(value > 0 for value in row.raw["ours"] + row.raw["baseline"])


def test_the_start_up_measure_ends_after_the_first_paint(qtbot, monkeypatch):
    """--exit-after-startup (and the bare wizard) quit once the window has painted: what a
    person sees, not before."""
    from PySide6.QtWidgets import QWizard, QWizardPage

    from optout_gui.ui.common import first_paint

    painted, quit_after = [], []
    monkeypatch.setattr(
        first_paint.QCoreApplication, "quit", lambda: quit_after.append(len(painted))
    )

    class Page(QWizardPage):
        def paintEvent(self, event):  # noqa: N802
            painted.append(True)
            super().paintEvent(event)

    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(Page())
    first_paint.quit_after_first_paint(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: bool(quit_after), timeout=5000)
    assert quit_after[0] >= 1  # the page had painted when the app was told to quit


def test_startup_targets_are_checked_separately():
    def run(wall: float, rss_mib: float) -> bench.Run:
        return bench.Run(
            wall=wall, cpu=wall, maxrss_kib=int(rss_mib * 1024), returncode=0, stderr=""
        )

    ours = [run(1.24, 115.0), run(1.24, 115.0)]
    base = [run(1.0, 100.0), run(1.0, 100.0)]
    rows = bench.startup_rows("Startup", ours, base, 1.25, 1.15)
    assert [(r.target, r.result) for r in rows] == [
        ("ratio ≤ 1.25", "ok"),
        ("ratio ≤ 1.15", "ok"),
        ("", "info"),
    ]
    heavier = [run(1.24, 116.0), run(1.24, 116.0)]
    rows = bench.startup_rows("Startup", heavier, base, 1.25, 1.15)
    assert [r.result for r in rows[:2]] == ["ok", "MISSED"]
