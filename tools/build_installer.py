#!/usr/bin/env python3
"""Build the Windows installer (NSIS) from the Windows bundle folder.

Usage:
    python tools/build_installer.py [--bundle DIR] [--out DIR] [--makensis PATH] [--max-mb N]

``--bundle`` is the PyInstaller folder that holds optout-assistant.exe (default
dist/optout-assistant, as tools/build_bundle.py leaves it on Windows). Runs makensis on
packaging/windows/installer.nsi and writes ``optout-assistant-<version>-windows-x64-setup.exe``
into ``--out`` (default dist), then adds its line to SHA256SUMS there (next to the portable
zip's, written by ``build_bundle.py --archive``). Fails when the installer is larger than
``--max-mb`` (default 40).

makensis comes from Debian's ``nsis`` package (NSIS 3): the installer is 64-bit, and NSIS's
own Windows download has no 64-bit stubs, so it is built on Linux, in the Windows lane
(tools/windows_lane.sh) and in .github/workflows/bundles.yml, from the folder PyInstaller built
on Windows. Only the standard library is needed (the lane runs this with the Linux Python).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402

SCRIPT = ROOT / "packaging" / "windows" / "installer.nsi"
ICON = ROOT / "resources" / "icons" / "optout-assistant.ico"
EXE = "optout-assistant.exe"
MAX_MB = 40.0


def installer_name(version: str) -> str:
    return f"{build_bundle.NAME}-{version}-windows-x64-setup.exe"


def version4(version: str) -> str:
    """Windows' four-number file version: 0.1.0 -> 0.1.0.0, 1.2.0rc1 -> 1.2.0.0."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers = [n if n <= 65535 else 0 for n in numbers]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def find_makensis(given: str | None) -> str | None:
    if given:
        return given
    return shutil.which("makensis")


def build(bundle: Path, out: Path, makensis: str) -> Path:
    version = build_bundle.version()
    out.mkdir(parents=True, exist_ok=True)
    target = out / installer_name(version)
    target.unlink(missing_ok=True)
    command = [
        makensis,
        "-V2",  # warnings and errors only
        "-WX",  # a warning fails the build
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DVERSION4={version4(version)}",
        f"-DBUNDLE={bundle}",
        f"-DOUTFILE={target}",
        f"-DICON={ICON}",
        str(SCRIPT),
    ]
    subprocess.run(command, check=True)
    if not target.is_file():
        raise RuntimeError(f"makensis wrote no {target}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / build_bundle.NAME)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--makensis", help="path of makensis (default: found on PATH)")
    parser.add_argument("--max-mb", type=float, default=MAX_MB, help="largest allowed size")
    args = parser.parse_args(argv)

    bundle = args.bundle.resolve()
    if not (bundle / EXE).is_file():
        print(f"no {EXE} in {bundle}: build the Windows bundle first", file=sys.stderr)
        return 1
    makensis = find_makensis(args.makensis)
    if makensis is None:
        print(
            "makensis (NSIS 3) not found: install Debian's 'nsis' package, or NSIS on Windows",
            file=sys.stderr,
        )
        return 1
    target = build(bundle, args.out.resolve(), makensis)
    sums = args.out.resolve() / "SHA256SUMS"
    build_bundle.record_checksum(sums, target)
    size_mb = target.stat().st_size / 1e6
    print(f"installer: {target} ({size_mb:.1f} MB)")
    print(f"checksum: {build_bundle.sha256_of(target)} (added to {sums})")
    if size_mb > args.max_mb:
        print(f"the installer is larger than {args.max_mb:g} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
