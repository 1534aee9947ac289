#!/usr/bin/env python3
"""Side-by-side benchmarks for the AI Opt-Out Assistant (issue 9).

    python benchmarks/run.py                  # full run, about a minute
    python benchmarks/run.py --quick          # a 10 s idle window, fewer keystrokes (~30 s)
    python benchmarks/run.py --markdown FILE  # also write the Markdown table to FILE
    python benchmarks/run.py --only startup,idle

Every startup figure is measured against ``benchmarks/baseline_wizard.py`` (a bare 8-page
QWizard) in alternating runs (A B A B ..., after one warm-up pair), because this kind of
machine is shared and noisy; ratios are per pair, reported as median (min-max). A start
ends, on both sides, right after the first window's first paint (``--exit-after-startup``),
what a person sees.

    python benchmarks/run.py --only startup,long-record --main OTHER/main.py

measures another checkout of the app (e.g. the commit before a change) with this script.

The exit status is 1 when a target is missed, so the script can serve as a check. Rows whose
feature does not exist yet print "n/a: <why>" instead of failing.

Design: the parent process stays small and never imports Qt or the app (a child's peak RSS
as reported by wait4 can include its parent's peak, because Linux carries the parent's
high-water mark over fork/exec). Everything measured in-process runs in a worker child:
``run.py --worker NAME``, which prints one JSON object on its last output line.

Data is what the app itself keeps: one ``objections.json`` written through
``ObjectionStore``/``ObjectionSession`` (wired as ``AppController.open_wizard`` does), never the
legacy ``progress.json``. Every timed save really changes what is saved, so each sample writes
the file (with fsync); the workers check that the file changed and say so when it did not.

To add a measurement: write ``def bench_xxx(ctx) -> list[Row]`` and add it to BENCHMARKS.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if sys.platform == "win32":  # no wait4, resource or /proc there
    try:  # imported as benchmarks.run (the tests)
        from benchmarks import winproc
    except ImportError:  # run as a script: benchmarks/ is on sys.path
        import winproc

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"
BASELINE = ROOT / "benchmarks" / "baseline_wizard.py"

# --- targets (issue 9, start-up ratios set in issue 25) ----------------------------------
# Guards, not goals: below them simple code wins over faster code (docs/performance.md).
STARTUP_WALL_RATIO = 1.75
STARTUP_RSS_RATIO = 1.25
LONG_RECORD_WALL_RATIO = 2.5
LONG_RECORD_RSS_RATIO = 1.5
OVERVIEW_MS = 100.0
IDLE_CPU_PERCENT = 0.2  # of one core
IDLE_WAKEUPS_PER_S = 1.25  # "about one wake-up per second"
SAVE_OBJECTIONS_MS = 50.0
KEYSTROKE_MS = 5.0

RECORD_COUNT = 10_000
REASON_BYTES = 100 * 1024


@dataclasses.dataclass
class Config:
    runs: int = 20
    idle_seconds: float = 30.0
    settle_seconds: float = 4.0
    keystrokes: int = 200
    saves: int = 15
    records: int = RECORD_COUNT
    python: str = sys.executable
    quick: bool = False
    main: str = str(MAIN)


@dataclasses.dataclass
class Row:
    measure: str
    ours: str = ""
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    result: str = ""  # "ok", "MISSED", "info" or "n/a: <why>"
    raw: dict = dataclasses.field(default_factory=dict)

    @property
    def missed(self) -> bool:
        return self.result.startswith("MISSED")


def na(measure: str, why: str, target: str = "") -> Row:
    return Row(measure, target=target, result=f"n/a: {why}")


# --- statistics and formatting ----------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Stats:
    median: float
    low: float
    high: float
    count: int


def summarize(values: Sequence[float]) -> Stats:
    if not values:
        raise ValueError("no values to summarize")
    return Stats(statistics.median(values), min(values), max(values), len(values))


def paired_ratios(ours: Sequence[float], baseline: Sequence[float]) -> list[float]:
    """Ratio of each run to the baseline run next to it (A B A B ...)."""
    if len(ours) != len(baseline):
        raise ValueError("ours and baseline need the same number of runs")
    return [a / b for a, b in zip(ours, baseline, strict=True) if b > 0]


def fmt_stats(stats: Stats, unit: str = "", digits: int = 3) -> str:
    def num(value: float) -> str:
        return f"{value:.{digits}g}" if digits else f"{value:.0f}"

    return f"{num(stats.median)}{unit} ({num(stats.low)}–{num(stats.high)})"


def fmt_ratio(stats: Stats) -> str:
    return f"{stats.median:.2f} ({stats.low:.2f}–{stats.high:.2f})"


def verdict(value: float, limit: float) -> str:
    return "ok" if value <= limit else "MISSED"


def format_table(rows: Sequence[Row]) -> str:
    header = ("Measure", "Ours", "Baseline", "Ratio, median (min–max)", "Target", "Result")
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        cells = (row.measure, row.ours, row.baseline, row.ratio, row.target, row.result)
        lines.append("| " + " | ".join(c.replace("|", "\\|") or "–" for c in cells) + " |")
    return "\n".join(lines)


# --- machine ------------------------------------------------------------------------------
def machine_info(python: str) -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    probe = (
        "import platform, importlib.metadata as m\n"
        "v = ''\n"
        "for n in ('PySide6', 'PySide6-Essentials', 'PySide6_Essentials'):\n"
        "    try:\n        v = m.version(n); break\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(platform.python_version(), v)"
    )
    out = subprocess.run([python, "-c", probe], capture_output=True, text=True).stdout.split()
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",) * 3
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": f"{platform.system()} {platform.release()}",
        "python": out[0] if out else "?",
        "pyside6": out[1] if len(out) > 1 else "not installed",
        "load": " ".join(f"{v:.2f}" if isinstance(v, float) else v for v in load),
    }


# --- running children -----------------------------------------------------------------------
@dataclasses.dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds; steadier than wall time on a busy machine
    maxrss_kib: int
    returncode: int
    stderr: str


class Context:
    def __init__(self, config: Config, workdir: Path):
        self.config = config
        self.workdir = workdir
        self.env = child_env(workdir / "home")
        self._counter = 0

    def fresh_dir(self, prefix: str) -> Path:
        self._counter += 1
        path = self.workdir / f"{prefix}-{self._counter}"
        path.mkdir(parents=True)
        return path

    def run_timed(self, argv: Sequence[str]) -> Run:
        """Run a child to the end; wall time and its own peak RSS (from wait4)."""
        with tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(
                list(argv), env=self.env, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT
            )
            if sys.platform == "win32":
                # No wait4 on Windows: the finished process's handle still answers.
                proc.wait()
                wall = time.perf_counter() - start
                cpu = winproc.cpu_seconds(proc._handle)
                maxrss = winproc.peak_rss_kib(proc._handle)
            else:
                _pid, status, usage = os.wait4(proc.pid, 0)
                wall = time.perf_counter() - start
                proc.returncode = os.waitstatus_to_exitcode(status)
                cpu = usage.ru_utime + usage.ru_stime
                maxrss = usage.ru_maxrss
            err.seek(0)
            text = err.read().decode("utf-8", "replace")
        return Run(wall, cpu, maxrss, proc.returncode, text)

    def worker(self, name: str, *args: str, timeout: float = 240) -> dict:
        """Run ``run.py --worker name`` and return the JSON it printed last."""
        argv = [self.config.python, str(Path(__file__).resolve()), "--worker", name, *args]
        proc = subprocess.run(
            argv, env=self.env, capture_output=True, text=True, timeout=timeout, cwd=ROOT
        )
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if not lines:
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return {"error": f"worker {name} failed (status {proc.returncode}): {tail}"}
        return json.loads(lines[-1])


def child_env(home: Path) -> dict[str, str]:
    """Same environment for ours and the baseline: offscreen, private home folders."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = env.get("PYTHONDONTWRITEBYTECODE", "")
    for name, sub in {
        "XDG_DATA_HOME": "data",
        "XDG_CONFIG_HOME": "config",
        "XDG_STATE_HOME": "state",
        "XDG_CACHE_HOME": "cache",
    }.items():
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    runtime = home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    if not env["PYTHONDONTWRITEBYTECODE"]:
        env.pop("PYTHONDONTWRITEBYTECODE")
    return env


