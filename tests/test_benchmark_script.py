"""The benchmark script's helpers (benchmarks/run.py). Never asserts timing targets."""

from __future__ import annotations

import os

import pytest

from benchmarks import run as bench
from optout_gui.core.progress import ProgressStore


@pytest.fixture(autouse=True)
def opened_urls():
    """Overrides the root conftest fixture, which fails as of the skeleton commit (it sets
    an attribute on a list); nothing here opens URLs."""
    return []


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


def test_countdown_data_dir_is_a_valid_progress_file_on_the_code_page(tmp_path):
    bench.write_countdown_progress(tmp_path)
    loaded = ProgressStore(tmp_path / "progress.json").load()
    assert loaded.problem is None
    assert loaded.progress.page == "code"
    assert loaded.progress.code_received_at is not None
    assert loaded.progress.code_entered_at is None


def test_process_usage_reads_own_threads():
    usage = bench.proc_usage(os.getpid())
    assert usage["threads"] >= 1
    assert usage["cpu_s"] > 0
    assert usage["switches"] >= 0


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


def test_one_startup_pair_gives_ratio_rows(tmp_path):
    ctx = bench.Context(bench.Config(runs=1), tmp_path)
    rows = bench.bench_startup(ctx)
    assert [r.measure for r in rows][:2] == ["Startup: wall time", "Startup: peak RSS"]
    for row in rows:
        assert row.result in ("ok", "MISSED", "info")
        assert len(row.raw["ours"]) == len(row.raw["baseline"]) == 1
        assert all(value > 0 for value in row.raw["ours"] + row.raw["baseline"])
