"""The layout of ``objections.json``: an index first, then one record per line.

Valid JSON, one item per line::

    {"format":1,
    "index":[
    [id,label,account,email,...],
    ...
    ],
    "objections":[
    {record},
    ...
    ]}

This module only reads and builds that text; :class:`~optout_gui.core.storage.store.ObjectionStore`
decides what to do with it. A file laid out any other way raises ValueError here.

The store always writes ``\n`` line ends. The readers accept ``\r\n`` too (and a mix):
a Windows editor, a sync tool or a text-mode copy may have rewritten them, and the
file is still ours. JSON escapes every CR inside a string, so a CR before a line end
is never part of a record.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from optout_gui.core.atomic import open_regular
from optout_gui.core.storage.summary import ID, check_row

OBJECTIONS_FORMAT = 1
OBJECTIONS_FILE_NAME = "objections.json"
_HEADER_PREFIX = '{"format":'
_INDEX_START = b'"index":[\n'
_INDEX_END = b"],\n"
_BODY_START = b'"objections":[\n'
_FOOTER = "]}"
# ASCII-only lines (non-ASCII letters as \u escapes): encoding and decoding the file is then
# a plain copy, several times faster than UTF-8 for texts with accents.
DUMP = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode
_DECLARED_FORMAT = re.compile(rb'"format"\s*:\s*("[^"]{0,32}"|[-+0-9.eE]{1,32}|[a-z]{1,8})')
_SNIFFED_BYTES = 64 * 1024
# The escape of a surrogate (\ud800-\udfff): in a pair it is an emoji or another letter
# beyond the first 65,536; alone it is no character at all, and can't be written as UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LINES_PER_WRITE = 500
_ROWS_PER_CHUNK = 500  # parsed at a time, so the text of the whole index is never joined


def _lf(line: bytes) -> bytes:
    """A line read from the file with a CRLF end given the LF end the layout names."""
    return line[:-2] + b"\n" if line.endswith(b"\r\n") else line


def read_index(path: Path) -> tuple[int, list[str], list[list], int]:
    """The format number, each index row's text, the rows, and where the records start."""
    with open_regular(path) as handle:  # a FIFO or a device is refused, never read
        header = _lf(handle.readline()).decode("utf-8")
        if not (header.startswith(_HEADER_PREFIX) and header.endswith(",\n")):
            raise ValueError("not our layout")
        version = int(header[len(_HEADER_PREFIX) : -2])
        if _lf(handle.readline()) != _INDEX_START:
            raise ValueError("not our layout")
        texts = []
        append = texts.append
        for raw in handle:  # one row a line; 10,000 at start-up, so _lf is written out
            if raw.endswith(b"\r\n"):
                raw = raw[:-2] + b"\n"
            if raw == _INDEX_END:
                break
            append(raw.decode("utf-8").rstrip("\n").removesuffix(","))
        else:
            raise ValueError("not our layout")
        if _lf(handle.readline()) != _BODY_START:
            raise ValueError("not our layout")
        body_offset = handle.tell()
    rows = []
    for start in range(0, len(texts), _ROWS_PER_CHUNK):
        text = "[" + ",".join(texts[start : start + _ROWS_PER_CHUNK]) + "]"
        chunk = json.loads(text)
        if may_hold_lone_surrogate(text) and holds_lone_surrogate(chunk):
            raise ValueError("it holds a broken character")  # read the slow way, one by one
        rows.extend(map(check_row, chunk))
    return version, texts, rows, body_offset


def check_tail(path: Path, body_offset: int) -> None:
    """A cut-off file is found at start-up, without reading the records themselves."""
    with open_regular(path) as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(body_offset, handle.tell() - 8))
        if not handle.read().rstrip(b"\r\n").endswith(_FOOTER.encode()):
            raise ValueError("the file ends early")


def read_record_lines(path: Path, body_offset: int) -> list[str | bytes]:
    """Each record's JSON text, in order; OSError or ValueError when the end is missing.

    A line that is not UTF-8 (a damaged byte) comes back as its bytes, so that one record
    can be set aside without losing the others."""
    with open_regular(path) as handle:
        handle.seek(body_offset)
        body = handle.read()
    raw_lines = [line.removesuffix(b"\r") for line in body.split(b"\n")]  # CRLF too
    while raw_lines and not raw_lines[-1]:
        raw_lines.pop()
    if not raw_lines or raw_lines[-1] != _FOOTER.encode():
        raise ValueError("no end")
    raw_lines.pop()
    lines: list[str | bytes] = []
    for raw in raw_lines:
        raw = raw[:-1] if raw.endswith(b",") else raw
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw)
    return lines


def file_chunks(row_texts: list[str], record_lines: list[str]) -> Iterator[str]:
    """The whole file's text, a few hundred lines at a time."""

    def joined(items):
        # A few hundred lines per write: few system calls, no giant string in memory.
        for start in range(0, len(items), _LINES_PER_WRITE):
            chunk = ",\n".join(items[start : start + _LINES_PER_WRITE])
            last = start + _LINES_PER_WRITE >= len(items)
            yield chunk + ("\n" if last else ",\n")

    yield f"{_HEADER_PREFIX}{OBJECTIONS_FORMAT},\n{_INDEX_START.decode()}"
    yield from joined(row_texts)
    yield _INDEX_END.decode() + _BODY_START.decode()
    yield from joined(record_lines)
    yield _FOOTER + "\n"


def index_matches(rows: list[list], lines: list[str | bytes]) -> bool:
    """Each record line is the one its index row names (a quick look for its id)."""
    if len(lines) != len(rows):
        return False
    for row, line in zip(rows, lines, strict=True):
        key = f'"id":{DUMP(row[ID])}'
        if (key if isinstance(line, str) else key.encode()) not in line:
            return False
    return True


def declares_unknown_format(path: Path) -> bool:
    """True when the file's start names a ``"format"`` other than the one this version
    writes (2, "2", 2.0, ...): a newer version's file, whatever its layout, which this
    version must never move aside or rewrite. A damaged file of our own format, or one
    naming no format at all, gives False."""
    try:
        with open_regular(path) as handle:
            start = handle.read(_SNIFFED_BYTES)
    except OSError:
        return False
    found = _DECLARED_FORMAT.search(start)
    return found is not None and found.group(1) != str(OBJECTIONS_FORMAT).encode()


def may_hold_lone_surrogate(text: str) -> bool:
    """A quick look at JSON text: False when it surely holds no surrogate escape."""
    return _SURROGATE_ESCAPE.search(text) is not None


def holds_lone_surrogate(value: object) -> bool:
    """True if a string in ``value`` (parsed JSON) holds a surrogate that is not in a pair:
    a lone ``\\ud800`` escape, or a byte that is not UTF-8 (read with surrogateescape).
    Such text can't be written as UTF-8."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