def alternate(
    ctx: Context, ours: Callable[[], list[str]], baseline: Callable[[], list[str]], runs: int
) -> tuple[list[Run], list[Run]]:
    """A B A B ... after one warm-up pair; the argv factories run before each start."""
    a_runs, b_runs = [], []
    for index in range(runs + 1):
        a = ctx.run_timed(ours())
        b = ctx.run_timed(baseline())
        for run, who in ((a, "ours"), (b, "baseline")):
            if run.returncode != 0:
                tail = (run.stderr.strip().splitlines() or ["no message"])[-1]
                raise ChildFailed(f"{who} exited with status {run.returncode}: {tail}")
        if index:  # the first pair warms caches
            a_runs.append(a)
            b_runs.append(b)
    return a_runs, b_runs


class ChildFailed(RuntimeError):
    pass


def startup_rows(
    label: str, a_runs: list[Run], b_runs: list[Run], wall_limit: float, rss_limit: float
) -> list[Row]:
    rows = []
    for what, unit, get, limit in (
        ("wall time", " s", lambda r: r.wall, wall_limit),
        ("peak RSS", " MiB", lambda r: r.maxrss_kib / 1024, rss_limit),
        ("CPU time (user+sys)", " s", lambda r: r.cpu, None),
    ):
        ours = [get(r) for r in a_runs]
        base = [get(r) for r in b_runs]
        if not any(ours) or not any(base):  # e.g. Wine: no peak memory of other processes
            rows.append(na(f"{label}: {what}", "this system reported no figure for the child"))
            continue
        ratio = summarize(paired_ratios(ours, base))
        rows.append(
            Row(
                f"{label}: {what}",
                fmt_stats(summarize(ours), unit),
                fmt_stats(summarize(base), unit),
                fmt_ratio(ratio),
                f"ratio ≤ {limit:.2f}" if limit else "",
                verdict(ratio.median, limit) if limit else "info",
                raw={"ours": ours, "baseline": base},
            )
        )
    return rows


