"""Every text file the project reads or writes names its encoding (UTF-8).

Without ``encoding=``, Python uses the locale's encoding: cp1252 on most Windows machines,
which garbles (or refuses) anything beyond ASCII. This scans the project's own Python files
for text-mode ``open()``, ``Path.open()``, ``read_text()`` and ``write_text()`` calls that
don't say which encoding they mean.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("optout_gui", "tests", "tools", "benchmarks", "packaging")
FILES = ("main.py", "conftest.py")


def python_files() -> list[Path]:
    files = [ROOT / name for name in FILES]
    for folder in FOLDERS:
        files += sorted((ROOT / folder).rglob("*.py"))
    return files


def _mode(call: ast.Call, position: int) -> str | None:
    """The mode argument if it is a literal (positional at ``position`` or mode=)."""
    for keyword in call.keywords:
        if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        return str(call.args[position].value)
    return None


def unnamed_encodings(source: str) -> list[tuple[int, str]]:
    """(line, call) of each text-file call without an encoding."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if any(k.arg == "encoding" or k.arg is None for k in node.keywords):
            continue  # encoding given (or passed on with **kwargs)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("read_text", "write_text"):
            found.append((node.lineno, f".{func.attr}()"))
        elif isinstance(func, ast.Name) and func.id == "open":
            mode = _mode(node, 1)
            if mode is None or "b" not in mode:
                found.append((node.lineno, "open()"))
        elif isinstance(func, ast.Attribute) and func.attr == "open":
            # path.open("w"): only with a literal text mode (dialog.open() has no arguments).
            mode = _mode(node, 0)
            if mode is not None and "b" not in mode and set(mode) <= set("rwaxt+"):
                found.append((node.lineno, ".open()"))
    return found


def test_the_scanner_finds_what_it_should():
    code = (
        "open(p)\nopen(p, 'w')\nopen(p, 'rb')\nopen(p, encoding='utf-8')\n"
        "p.read_text()\np.write_text(s, encoding='utf-8')\np.open('a')\ndialog.open()\n"
        "p.open('rb')\nf(**kw).read_text(**kw)\n"
    )
    assert unnamed_encodings(code) == [
        (1, "open()"),
        (2, "open()"),
        (5, ".read_text()"),
        (7, ".open()"),
    ]


def test_every_text_file_call_names_its_encoding():
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {call} without encoding="
        for path in python_files()
        for line, call in unnamed_encodings(path.read_text(encoding="utf-8"))
    ]
    assert not problems, "\n".join(problems)
