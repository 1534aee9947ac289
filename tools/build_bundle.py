#!/usr/bin/env python3
"""Build the standalone app folder with PyInstaller, then report its size and start time.

Usage:
    python -m pip install -e ".[bundle]"     # once: the app's packages plus PyInstaller
    python tools/build_bundle.py [--dist DIR] [--work DIR] [--runs N] [--no-measure] [--archive]

It compiles the translations (tools/translations.py compile), then runs PyInstaller on
packaging/optout-assistant.spec (works offline from PyPI packages; the spec leaves out what
the app never loads). The result is dist/optout-assistant/ (Linux, Windows) or
dist/AI Opt-Out Assistant.app (macOS). On Linux it then removes debug information from the
bundled libraries (``strip --strip-debug``, only files that carry it; symbols stay).
Then it prints the folder's size and the median wall time of ``--exit-after-startup`` over a
few runs, with Qt's offscreen platform and a throw-away data folder.

``--archive`` also writes dist/optout-assistant-<version>-<system>-<machine>.tar.gz (e.g.
``optout-assistant-0.3.0-linux-x86_64.tar.gz``; on Windows the portable
``optout-assistant-0.3.0-windows-x64.zip``) and dist/SHA256SUMS; check a download with
``sha256sum -c SHA256SUMS`` in the folder that holds both (on Windows: PowerShell's
``Get-FileHash``, docs/windows-installer.md). tools/build_installer.py then adds the Windows
installer to the same SHA256SUMS.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
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


def version() -> str:
    text = (ROOT / "optout_gui" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def _has_debug_info(path: Path) -> bool:
    """True for an ELF file with .debug_* sections (read from its section headers)."""
    try:
        with path.open("rb") as f:
            head = f.read(64)
            if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
                return False  # only 64-bit little-endian ELF (what this builds on)
            shoff = int.from_bytes(head[40:48], "little")
            shentsize = int.from_bytes(head[58:60], "little")
            shnum = int.from_bytes(head[60:62], "little")
            shstrndx = int.from_bytes(head[62:64], "little")
            if not shoff or not shnum or shstrndx >= shnum:
                return False
            f.seek(shoff)
            table = f.read(shentsize * shnum)
            names = table[shstrndx * shentsize : (shstrndx + 1) * shentsize]
            f.seek(int.from_bytes(names[24:32], "little"))
            strings = f.read(int.from_bytes(names[32:40], "little"))
    except OSError:
        return False
    for index in range(shnum):
        offset = int.from_bytes(table[index * shentsize : index * shentsize + 4], "little")
        if strings[offset:].startswith(b".debug_"):
            return True
    return False


def strip_debug_info(folder: Path) -> tuple[int, int]:
    """``strip --strip-debug`` on the ELF files that carry debug information (libpython and
    the Python extension modules of some builds: about 17 MB here). Symbols stay, so
    nothing that looks a symbol up at run time can break. Returns (files, bytes saved)."""
    strip = shutil.which("strip")
    if strip is None:
        print("note: 'strip' (binutils) not found: debug information left in", file=sys.stderr)
        return 0, 0
    files = saved = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            if path.is_symlink() or not _has_debug_info(path):
                continue
            before = path.stat().st_size
            subprocess.run([strip, "--strip-debug", str(path)], check=True)
            files += 1
            saved += before - path.stat().st_size
    return files, saved


def archive_name() -> str:
    if sys.platform == "win32":  # a zip, which Windows opens without extra programs
        return f"{NAME}-{version()}-windows-x64.zip"
    system = {"darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{NAME}-{version()}-{system}-{machine}.tar.gz"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_checksum(sums: Path, file: Path) -> None:
    """Add ``file``'s line to the SHA256SUMS file ``sums`` (replacing an older line for the
    same name), in the format ``sha256sum -c`` reads; lines sorted by file name."""
    lines = {}
    if sums.exists():
        for line in sums.read_text(encoding="utf-8").splitlines():
            digest, _, name = line.partition("  ")
            if name:
                lines[name] = digest
    lines[file.name] = sha256_of(file)
    text = "".join(f"{lines[name]}  {name}\n" for name in sorted(lines))
    sums.write_bytes(text.encode("utf-8"))  # \n also on Windows: one format everywhere


def write_archive(dist: Path) -> tuple[Path, Path]:
    """dist/<archive_name()> holding the bundle folder (a .tar.gz; a .zip on Windows), and a
    new dist/SHA256SUMS listing it."""
    folder = bundle_dir(dist)
    target = dist / archive_name()

    def neutral(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(dist).as_posix())
    else:
        with tarfile.open(target, "w:gz", compresslevel=9) as tar:
            tar.add(folder, arcname=folder.name, filter=neutral)
    sums = dist / "SHA256SUMS"
    sums.unlink(missing_ok=True)
    record_checksum(sums, target)
    return target, sums


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
    parser.add_argument(
        "--archive",
        action="store_true",
        help="also write the .tar.gz of the bundle and its SHA256SUMS into the output folder",
    )
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
    if sys.platform.startswith("linux"):
        files, saved = strip_debug_info(folder)
        print(f"debug information stripped: {files} files, {saved / 1e6:.1f} MB")
    print(f"size: {folder_size(folder) / 1e6:.1f} MB")
    if args.archive:
        target, sums = write_archive(args.dist.resolve())
        print(f"archive: {target} ({target.stat().st_size / 1e6:.1f} MB)")
        print(f"checksum: {sums} (check with: cd {sums.parent} && sha256sum -c SHA256SUMS)")
    if not args.no_measure and args.runs > 0:
        times = startup_times(exe, args.runs)
        print(
            f"start time (--exit-after-startup, offscreen, median of {len(times)}): "
            f"{statistics.median(times):.3f} s  (all: {', '.join(f'{t:.3f}' for t in times)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
