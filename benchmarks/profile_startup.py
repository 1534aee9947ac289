#!/usr/bin/env python3
"""Where start-up time goes: the real app against the bare baseline wizard.

    python benchmarks/profile_startup.py                # 5 runs per side
    python benchmarks/profile_startup.py --runs 3 --enums --python /path/to/python

Starts ``main.py --data-dir <fresh tmp> --exit-after-startup`` ("ours") and
``benchmarks/baseline_wizard.py`` ("base") in fresh child processes (offscreen, private XDG
folders from ``run.child_env``), alternating. It copies none of the app's start-up steps, so
it measures whatever the app does today. It reports:

1. imports (``python -X importtime``, per-module median over the runs): the total self time
   of each side, the modules only ours imports, and ours' top modules by cumulative time;
2. Python Enum classes created (PySide6 builds one per Qt enum the first time that Qt class's
   enums are touched) and the time inside ``enum.EnumType._create_``; with ``--enums`` also
   the Qt classes whose enums only ours creates;
3. one ``python -m cProfile`` run of ours: the top 25 functions under ``optout_gui/`` by
   cumulative time;
4. one line of median wall time and peak RSS (``os.wait4``) from plain runs (no -X flags).

First it byte-compiles ``optout_gui`` and ``main.py`` (``python -m compileall -q``), as an
installed copy has its bytecode. Scripts started directly (main.py, the baseline) are always
compiled from source by Python; both sides pay that alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

try:  # imported as benchmarks.profile_startup (the tests)
    from benchmarks import run as bench
except ImportError:  # run as a script: benchmarks/ is sys.path[0]
    import run as bench

ROOT = bench.ROOT
MAIN = bench.MAIN
BASELINE = bench.BASELINE
PACKAGE = ROOT / "optout_gui"
TOP_FUNCTIONS = 25

# Run inside the child as ``python -c ENUM_WRAPPER OUT_FILE SCRIPT ARGS...``: counts the Enum
# classes created while SCRIPT runs and writes them to OUT_FILE as JSON.
ENUM_WRAPPER = """\
import enum, json, os, runpy, sys, time
_create = enum.EnumType._create_
made, spent = [], [0.0]
def _counting_create(cls, class_name, *args, **kwargs):
    start = time.perf_counter()
    try:
        result = _create(cls, class_name, *args, **kwargs)
    finally:
        spent[0] += time.perf_counter() - start
    made.append(result)
    return result
enum.EnumType._create_ = _counting_create
out, script = sys.argv[1], sys.argv[2]
sys.argv = sys.argv[2:]
sys.path[0] = os.path.dirname(os.path.abspath(script))
try:
    runpy.run_path(script, run_name="__main__")
finally:
    names = [f"{getattr(e, '__module__', '?')}:{getattr(e, '__qualname__', '?')}" for e in made]
    with open(out, "w", encoding="utf-8") as file:
        json.dump({"ms": spent[0] * 1000, "names": names}, file)
