"""The app icon: committed files match the SVG's sizes, containers parse, window icon is set."""

from __future__ import annotations

import struct

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from optout_gui.core.resources import PNG_SIZES, resources_dir
from optout_gui.ui.common import application

ICONS = resources_dir() / "icons"


def test_every_png_size_is_there_and_square(qapp):
    for size in PNG_SIZES:
        image = QImage(str(ICONS / "png" / f"optout-assistant-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_ico_directory_lists_png_images_up_to_256():
    data = (ICONS / "optout-assistant.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        entry = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        width, length, offset = entry[0], entry[6], entry[7]
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert 16 in sizes and 256 in sizes


def test_icns_entries_cover_the_file_exactly():
    data = (ICONS / "optout-assistant.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    pos, kinds = 8, []
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert data[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert b"ic10" in kinds and b"icp4" in kinds  # 1024 (512@2x) down to 16


def test_window_icon_offers_every_size(qapp):
    icon = application.app_icon()
    assert not icon.isNull()
    assert QSize(16, 16) in icon.availableSizes()
    assert QSize(256, 256) in icon.availableSizes()
