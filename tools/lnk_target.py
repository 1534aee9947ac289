#!/usr/bin/env python3
"""Read a Windows shortcut (.lnk): where it points, its working folder, arguments and icon.

Usage:
    python tools/lnk_target.py SHORTCUT.lnk             # prints the fields as JSON
    python tools/lnk_target.py SHORTCUT.lnk --field target   # prints one field

The Windows lane (tools/windows_lane.sh) reads the Start-menu entry the installer made under
Wine with it. Standard library only; follows Microsoft's [MS-SHLLINK] format: the header,
the item-ID list (skipped), LinkInfo (the local base path and common path suffix) and the
string data (name, relative path, working folder, arguments, icon location).
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from pathlib import Path
from typing import NamedTuple

HEADER_SIZE = 0x4C
LINK_CLSID = bytes.fromhex("0114020000000000c000000000000046")
HAS_ID_LIST = 0x1
HAS_LINK_INFO = 0x2
HAS_NAME = 0x4
HAS_RELATIVE_PATH = 0x8
HAS_WORKING_DIR = 0x10
HAS_ARGUMENTS = 0x20
HAS_ICON_LOCATION = 0x40
IS_UNICODE = 0x80
VOLUME_ID_AND_LOCAL_BASE_PATH = 0x1


class Shortcut(NamedTuple):
    target: str | None  # the file it opens, from LinkInfo (None if it has none)
    name: str | None
    relative_path: str | None
    working_dir: str | None
    arguments: str | None
    icon_location: str | None
    icon_index: int


def _c_string(data: bytes, offset: int, wide: bool) -> str:
    if wide:
        end = offset
        while data[end : end + 2] != b"\0\0":
            end += 2
        return data[offset:end].decode("utf-16-le")
    end = data.index(b"\0", offset)
    return data[offset:end].decode("mbcs" if sys.platform == "win32" else "cp1252")


def _link_info_target(info: bytes) -> str | None:
    header_size, flags = struct.unpack_from("<II", info, 4)
    if not flags & VOLUME_ID_AND_LOCAL_BASE_PATH:
        return None  # a network share only
    base_offset, _network, suffix_offset = struct.unpack_from("<III", info, 16)
    if header_size >= 0x24:  # the Unicode copies of both paths
        base_w, suffix_w = struct.unpack_from("<II", info, 28)
        return _c_string(info, base_w, True) + _c_string(info, suffix_w, True)
    return _c_string(info, base_offset, False) + _c_string(info, suffix_offset, False)


def read_shortcut(path: str | Path) -> Shortcut:
    data = Path(path).read_bytes()
    if len(data) < HEADER_SIZE or data[4:20] != LINK_CLSID:
        raise ValueError(f"{path}: not a Windows shortcut (.lnk)")
    (header_size,) = struct.unpack_from("<I", data, 0)
    (flags,) = struct.unpack_from("<I", data, 20)
    (icon_index,) = struct.unpack_from("<i", data, 56)
    offset = header_size
    if flags & HAS_ID_LIST:
        (size,) = struct.unpack_from("<H", data, offset)
        offset += 2 + size
    target = None
    if flags & HAS_LINK_INFO:
        (size,) = struct.unpack_from("<I", data, offset)
        target = _link_info_target(data[offset : offset + size])
        offset += size
    wide = bool(flags & IS_UNICODE)
    strings = {}
    for bit in (HAS_NAME, HAS_RELATIVE_PATH, HAS_WORKING_DIR, HAS_ARGUMENTS, HAS_ICON_LOCATION):
        if flags & bit:
            (count,) = struct.unpack_from("<H", data, offset)
            offset += 2
            length = count * (2 if wide else 1)
            raw = data[offset : offset + length]
            text = raw.decode("utf-16-le") if wide else raw.decode("cp1252")
            strings[bit] = text.rstrip("\0")  # Wine counts the terminating NUL too
            offset += length
    return Shortcut(
        target=target,
        name=strings.get(HAS_NAME),
        relative_path=strings.get(HAS_RELATIVE_PATH),
        working_dir=strings.get(HAS_WORKING_DIR),
        arguments=strings.get(HAS_ARGUMENTS),
        icon_location=strings.get(HAS_ICON_LOCATION),
        icon_index=icon_index,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shortcut", help="the .lnk file")
    parser.add_argument("--field", choices=Shortcut._fields, help="print only this field")
    args = parser.parse_args(argv)
    try:
        shortcut = read_shortcut(args.shortcut)
    except (OSError, ValueError, struct.error) as exc:
        print(f"lnk_target: {exc}", file=sys.stderr)
        return 1
    if args.field:
        value = getattr(shortcut, args.field)
        print("" if value is None else value)
    else:
        print(json.dumps(shortcut._asdict(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
