"""Reading the app's own data files (TOML in resources/), with one error for every problem.

:class:`DataFileError` names the file and says in plain words what is wrong with it; the
guide's :class:`~optout_gui.core.guide.GuideError` is one.

The TOML file is always the one to edit. Beside some of them lies a compiled twin,
``<name>.toml.json`` (written by ``tools/compile_data.py``): the same data as JSON, which
Python reads in C, while TOML is read in Python. The English guide is read at every start:
3.7 ms from its 29 KB of TOML, 0.5 ms from its twin. The twin carries the size and CRC-32
of the TOML it was made from and is used only while they match the TOML just read; an
edited TOML file is simply parsed (tests/test_compiled_data.py fails until the twin is
written again).
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from pathlib import Path

from optout_gui.core.atomic import read_regular_bytes

COMPILED_FORMAT = 1
COMPILED_SUFFIX = ".json"  # en.toml -> en.toml.json
_DATE_KEY = "$date"  # TOML dates, which JSON has not: {"$date": "2026-12-01"}


class DataFileError(Exception):
    """A data file is missing, unreadable or incomplete."""

    def __init__(self, path: Path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def read_toml(path: Path, error: type[DataFileError] = DataFileError) -> dict:
    """The file's TOML as a dict; raises ``error`` (a DataFileError) naming the problem."""
    try:
        raw = read_regular_bytes(path)  # a FIFO or a device would hang or never end
    except FileNotFoundError:
        raise error(path, "the file does not exist") from None
    except OSError as exc:
        raise error(path, f"the file cannot be read ({exc.strerror})") from None
    compiled = _read_compiled(path, raw)
    if compiled is not None:
        return compiled
    import tomllib  # only when a file has no fresh twin (its parser takes time to import)

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise error(path, "the file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(path, f"it is not valid TOML: {exc}") from None


def compiled_path(path: Path) -> Path:
    return path.with_name(path.name + COMPILED_SUFFIX)


def compiled_text(raw: bytes, data: dict) -> str:
    """The twin's text for a TOML file's bytes ``raw`` and the dict they parse to."""
    twin = {
        "compiled_format": COMPILED_FORMAT,
        "toml_size": len(raw),
        "toml_crc32": zlib.crc32(raw),
        "note": "Made by tools/compile_data.py from the TOML file beside it; edit that one.",
        "data": data,
    }
    return json.dumps(twin, ensure_ascii=False, indent=1, default=_encode_date) + "\n"


def _encode_date(value: object) -> dict:
    if type(value) is dt.date:  # not a datetime: the data files hold dates only
        return {_DATE_KEY: value.isoformat()}
    raise TypeError(f"{type(value).__name__} values are not compiled")


def _decode_date(obj: dict) -> object:
    if len(obj) == 1 and _DATE_KEY in obj:
        return dt.date.fromisoformat(obj[_DATE_KEY])
    return obj


def _read_compiled(path: Path, raw: bytes) -> dict | None:
    """The twin's data if it was made from exactly ``raw``, else None (parse the TOML)."""
    try:
        twin = json.loads(
            read_regular_bytes(compiled_path(path)).decode("utf-8"), object_hook=_decode_date
        )
        fresh = (
            twin["compiled_format"] == COMPILED_FORMAT
            and twin["toml_size"] == len(raw)
            and twin["toml_crc32"] == zlib.crc32(raw)
            and isinstance(twin["data"], dict)
        )
    except (OSError, ValueError, KeyError, TypeError, RecursionError):  # none, damaged, foreign
        return None
    return twin["data"] if fresh else None