# --- benchmarks ------------------------------------------------------------------------------
def bench_startup(ctx: Context) -> list[Row]:
    py = ctx.config.python

    def ours() -> list[str]:
        data = str(ctx.fresh_dir("data"))
        return [py, ctx.config.main, "--data-dir", data, "--exit-after-startup"]

    def base() -> list[str]:
        return [py, str(BASELINE)]

    try:
        a_runs, b_runs = alternate(ctx, ours, base, ctx.config.runs)
    except ChildFailed as exc:
        return [na("Startup", str(exc))]
    return startup_rows("Startup", a_runs, b_runs, STARTUP_WALL_RATIO, STARTUP_RSS_RATIO)


def bench_long_record(ctx: Context) -> list[Row]:
    label = f"Startup, {ctx.config.records:,} objections"
    template = ctx.fresh_dir("long-record")
    made = ctx.worker("make-objections", str(template), str(ctx.config.records))
    if "error" in made:
        return [na(label, made["error"], f"ratio ≤ {LONG_RECORD_WALL_RATIO:.2f}")]
    py = ctx.config.python

    def ours() -> list[str]:
        data = ctx.fresh_dir("data")
        shutil.copytree(template, data, dirs_exist_ok=True)
        return [py, ctx.config.main, "--data-dir", str(data), "--exit-after-startup"]

    def base() -> list[str]:
        return [py, str(BASELINE)]

    try:
        a_runs, b_runs = alternate(ctx, ours, base, ctx.config.runs)
    except ChildFailed as exc:
        return [na(label, str(exc))]
    rows = startup_rows(label, a_runs, b_runs, LONG_RECORD_WALL_RATIO, LONG_RECORD_RSS_RATIO)
    rows[0].measure += f" ({made.get('file_mib', 0):.1f} MiB file)"
    if made.get("overdue_marked"):
        rows.append(
            Row(
                f"One-off: marking {made['overdue_marked']:,} objections overdue at once "
                "(first launch after their month, in-process)",
                f"{made['mark_overdue_ms']:.0f} ms",
                "", "", "–", "info",
            )
        )  # fmt: skip
    return rows


