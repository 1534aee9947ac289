#!/usr/bin/env python3
"""Check a Windows .exe built by PyInstaller: a GUI program (no console window) with our icon.

    python tools/windows_exe_check.py dist\\optout-assistant\\optout-assistant.exe ICON.ico

Reads the PE header with pefile (a PyInstaller dependency on Windows): the subsystem must be
"Windows GUI" and the resources must hold an icon group whose images match the .ico's
(same count, sizes and bytes). Exit status 0 when both hold; the reasons otherwise.
"""

from __future__ import annotations

import struct
import sys

import pefile

IMAGE_SUBSYSTEM_WINDOWS_GUI = 2


def ico_images(path: str) -> list[bytes]:
    """The image data inside an .ico file, in directory order."""
    with open(path, "rb") as f:
        data = f.read()
    _reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if kind != 1:
        raise ValueError(f"{path} is not an .ico file")
    images = []
    for i in range(count):
        size, offset = struct.unpack_from("<II", data, 6 + 16 * i + 8)
        images.append(data[offset : offset + size])
    return images


def exe_icons(pe: pefile.PE) -> list[bytes]:
    """The images of every RT_ICON resource in the .exe."""
    icons = []
    if not hasattr(pe, "DIRECTORY_ENTRY_RESOURCE"):
        return icons
    for kind in pe.DIRECTORY_ENTRY_RESOURCE.entries:
        if kind.id != pefile.RESOURCE_TYPE["RT_ICON"]:
            continue
        for entry in kind.directory.entries:
            for lang in entry.directory.entries:
                rva, size = lang.data.struct.OffsetToData, lang.data.struct.Size
                icons.append(pe.get_data(rva, size))
    return icons


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    exe, ico = argv
    pe = pefile.PE(exe, fast_load=False)
    problems = []
    subsystem = pe.OPTIONAL_HEADER.Subsystem
    if subsystem != IMAGE_SUBSYSTEM_WINDOWS_GUI:
        problems.append(f"subsystem is {subsystem}, not {IMAGE_SUBSYSTEM_WINDOWS_GUI} (GUI)")
    wanted = ico_images(ico)
    found = exe_icons(pe)
    if sorted(wanted) != sorted(found):
        problems.append(f"icons differ: the .ico has {len(wanted)} images, the .exe {len(found)}")
    for problem in problems:
        print(f"{exe}: {problem}")
    if not problems:
        print(f"{exe}: GUI subsystem (no console window), icon with {len(found)} images")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
