#!/usr/bin/env python3
"""Build the standalone app folder with PyInstaller, then report its size and start time.

Usage:
    python -m pip install -e ".[bundle]"     # once: the app's packages plus PyInstaller
    python tools/build_bundle.py [--dist DIR] [--work DIR] [--runs N] [--no-measure]

It compiles the translations (tools/translations.py compile), then runs PyInstaller on
packaging/optout-assistant.spec (works offline from PyPI packages).
The result is dist/optout-assistant/ (Linux, Windows) or dist/AI Opt-Out Assistant.app (macOS).
Then it prints the folder's size and the median wall time of ``--exit-after-startup`` over a
few runs, with Qt's offscreen platform and a throw-away data folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "optout-assistant.spec"
NAME = "optout-assistant"
APP_NAME = "AI Opt-Out Assistant"


def bundle_dir(dist: Path) -> Path:
    """The folder to ship: the .app on macOS, the onedir folder elsewhere."""
    if sys.platform == "darwin":
        return dist / f"{APP_NAME}.app"
    return dist / NAME


def executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return bundle_dir(dist) / "Contents" / "MacOS" / NAME
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / NAME / f"{NAME}{suffix}"


def folder_size(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            file = Path(dirpath) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def compile_translations() -> None:
    """The bundle has no lrelease: ship every language compiled (resources/translations/*.qm)."""
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "compile"], check=True, cwd=ROOT
    )


def build(dist: Path, work: Path) -> float:
    """Compile the translations, then run PyInstaller; returns the seconds it took."""
    compile_translations()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - started


def startup_times(exe: Path, runs: int) -> list[float]:
    """Wall seconds of ``exe --exit-after-startup`` under the offscreen platform."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    with tempfile.TemporaryDirectory(prefix="optout-measure-") as data_dir:
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(
                [str(exe), "--exit-after-startup", "--data-dir", data_dir],
                check=True,
                env=env,
                timeout=120,
            )
            times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs to time (median)")
    parser.add_argument("--no-measure", action="store_true", help="build only")
    args = parser.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            "PyInstaller is not installed. Install it with:\n"
            f'  {sys.executable} -m pip install -e ".[bundle]"',
            file=sys.stderr,
        )
        return 1

    seconds = build(args.dist.resolve(), args.work.resolve())
    folder = bundle_dir(args.dist.resolve())
    exe = executable(args.dist.resolve())
    print(f"bundle: {folder}")
    print(f"executable: {exe}")
    print(f"build time: {seconds:.1f} s")
    print(f"size: {folder_size(folder) / 1e6:.1f} MB")
    if not args.no_measure and args.runs > 0:
        times = startup_times(exe, args.runs)
        print(
            f"start time (--exit-after-startup, offscreen, median of {len(times)}): "
            f"{statistics.median(times):.3f} s  (all: {', '.join(f'{t:.3f}' for t in times)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