def bench_overview(ctx: Context) -> list[Row]:
    label = f"Open the overview with {ctx.config.records:,} rows (main thread)"
    target = f"≤ {OVERVIEW_MS:.0f} ms"
    data = ctx.fresh_dir("overview")
    made = ctx.worker("make-objections", str(data), str(ctx.config.records))
    if "error" in made:
        return [na(label, made["error"], target)]
    result = ctx.worker("overview", str(data), str(max(5, ctx.config.runs // 2)))
    if "error" in result:
        return [na(label, result["error"], target)]
    stats = summarize(result["ms"])
    return [
        Row(
            label,
            fmt_stats(stats, " ms"),
            "",
            "",
            target,
            verdict(stats.median, OVERVIEW_MS),
            raw=result,
        )
    ]


def bench_idle(ctx: Context) -> list[Row]:
    cfg = ctx.config
    data = ctx.fresh_dir("countdown")
    written = ctx.worker("countdown-store", str(data))
    if "error" in written:
        return [na("Idle with a running countdown", written["error"])]
    ours_cmd = [cfg.python, str(MAIN), "--data-dir", str(data)]
    base_cmd = [cfg.python, str(BASELINE), "--idle"]
    procs = []
    try:
        for cmd in (ours_cmd, base_cmd):
            procs.append(
                subprocess.Popen(
                    cmd, env=ctx.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
                )
            )
        time.sleep(cfg.settle_seconds)
        for proc, who in zip(procs, ("ours", "baseline"), strict=True):
            if proc.poll() is not None:
                err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
                return [
                    na(
                        "Idle with a running countdown",
                        f"{who} exited early: " + (err[-1] if err else f"status {proc.returncode}"),
                    )
                ]
        saved = ctx.worker("read-store", str(data))
        before = [(time.perf_counter(), proc_usage(p.pid)) for p in procs]
        time.sleep(cfg.idle_seconds)
        after = [(time.perf_counter(), proc_usage(p.pid)) for p in procs]
    finally:
        for proc in procs:
            stop(proc)
    figures = []
    for (t0, u0), (t1, u1) in zip(before, after, strict=True):
        wall = t1 - t0
        figures.append(
            {
                "cpu_percent": 100 * (u1["cpu_s"] - u0["cpu_s"]) / wall,
                "wakeups_per_s": None
                if u1["switches"] is None
                else (u1["switches"] - u0["switches"]) / wall,
                "preempted_per_s": None
                if u1.get("preempted") is None
                else (u1["preempted"] - u0["preempted"]) / wall,
                "threads": u1["threads"],
                "cpu_source": u1["source"],
            }
        )
    ours, base = figures
    # Figures taken while the app is not showing the countdown don't answer the question.
    page = saved.get("page")
    if "error" in saved:
        wrong_page = f"MISSED: the saved objection could not be read ({saved['error']})"
    elif page != "code":
        wrong_page = f"MISSED: the app opened on page {page!r}, not 'code'"
    elif not saved.get("code_running"):
        wrong_page = "MISSED: the code's countdown was not running"
    else:
        wrong_page = ""
    window = f"{cfg.idle_seconds:g} s"
    cpu_ratio = ours["cpu_percent"] / base["cpu_percent"] if base["cpu_percent"] else float("inf")
    wake_ratio = (
        ours["wakeups_per_s"] / base["wakeups_per_s"]
        if base["wakeups_per_s"] and ours["wakeups_per_s"] is not None
        else float("inf")
    )
    wakeups = f"Idle, countdown running, {window}: wake-ups"
    if ours["wakeups_per_s"] is None or base["wakeups_per_s"] is None:
        wake_row = na(wakeups, "this system counts no context switches per process")
    else:
        preempted = (
            ""
            if ours["preempted_per_s"] is None
            else f"; preempted {ours['preempted_per_s']:.2f}/s"
        )
        wake_row = Row(
            wakeups,
            f"{ours['wakeups_per_s']:.2f}/s ({ours['threads']} threads{preempted})",
            f"{base['wakeups_per_s']:.2f}/s ({base['threads']} threads)",
            f"{wake_ratio:.2f}",
            f"≤ {IDLE_WAKEUPS_PER_S}/s (absolute)",
            wrong_page or verdict(ours["wakeups_per_s"], IDLE_WAKEUPS_PER_S),
        )
    return [
        Row(
            f"Idle, countdown running, {window}: CPU",
            f"{ours['cpu_percent']:.3f} % of a core",
            f"{base['cpu_percent']:.3f} %",
            f"{cpu_ratio:.2f}",
            f"≤ {IDLE_CPU_PERCENT} % (absolute)",
            wrong_page or verdict(ours["cpu_percent"], IDLE_CPU_PERCENT),
            raw={"ours": ours, "baseline": base, "saved": saved},
        ),
        wake_row,
    ]


def bench_save(ctx: Context) -> list[Row]:
    data = ctx.fresh_dir("save")
    rows = []
    one = ctx.worker("save-objection", str(data / "one"), str(ctx.config.saves))
    if "error" in one:
        rows.append(na("Save one objection (ObjectionStore, fsync)", one["error"]))
    else:
        for key, label in (
            ("ms", "Save one objection (ObjectionStore, fsync)"),
            ("ms_big", "Save one objection with a 100 KB reason"),
        ):
            row = Row(label, fmt_stats(summarize(one[key]), " ms"), result="info", raw=one)
            if one.get("unwritten", {}).get(key):
                row.result = f"info; {one['unwritten'][key]} call(s) left the file unchanged"
            rows.append(row)
    target = f"≤ {SAVE_OBJECTIONS_MS:.0f} ms median"
    label = f"Save {ctx.config.records:,} objections atomically"
    objections = ctx.worker(
        "save-objections", str(data / "objections"), str(ctx.config.records), str(ctx.config.saves)
    )
    if "error" in objections:
        rows.append(na(label, objections["error"], target))
    else:
        stats = summarize(objections["ms"])
        rows.append(
            Row(
                f"{label} ({objections.get('file_mib', 0):.1f} MiB)",
                fmt_stats(stats, " ms"),
                "",
                "",
                target,
                verdict(stats.median, SAVE_OBJECTIONS_MS),
                raw=objections,
            )
        )
    return rows


def bench_typing(ctx: Context) -> list[Row]:
    target = f"≤ {KEYSTROKE_MS:.0f} ms median"
    label = (
        "Typing in an 18,000-character reason (the limit is 20,000; paragraphs): one "
        "keystroke incl. autosave scheduling"
    )
    result = ctx.worker("typing", str(ctx.fresh_dir("typing")), str(ctx.config.keystrokes))
    if "error" in result:
        return [na(label, result["error"], target)]
    stats = summarize(result["ms"])
    rows = [
        Row(
            label + result.get("note", ""),
            fmt_stats(stats, " ms"),
            "",
            "",
            target,
            verdict(stats.median, KEYSTROKE_MS),
            raw=result,
        )
    ]
    if result.get("one_paragraph_ms"):
        rows.append(
            Row(
                "Typing in an 18,000-character reason that is one single paragraph",
                fmt_stats(summarize(result["one_paragraph_ms"]), " ms"),
                result="info",
            )
        )
    autosave = "Autosave of that reason when typing pauses (main thread, fsync)"
    if result.get("autosave_error"):
        rows.append(na(autosave, result["autosave_error"]))
    elif result.get("autosave_ms"):
        rows.append(
            Row(autosave, fmt_stats(summarize(result["autosave_ms"]), " ms"), result="info")
        )
    return rows


BENCHMARKS: dict[str, Callable[[Context], list[Row]]] = {
    "startup": bench_startup,
    "long-record": bench_long_record,
    "overview": bench_overview,
    "idle": bench_idle,
    "save": bench_save,
    "typing": bench_typing,
}


# --- helpers for the idle measurement -----------------------------------------------------
def proc_usage(pid: int) -> dict:
    """CPU seconds (schedstat, ns precision; else utime+stime) and context switches, all
    threads of the process summed. On Windows: GetProcessTimes, and no switch count (None).

    "switches" are voluntary ones: each time a thread went to sleep, i.e. one per wake-up of
    an idle process. "preempted" (nonvoluntary: the scheduler took the CPU from a running
    thread) is no wake-up; it grows with the machine's load, not with the app's timers
    (measured 2026-12-01: 1.00 wake-ups/s either way, 0 to 4.9 preemptions/s)."""
    if sys.platform == "win32":
        return winproc.proc_usage(pid)
    cpu_ns = 0
    switches = 0
    preempted = 0
    threads = 0
    schedstat = True
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text(encoding="utf-8")
            try:
                cpu_ns += int((task / "schedstat").read_text(encoding="utf-8").split()[0])
            except (OSError, ValueError, IndexError):
                schedstat = False
        except OSError:
            continue  # the thread ended meanwhile
        threads += 1
        for line in status.splitlines():
            if line.startswith("voluntary_ctxt_switches"):
                switches += int(line.split()[1])
            elif line.startswith("nonvoluntary_ctxt_switches"):
                preempted += int(line.split()[1])
    if schedstat:
        return {
            "cpu_s": cpu_ns / 1e9,
            "switches": switches,
            "preempted": preempted,
            "threads": threads,
            "source": "schedstat",
        }
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    return {
        "cpu_s": ticks / os.sysconf("SC_CLK_TCK"),
        "switches": switches,
        "preempted": preempted,
        "threads": threads,
        "source": "stat",
    }


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# =========================================================================================
# Workers: run in a child process, may import Qt and the app, print one JSON line.
# =========================================================================================
class AdapterError(Exception):
    """A feature the benchmark needs is not there (yet); the message says which."""


def _import(name: str):
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise AdapterError(f"{name} not importable ({exc.name or exc})") from None


# --- the objection tracker (optout_gui.core.storage.store) ---------------------------------------
def build_objections(data_dir: Path, count: int):
    """A store of ``count`` objections with full histories (tools/bench_objections.py)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import bench_objections

    return bench_objections.build(Path(data_dir), count)


def open_overview(store):
    """Build and show the overview for ``store``, as the app does on launch."""
    from optout_gui.ui.tracker.overview import OverviewWidget

    widget = OverviewWidget(store)
    widget.show()
    return widget


# --- worker entry points --------------------------------------------------------------------
def worker_make_objections(data_dir: str, count: str) -> dict:
    """The record as it sits on disk after use: the launch that found these objections past
    their month has already marked them overdue (a one-off, timed here separately)."""
    from optout_gui.core.reminders import local_zone, mark_overdue

    store = build_objections(Path(data_dir), int(count))
    start = time.perf_counter()
    overdue = mark_overdue(store, dt.datetime.now(dt.UTC), local_zone())
    one_off_ms = (time.perf_counter() - start) * 1000
    return {
        "file_mib": store.path.stat().st_size / 2**20,
        "overdue_marked": len(overdue),
        "mark_overdue_ms": one_off_ms,
    }


def worker_save_objections(data_dir: str, count: str, repeats: str) -> dict:
    """One objection changes, then the whole record is saved atomically (as the app does)."""
    store = build_objections(Path(data_dir), int(count))
    some_id = store.ids()[len(store) // 2]
    times = []
    for n in range(int(repeats) + 1):
        record = store.get(some_id)
        record.label = f"changed {n}"
        store.touch(record)
        start = time.perf_counter()
        if not store.save():
            raise AdapterError(f"saving failed: {store.save_error}")
        times.append((time.perf_counter() - start) * 1000)
    return {"ms": times[1:], "file_mib": store.path.stat().st_size / 2**20}


def worker_save_objection(data_dir: str, repeats: str) -> dict:
    """One objection in objections.json; each timed call is the wizard's
    ``ObjectionSession.update(reason=...)`` with a reason that differs from the saved one
    (two texts in turn), so every call writes the file (atomically, with fsync)."""
    session = objection_session(Path(data_dir), _answers(page="fill_form"))
    path = session.store.path
    short = "I do not want my photos used to train AI."
    result: dict = {"unwritten": {}}
    for key, text in (("ms", short), ("ms_big", _long_reason())):
        texts = (text, text[:-1] + ("." if text.endswith("!") else "!"))
        session.update(reason=texts[1])  # warm-up
        times = []
        unwritten = 0
        for n in range(int(repeats)):
            before = path.stat().st_mtime_ns, path.read_bytes()
            start = time.perf_counter()
            ok = session.update(reason=texts[n % 2])
            times.append((time.perf_counter() - start) * 1000)
            if not ok:
                raise AdapterError(f"saving failed: {session.store.save_error}")
            if (path.stat().st_mtime_ns, path.read_bytes()) == before:
                unwritten += 1
        result[key] = times
        result["unwritten"][key] = unwritten
    result["file_bytes"] = path.stat().st_size
    return result


def _answers(**more) -> dict:
    return {
        "account": "facebook",
        "country": "DE",
        "email": "jane.doe@example.com",
        "reason": "",
        **more,
    }


def _form_url_lookup(guide=None) -> Callable[[str | None], str | None]:
    """The controller's ``default_form_url``: the account's form link from the guide."""
    if guide is None:
        guide = _import("optout_gui.core.guide").load_guide()
    return guide.form_url


def objection_session(data_dir: Path, answers: dict, guide=None):
    """objections.json in ``data_dir`` with one objection whose answers are ``answers``,
    written as the wizard writes them: a new unsaved record, then its answers through an
    ``ObjectionSession`` (which saves and moves the status forward). Returns the session."""
    store = _import("optout_gui.core.storage.store").ObjectionStore.in_folder(Path(data_dir))
    store.load()
    record = store.new(save=False)
    session = _import("optout_gui.core.session").ObjectionSession(
        store, record.id, default_form_url=_form_url_lookup(guide)
    )
    if not session.update(**answers):
        raise AdapterError(f"saving failed: {store.save_error}")
    return session


def write_countdown_objection(data_dir: Path, now: dt.datetime | None = None) -> str:
    """objections.json with one objection whose code arrived ``now`` (default: now) and is
    counting down: the form was opened, then ``CodeTimer.start()`` saved the attempt. The
    app opens such an objection straight on the code page. Returns the objection's id."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    session = objection_session(
        data_dir,
        _answers(
            reason="I do not want my photos used to train AI.",
            page="open_form",
            form_opened_at=(now - dt.timedelta(minutes=5)).isoformat(),
        ),
    )
    expires = now + dt.timedelta(hours=1)  # core.countdown: a code lasts one hour
    attempts = [{"received_at": now.isoformat(), "expires_at": expires.isoformat()}]
    # What CodeTimer.start() saves, then the code page being shown.
    ok = session.update(
        code_attempts=attempts,
        code_received_at=now.isoformat(),
        code_entered_at=None,
        code_skipped=False,
    ) and session.update(page="code")
    if not ok:
        raise AdapterError(f"saving failed: {session.store.save_error}")
    return session.record_id


def read_countdown_state(data_dir: Path, now: dt.datetime | None = None) -> dict:
    """What objections.json says now: the last objection's page, status and whether its code
    is still counting down (the controller's test for opening on the code page)."""
    countdown = _import("optout_gui.core.code_state")
    progress = _import("optout_gui.core.progress")
    store = _import("optout_gui.core.storage.store").ObjectionStore.in_folder(Path(data_dir))
    problem = store.load()
    if problem is not None or not len(store):
        raise AdapterError(f"no objection saved ({problem.kind if problem else 'empty'})")
    record = store.get(store.ids()[-1])
    answers = record.answers
    left = None
    if answers.code_received_at and not (answers.code_entered_at or answers.code_skipped):
        received = progress.from_iso(answers.code_received_at)
        left = countdown.remaining(received, now or dt.datetime.now(dt.UTC)).total_seconds()
    return {
        "objections": len(store),
        "page": answers.page,
        "status": record.status.value,
        "code_running": left is not None and left > 0,
        "seconds_left": left,
    }


def _long_reason(paragraphs: bool = True, size: int = REASON_BYTES) -> str:
    """``size`` bytes of ASCII text (100 KB unless given): paragraphs of ~700 characters,
    or one single paragraph."""
    sentence = (
        "I do not want my posts, photos and messages used to train AI models. "
        "They were shared with friends and family, not for that purpose. "
    )
    paragraph = sentence * 5
    text = ""
    while len(text.encode()) < size:
        text += paragraph + ("\n\n" if paragraphs else "")
    return text[:size]


def _typed_reason(paragraphs: bool = True) -> str:
    """A reason near the longest the editor takes (core.limits.REASON_MAX), with room left
    for the keys the benchmark types (past the limit, keys would be cut off)."""
    limits = _import("optout_gui.core.limits")
    return _long_reason(paragraphs, limits.REASON_MAX - 2_000)


def _app_with_wizard(data_dir: Path, page: str):
    """QApplication + the real wizard on one objection resumed at ``page``, wired as
    ``AppController.open_wizard`` does (ObjectionStore + ObjectionSession)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    guide_mod = _import("optout_gui.core.guide")
    wizard_mod = _import("optout_gui.ui.wizard.window")
    app = QApplication.instance() or QApplication(["bench"])
    guide = guide_mod.load_guide()
    session = objection_session(data_dir, _answers(page=page), guide)
    window = wizard_mod.ObjectionWizard(guide, session)
    window.resume()  # before show(), as the controller does
    window.show()
    app.processEvents()
    return app, window


def worker_typing(data_dir: str, keystrokes: str) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    app, window = _app_with_wizard(Path(data_dir), "fill_form")
    editor = window.findChild(QWidget, "reason")
    if editor is None:
        raise AdapterError("no widget named 'reason' in the wizard")
    for _ in range(10):  # walk to the editor's page if resuming did not get there
        if editor.isVisible():
            break
        window.next()
        app.processEvents()
    note = "" if editor.isVisible() else " (editor not visible)"
    keys = [Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_Space, Qt.Key.Key_C, Qt.Key.Key_Backspace]

    def type_into(text: str, count: int) -> list[float]:
        editor.setPlainText(text)
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        app.processEvents()
        times = []
        for index in range(count + 5):
            start = time.perf_counter()
            QTest.keyClick(editor, keys[index % len(keys)])
            app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            if index >= 5:  # the first few lay out the document
                times.append(elapsed)
        return times

    one_paragraph = type_into(_typed_reason(paragraphs=False), max(20, int(keystrokes) // 4))
    times = type_into(_typed_reason(), int(keystrokes))
    autosave, autosave_error = _time_autosaves(app, window, editor, keys, 10)
    window.close()
    return {
        "ms": times,
        "one_paragraph_ms": one_paragraph,
        "autosave_ms": autosave,
        "autosave_error": autosave_error,
        "note": note,
    }


def _time_autosaves(app, window, editor, keys, count: int) -> tuple[list[float], str]:
    """Time ``save_reason()`` right after one key (typed untimed), so each call flushes a
    changed long reason through the session into objections.json (fsync). Returns the
    times and an error text ("" when every call wrote the typed text to the file)."""
    from PySide6.QtTest import QTest

    page = editor.parent()
    while page is not None and not hasattr(page, "save_reason"):
        page = page.parent()
    if page is None:
        return [], "no page with save_reason() around the editor"
    path = window.session.store.path
    page.save_reason()  # what typing left pending: not a sample
    times = []
    unchanged = 0
    for index in range(count):
        before = path.read_bytes() if path.exists() else b""
        QTest.keyClick(editor, keys[index % len(keys)])
        app.processEvents()
        start = time.perf_counter()
        page.save_reason()
        times.append((time.perf_counter() - start) * 1000)
        if (path.read_bytes() if path.exists() else b"") == before:
            unchanged += 1
    if unchanged:
        return times, f"{unchanged} of {count} autosaves left objections.json unchanged"
    saved = _import("optout_gui.core.storage.store").ObjectionStore(path)
    saved.load()
    reason = saved.get(window.session.record_id).answers.reason
    if reason != editor.toPlainText():
        return times, "objections.json does not hold the text in the editor"
    return times, ""


def worker_overview(data_dir: str, repeats: str) -> dict:
    """Main-thread time from reading objections.json to the painted overview."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from optout_gui.core.storage.store import ObjectionStore

    app = QApplication.instance() or QApplication(["bench"])
    times = []
    for _ in range(int(repeats) + 1):
        start = time.perf_counter()
        store = ObjectionStore.in_folder(Path(data_dir))
        store.load()
        widget = open_overview(store)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return {"ms": times[1:]}


WORKERS: dict[str, Callable[..., dict]] = {
    "make-objections": worker_make_objections,
    "save-objections": worker_save_objections,
    "save-objection": worker_save_objection,
    "countdown-store": lambda data_dir: {"id": write_countdown_objection(Path(data_dir))},
    "read-store": lambda data_dir: read_countdown_state(Path(data_dir)),
    "typing": worker_typing,
    "overview": worker_overview,
}


def run_worker(name: str, args: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    try:
        result = WORKERS[name](*args)
    except AdapterError as exc:
        result = {"error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - report, never crash the whole benchmark
        result = {"error": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(result))
    return 0


# =========================================================================================
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (under a minute)")
    parser.add_argument("--runs", type=int, help="startup runs per side (default 20, quick 10)")
    parser.add_argument("--idle-seconds", type=float, help="idle window (default 30, quick 10)")
    parser.add_argument("--records", type=int, default=RECORD_COUNT)
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table to FILE")
    parser.add_argument("--json", metavar="FILE", help="write raw figures to FILE")
    parser.add_argument("--python", default=sys.executable, help="interpreter for the children")
    parser.add_argument(
        "--main", default=str(MAIN), help="the app's main.py to measure (default: this checkout's)"
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def make_config(args: argparse.Namespace) -> Config:
    config = Config(python=args.python, records=args.records, quick=args.quick, main=args.main)
    if args.quick:
        config = dataclasses.replace(
            config, runs=10, idle_seconds=10.0, settle_seconds=2.5, keystrokes=60, saves=10
        )
    if args.runs is not None:
        config.runs = args.runs
    if args.idle_seconds is not None:
        config.idle_seconds = args.idle_seconds
    return config


def selected(only: str | None) -> list[str]:
    if not only:
        return list(BENCHMARKS)
    names = [name.strip() for name in only.split(",") if name.strip()]
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)}")
    return names


def compile_bytecode(python: str, main: str = str(MAIN)) -> None:
    """Measure the app as people run it: an installed copy has its bytecode (pip compiles
    it), and a checkout has it after the first start, unless PYTHONDONTWRITEBYTECODE is set
    (it is on some machines; the baseline's PySide6 is always compiled)."""
    subprocess.run(
        [python, "-m", "compileall", "-q", "optout_gui"],
        cwd=Path(main).resolve().parent,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def render_report(info: dict[str, str], config: Config, rows: Sequence[Row]) -> str:
    mode = "quick" if config.quick else "full"
    head = (
        f"Benchmarks ({mode} run), {info['date']}: {info['cpu']}, {info['cores']} cores, "
        f"{info['os']}, Python {info['python']}, PySide6 {info['pyside6']}, load average "
        f"{info['load']}. Startup: {config.runs} alternating runs per side after a warm-up "
        f"pair, offscreen; baseline = benchmarks/baseline_wizard.py. The app's bytecode was "
        f"compiled first, as an installed copy (or any start after the first) has it."
    )
    return head + "\n\n" + format_table(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return run_worker(args.worker[0], args.worker[1:])
    config = make_config(args)
    names = selected(args.only)
    compile_bytecode(config.python, config.main)
    info = machine_info(config.python)
    if config.main != str(MAIN):
        print(f"Measuring the app of {config.main}", flush=True)
    print(
        f"Machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, "
        f"PySide6 {info['pyside6']}, {info['date']}, load {info['load']}",
        flush=True,
    )
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="optout-bench-") as tmp:
        ctx = Context(config, Path(tmp))
        for name in names:
            started = time.perf_counter()
            print(f"… {name}", end="", flush=True)
            try:
                new = BENCHMARKS[name](ctx)
            except Exception as exc:  # noqa: BLE001 - one broken row must not hide the rest
                new = [na(name, f"{type(exc).__name__}: {exc}")]
            rows.extend(new)
            print(f" ({time.perf_counter() - started:.0f} s)", flush=True)
    parent_rss = _self_maxrss_mib()
    report = render_report(info, config, rows)
    print()
    print(report)
    print(f"(parent process peak RSS {parent_rss:.0f} MiB: child RSS figures can't be lower)")
    if args.markdown:
        Path(args.markdown).write_text(report, encoding="utf-8")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "machine": info,
                    "config": dataclasses.asdict(config),
                    "rows": [dataclasses.asdict(row) for row in rows],
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    missed = [row.measure for row in rows if row.missed]
    if missed:
        print("Targets missed: " + "; ".join(missed))
        return 1
    return 0


def _self_maxrss_mib() -> float:
    if sys.platform == "win32":
        return winproc.self_peak_rss_kib() / 1024
    import resource  # POSIX only

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
