"""The environment of a program the app starts (the browser) when the app runs as a
standalone bundle: the bundle's own library folder is kept out of it. Plain Python, so a
tiny frozen test program can use it without Qt."""

from __future__ import annotations

import os
import sys

# Library search paths a frozen bundle points at its own folder. On Linux the PyInstaller
# bootloader (6.x) sets LD_LIBRARY_PATH to "<bundle dir>" or "<bundle dir>:<original>" and keeps
# the original in LD_LIBRARY_PATH_ORIG only when there was one (empty counts as none). It no
# longer sets _MEIPASS2. On macOS its PySide6 run-time hook prepends the bundle dir to
# DYLD_LIBRARY_PATH outside .app bundles.
_LIBRARY_PATH_VARS = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH")


def library_path_without_bundle(value: str | None, bundle_dir: str) -> str | None:
    """``value`` with every entry naming ``bundle_dir`` taken out; None when nothing is left.

    For the bootloader's "<bundle dir>:<original>" this gives back exactly the original.
    """
    if value is None:
        return None
    bundle = os.path.normpath(bundle_dir)
    kept = [part for part in value.split(os.pathsep) if part and os.path.normpath(part) != bundle]
    return os.pathsep.join(kept) or None


def _bundle_dir() -> str | None:
    """The frozen bundle's folder (``sys._MEIPASS``), or None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    return getattr(sys, "_MEIPASS", None)


class clean_library_path:
    """In a frozen bundle, keep the bundle's libraries out of the browser's process.

    The browser (via xdg-open) inherits our environment when it starts; the bundle's copies of
    system libraries can make it crash. The change lasts only while the launcher starts.
    """

    def __enter__(self):
        self.saved = {name: os.environ.get(name) for name in _LIBRARY_PATH_VARS}
        bundle = _bundle_dir()
        if bundle is not None:
            for name, value in self.saved.items():
                cleaned = library_path_without_bundle(value, bundle)
                if cleaned is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = cleaned
        return self

    def __exit__(self, *exc):
        for name, value in self.saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        return False
