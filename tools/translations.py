#!/usr/bin/env python3
"""Keep the Qt Linguist translations up to date and compile them.

    python tools/translations.py update    # re-read every tr()/translate() in optout_gui,
                                           # refresh resources/translations/optout_<lang>.ts
                                           # (existing translations are kept; those whose
                                           # source text went are dropped)
    python tools/translations.py compile   # .ts -> resources/translations/optout_<lang>.qm
    python tools/translations.py status    # how many messages each language still lacks

Both use the lupdate/lrelease that ship with PySide6 (pyside6-lupdate, pyside6-lrelease).
The .qm files are build output, kept in git so that a checkout starts in every language
at once: run ``compile`` after every ``update``. tools/build_bundle.py runs ``compile``
before PyInstaller, and a checkout without them compiles each language on first use.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "optout_gui"
FOLDER = ROOT / "resources" / "translations"
TS_RE = re.compile(r"^optout_(\w+)\.ts$")


def languages() -> list[str]:
    return sorted(m.group(1) for p in FOLDER.iterdir() if (m := TS_RE.match(p.name)))


def tool(name: str) -> str:
    """find_tool(), or exit with the reason."""
    found = find_tool(name)
    if found is None:
        sys.exit(f"pyside6-{name} not found: install PySide6 in this Python first")
    return found


def find_tool(name: str) -> str | None:
    """pyside6-<name> next to this Python (a venv) or in its scripts folder, else on PATH.

    On Windows, Qt's own <name>.exe inside the PySide6 package first: the pyside6-<name>.exe
    launcher only starts it through another Python process (and exits with status 1, saying
    nothing, under Wine)."""
    exe = f"pyside6-{name}.exe" if sys.platform == "win32" else f"pyside6-{name}"
    candidates = [Path(sys.executable).parent / exe, Path(sysconfig.get_path("scripts")) / exe]
    if sys.platform == "win32":
        spec = importlib.util.find_spec("PySide6")
        if spec is not None and spec.submodule_search_locations:
            package = Path(next(iter(spec.submodule_search_locations)))
            candidates.insert(0, package / f"{name}.exe")
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    return shutil.which(f"pyside6-{name}")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def update(codes: list[str]) -> None:
    files = sources()
    for code in codes:
        ts = FOLDER / f"optout_{code}.ts"
        # English needs only its plural forms ("1 objection", "2 objections").
        only_plurals = ["-pluralonly", "-target-language", "en"] if code == "en" else []
        # -no-obsolete: a message whose source text changed or went is dropped, not kept as
        # "vanished" (the translators' tool of this project is the .ts file itself).
        subprocess.run(
            [
                tool("lupdate"),
                *files,
                *only_plurals,
                "-no-obsolete",
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def compile_all(codes: list[str]) -> list[Path]:
    written = []
    for code in codes:
        ts = FOLDER / f"optout_{code}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
        print(f"compiled {qm.relative_to(ROOT)}")
    return written


def names(codes: list[str]) -> Path:
    """Write resources/translations/names.json: every language's own name and, per language,
    the names of the guide's countries, all from Babel's CLDR data."""
    import json

    sys.path.insert(0, str(ROOT))
    from optout_gui.core import languages as lang
    from optout_gui.core.guide import load_guide

    countries = sorted(c for c in load_guide().countries if len(c) == 2)
    document = {
        "format": 1,
        "source": "Babel (CLDR); regenerate with: python tools/translations.py names",
        "languages": {code: lang.babel_language_name(code) for code in codes},
        "countries": {
            code: {c: n for c in countries if (n := lang.babel_territories(code).get(c, ""))}
            for code in codes
        },
    }
    path = lang.shipped_names_file()
    path.write_text(
        json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def status(codes: list[str]) -> None:
    import xml.etree.ElementTree as ET

    for code in codes:
        root = ET.parse(FOLDER / f"optout_{code}.ts").getroot()
        messages = root.findall(".//message")
        open_ = [
            m
            for m in messages
            if (t := m.find("translation")) is None
            or t.get("type") in ("unfinished", "vanished", "obsolete")
        ]
        print(f"{code:6} {len(messages) - len(open_):4}/{len(messages)} translated")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "names", "status"))
    parser.add_argument("languages", nargs="*", help="only these codes (default: all)")
    args = parser.parse_args(argv)
    codes = args.languages or languages()
    if args.command == "update":
        update(codes)
    elif args.command == "compile":
        compile_all(codes)
    elif args.command == "names":
        names(sorted(set(codes) | {"en"}))
    else:
        status(codes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