"""


# --- parsing -X importtime output -------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class ImportLine:
    name: str
    self_us: int
    cumulative_us: int
    depth: int  # 0 = imported by the script (or by site) itself
    parent: str | None  # the module whose import first pulled this one in


_IMPORT_LINE = re.compile(r"^import time:\s*(\d+)\s*\|\s*(\d+)\s*\|( +)(\S+)\s*$")


def parse_importtime(text: str) -> list[ImportLine]:
    """The ``import time:`` lines of a child's stderr, in the order printed.

    Python prints a module after everything it imported (post-order), each nesting level
    indented by two more spaces after the second ``|``. Other stderr lines (the header,
    warnings, log messages) are skipped.
    """
    rows: list[tuple[str, int, int, int]] = []
    for line in text.splitlines():
        match = _IMPORT_LINE.match(line.rstrip("\r"))
        if match:
            self_us, cumulative_us, indent, name = match.groups()
            rows.append((name, int(self_us), int(cumulative_us), (len(indent) - 1) // 2))
    parents: list[str | None] = [None] * len(rows)
    waiting: dict[int, list[int]] = {}  # depth -> lines still looking for their importer
    for index, (name, _, _, depth) in enumerate(rows):
        for child in waiting.pop(depth + 1, []):
            parents[child] = name
        waiting.setdefault(depth, []).append(index)
    return [
        ImportLine(name, self_us, cumulative_us, depth, parent)
        for (name, self_us, cumulative_us, depth), parent in zip(rows, parents, strict=True)
    ]


@dataclasses.dataclass(frozen=True)
class ModuleTimes:
    name: str
    self_us: float  # median over the runs that imported it
    cumulative_us: float
    parent: str | None  # most common importer
    runs: int  # how many runs imported it


def median_imports(runs: Sequence[Sequence[ImportLine]]) -> dict[str, ModuleTimes]:
    """Per-module median self and cumulative time over the runs that imported the module."""
    selfs: dict[str, list[int]] = {}
    cumulatives: dict[str, list[int]] = {}
    parents: dict[str, Counter] = {}
    for lines in runs:
        per_run: dict[str, list[int]] = {}
        for line in lines:  # a module removed from sys.modules can be imported twice
            totals = per_run.setdefault(line.name, [0, 0])
            totals[0] += line.self_us
            totals[1] += line.cumulative_us
            parents.setdefault(line.name, Counter())[line.parent] += 1
        for name, (self_us, cumulative_us) in per_run.items():
            selfs.setdefault(name, []).append(self_us)
            cumulatives.setdefault(name, []).append(cumulative_us)
    return {
        name: ModuleTimes(
            name,
            statistics.median(selfs[name]),
            statistics.median(cumulatives[name]),
            parents[name].most_common(1)[0][0],
            len(selfs[name]),
        )
        for name in selfs
    }


def only_in(ours: dict[str, ModuleTimes], base: dict[str, ModuleTimes]) -> list[ModuleTimes]:
    """Modules ours imports and base never does, slowest (median self time) first."""
    extra = [times for name, times in ours.items() if name not in base]
    return sorted(extra, key=lambda t: (-t.self_us, t.name))


def total_self_us(lines: Iterable[ImportLine]) -> int:
    return sum(line.self_us for line in lines)


# --- running the children ---------------------------------------------------------------------
@dataclasses.dataclass
class Side:
    label: str
    plain: list = dataclasses.field(default_factory=list)  # bench.Run
    imports: list[list[ImportLine]] = dataclasses.field(default_factory=list)
    enum_ms: list[float] = dataclasses.field(default_factory=list)
    enum_counts: list[int] = dataclasses.field(default_factory=list)
    enum_names: set[str] = dataclasses.field(default_factory=set)


def checked(run, who: str, what: str):
    if run.returncode != 0:
        tail = (run.stderr.strip().splitlines() or ["no message"])[-1]
        raise bench.ChildFailed(f"{who} ({what}) exited with status {run.returncode}: {tail}")
    return run


def measure(ctx: bench.Context, runs: int, profile_file: Path) -> tuple[Side, Side]:
    py = ctx.config.python
    ours, base = Side("ours"), Side("base")

    def script_args(side: Side) -> list[str]:
        if side is ours:
            return [str(MAIN), "--data-dir", str(ctx.fresh_dir("data")), "--exit-after-startup"]
        return [str(BASELINE)]

    for side in (ours, base):  # warm-up pair: file caches, fontconfig
        checked(ctx.run_timed([py, *script_args(side)]), side.label, "warm-up")
    for _ in range(runs):
        for side in (ours, base):
            side.plain.append(checked(ctx.run_timed([py, *script_args(side)]), side.label, "plain"))
        for side in (ours, base):
            run = checked(
                ctx.run_timed([py, "-X", "importtime", *script_args(side)]),
                side.label,
                "-X importtime",
            )
            side.imports.append(parse_importtime(run.stderr))
        for side in (ours, base):
            out = ctx.fresh_dir("enums") / "enums.json"
            argv = [py, "-c", ENUM_WRAPPER, str(out), *script_args(side)]
            checked(ctx.run_timed(argv), side.label, "enum count")
            made = json.loads(out.read_text(encoding="utf-8"))
            side.enum_ms.append(made["ms"])
            side.enum_counts.append(len(made["names"]))
            side.enum_names.update(made["names"])
    argv = [py, "-m", "cProfile", "-o", str(profile_file), *script_args(ours)]
    checked(ctx.run_timed(argv), "ours", "cProfile")
    return ours, base


# --- report -----------------------------------------------------------------------------------
def ms(us: float) -> str:
    return f"{us / 1000:7.1f}"


def imports_report(ours: Side, base: Side, show: int) -> list[str]:
    ours_t, base_t = median_imports(ours.imports), median_imports(base.imports)
    ours_total = statistics.median(total_self_us(r) for r in ours.imports)
    base_total = statistics.median(total_self_us(r) for r in base.imports)
    out = [
        "1. Imports (-X importtime; medians over the runs)",
        f"   total self time: ours {ours_total / 1000:.1f} ms ({len(ours_t)} modules), "
        f"base {base_total / 1000:.1f} ms ({len(base_t)} modules), "
        f"difference {(ours_total - base_total) / 1000:+.1f} ms",
        "   (imported by: the module whose import first pulled it in; 'top' = the script itself",
        "   or a function at run time, e.g. a lazy import)",
        "",
    ]
    extra = only_in(ours_t, base_t)
    extra_total = sum(t.self_us for t in extra)
    out.append(
        f"   Modules only ours imports: {len(extra)}, together {extra_total / 1000:.1f} ms "
        "self time (sum of medians); slowest first:"
    )
    out.append(f"   {'self ms':>7} {'cum ms':>7}  module  (imported by)")
    for t in extra[:show]:
        out.append(f"   {ms(t.self_us)} {ms(t.cumulative_us)}  {t.name}  ({t.parent or 'top'})")
    rest = extra[show:]
    if rest:
        rest_ms = sum(t.self_us for t in rest) / 1000
        out.append(f"   … {len(rest)} more, together {rest_ms:.1f} ms")
    out += ["", f"   Ours, top {show} modules by cumulative time (includes what they import):"]
    out.append(f"   {'cum ms':>7} {'self ms':>7}  module  (imported by); * = base imports it too")
    top = sorted(ours_t.values(), key=lambda t: (-t.cumulative_us, t.name))[:show]
    for t in top:
        mark = "*" if t.name in base_t else " "
        out.append(
            f"   {ms(t.cumulative_us)} {ms(t.self_us)} {mark}{t.name}  ({t.parent or 'top'})"
        )
    return out


def owner_of(name: str) -> str:
    """'PySide6.QtCore:Qt.AlignmentFlag' -> 'PySide6.QtCore.Qt'."""
    module, _, qualname = name.partition(":")
    owner, _, _ = qualname.rpartition(".")
    return f"{module}.{owner}" if owner else f"{module} (module level)"


def enums_report(ours: Side, base: Side, list_owners: bool) -> list[str]:
    out = ["2. Python Enum classes created (time inside enum.EnumType._create_; medians)"]
    for side in (ours, base):
        counts = sorted(set(side.enum_counts))
        count = str(counts[0]) if len(counts) == 1 else f"{counts[0]}–{counts[-1]}"
        out.append(
            f"   {side.label}: {count} Enum classes, {statistics.median(side.enum_ms):.1f} ms"
        )
    extra = sorted(ours.enum_names - base.enum_names)
    out.append(f"   only ours: {len(extra)} Enum classes")
    if list_owners and extra:
        owners: dict[str, list[str]] = {}
        for name in extra:
            owners.setdefault(owner_of(name), []).append(name.partition(":")[2].rpartition(".")[2])
        out.append(f"   Owners of the Enum classes only ours creates ({len(owners)}):")
        for owner in sorted(owners, key=lambda o: (-len(owners[o]), o)):
            text = f"{owner} ({len(owners[owner])}): {', '.join(owners[owner])}"
            out += textwrap.wrap(text, 96, initial_indent="   ", subsequent_indent="       ")
    return out


def functions_report(profile_file: Path, top: int = TOP_FUNCTIONS) -> list[str]:
    import pstats

    stats = pstats.Stats(str(profile_file)).stats  # (file, line, name) -> (cc, nc, tt, ct, …)
    rows = []
    for (filename, line, function), (_cc, calls, tottime, cumtime, _) in stats.items():
        path = Path(filename)
        if path.is_absolute() and path.resolve().is_relative_to(PACKAGE):
            where = f"{path.resolve().relative_to(ROOT)}:{line}({function})"
            rows.append((cumtime, tottime, calls, where))
    out = [
        f"3. Python functions under optout_gui/ (one cProfile run of ours), top {top} by "
        "cumulative time; cProfile slows everything down, so compare these with each other only"
    ]
    if not rows:
        return out + [f"   none found: the app's code was not loaded from {PACKAGE}"]
    out.append(f"   {'cum ms':>7} {'own ms':>7} {'calls':>6}  function")
    for cumtime, tottime, calls, where in sorted(rows, reverse=True)[:top]:
        out.append(f"   {cumtime * 1000:7.1f} {tottime * 1000:7.1f} {calls:6d}  {where}")
    return out


def summary_line(ours: Side, base: Side) -> str:
    def median(side: Side, get) -> float:
        return statistics.median(get(run) for run in side.plain)

    wall = [median(s, lambda r: r.wall * 1000) for s in (ours, base)]
    rss = [median(s, lambda r: r.maxrss_kib / 1024) for s in (ours, base)]
    return (
        f"4. Plain runs (no -X flags), median of {len(ours.plain)}: wall time ours {wall[0]:.0f} ms"
        f", base {wall[1]:.0f} ms ({wall[0] / wall[1]:.2f}×); peak RSS ours {rss[0]:.1f} MiB, "
        f"base {rss[1]:.1f} MiB ({rss[0] / rss[1]:.2f}×)"
    )


# --- main -------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per side and kind (default 5)")
    parser.add_argument(
        "--enums", action="store_true", help="list the Qt classes whose enums only ours creates"
    )
    parser.add_argument("--show", type=int, default=30, help="modules per import list (30)")
    parser.add_argument("--python", default=sys.executable, help="interpreter for the children")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        bench.compile_bytecode(args.python)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"Stopped: could not byte-compile the package with {args.python}: {exc}")
        return 1
    info = bench.machine_info(args.python)
    print(
        f"Start-up profile, {info['date']}: {info['cpu']}, {info['cores']} cores, Python "
        f"{info['python']}, PySide6 {info['pyside6']}, load {info['load']}.\n"
        f"ours = main.py --data-dir <fresh> --exit-after-startup; base = "
        f"benchmarks/baseline_wizard.py; offscreen, {args.runs} alternating runs per side and "
        "kind after a warm-up pair.\n"
        "Bytecode: optout_gui/ and main.py were compiled first (python -m compileall), as in "
        "an installed copy; the two started scripts themselves always run from source.\n",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="optout-profile-") as tmp:
        ctx = bench.Context(bench.Config(python=args.python), Path(tmp))
        try:
            ours, base = measure(ctx, args.runs, Path(tmp) / "ours.prof")
        except bench.ChildFailed as exc:
            print(f"Stopped: {exc}", file=sys.stderr)
            return 1
        lines = [
            *imports_report(ours, base, args.show),
            "",
            *enums_report(ours, base, args.enums),
            "",
            *functions_report(Path(tmp) / "ours.prof"),
            "",
            summary_line(ours, base),
        ]
    print("\n".join(lines))
    parent = bench._self_maxrss_mib()
    print(f"(this script's own peak RSS {parent:.0f} MiB: child RSS figures can't be lower)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
