"""Finding the read-only files under ``resources/`` in a checkout or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from optout_gui import APP_ID

ICON_NAME = APP_ID
# PNG sizes shipped in resources/icons/png (the window icon; the desktop entry copies them).
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def resources_dir() -> Path:
    """The folder holding guides, templates and icons.

    ``OPTOUT_RESOURCES`` wins (tests, packagers); a PyInstaller bundle keeps them
    beside its extracted files; otherwise they sit next to the package in the checkout.
    """
    override = os.environ.get("OPTOUT_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
