"""The app's own preferences (the language, where the window was), in a small private file.

The file lives in the per-user config folder, or in the ``--data-dir`` folder in
portable mode (see ``AppPaths.settings_file``). A missing or damaged file gives the
defaults; nothing here ever stops the app from starting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from optout_gui.core.atomic import atomic_write_text

log = logging.getLogger(__name__)

SETTINGS_FORMAT = 1


@dataclass
class Settings:
    language: str | None = None  # None: follow the system language
    # Where the app's window was last: x, y, width, height (None: centred on the screen).
    window: list[int] | None = None


def load_settings(path: Path) -> Settings:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable, using defaults: %s", path, type(exc).__name__)
        return Settings()
    if not isinstance(data, dict):
        log.warning("settings file %s has no settings in it, using defaults", path)
        return Settings()
    language = data.get("language")
    window = data.get("window")
    if not (
        isinstance(window, list)
        and len(window) == 4
        and all(isinstance(v, int) and not isinstance(v, bool) for v in window)
    ):
        window = None
    return Settings(
        language=language if isinstance(language, str) and language else None, window=window
    )


def save_settings(path: Path, settings: Settings) -> bool:
    """Write atomically, readable by the owner only; False (and a log line) on failure."""
    data = {"format": SETTINGS_FORMAT, **asdict(settings)}
    try:
        atomic_write_text(path, json.dumps(data, indent=2) + "\n")
    except OSError as exc:
        log.warning("could not save settings to %s: %s", path, exc.strerror or exc)
        return False
    return True
