#!/usr/bin/env python3
"""Write the compiled twin (``<name>.toml.json``) of each data file the app reads often.

    python tools/compile_data.py           # write every twin that is missing or stale
    python tools/compile_data.py --check   # exit 1 naming each stale twin; write nothing

The TOML files stay the ones to edit. A twin holds the same data as JSON, which Python
reads in C code instead of parsing TOML in Python, and the size and CRC-32 of the TOML it
came from: the app uses it only while they match (optout_gui/core/datafile.py). Run this
after editing a TOML file below; tests/test_compiled_data.py fails until you do.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from optout_gui.core.datafile import compiled_path, compiled_text  # noqa: E402

RESOURCES = ROOT / "resources"
# The files read through core.datafile.read_toml: the guides at every start, the laws,
# authorities and complaint letters when a letter is written.
PATTERNS = ("guides/*.toml", "jurisdictions.toml", "authorities.toml", "complaints/*.toml")


def compiled_files() -> list[Path]:
    return sorted(path for pattern in PATTERNS for path in RESOURCES.glob(pattern))


def stale_twins(paths: list[Path] | None = None) -> list[tuple[Path, str]]:
    """Each TOML file whose twin is missing or differs, with the twin's text it should have."""
    stale = []
    for path in compiled_files() if paths is None else paths:
        raw = path.read_bytes()
        text = compiled_text(raw, tomllib.loads(raw.decode("utf-8")))
        twin = compiled_path(path)
        if not twin.is_file() or twin.read_text(encoding="utf-8") != text:
            stale.append((path, text))
    return stale


def write_twins(paths: list[Path]) -> list[Path]:
    """Write the stale twins among ``paths`` (files not compiled here are left alone)."""
    ours = {path.resolve() for path in compiled_files()}
    written = []
    for path, text in stale_twins([p for p in paths if p.resolve() in ours]):
        twin = compiled_path(path)
        twin.write_text(text, encoding="utf-8", newline="\n")
        written.append(twin)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale twins")
    args = parser.parse_args(argv)
    if args.check:
        stale = [compiled_path(path) for path, _ in stale_twins()]
    else:
        stale = write_twins(compiled_files())
    for twin in stale:
        print(f"{'stale' if args.check else 'wrote'}: {twin.relative_to(ROOT).as_posix()}")
    if not stale:
        print(f"all {len(compiled_files())} twins are up to date")
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
