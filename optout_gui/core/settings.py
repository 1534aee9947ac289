"""The app's own preferences (the language, where the window was), in a small private file.

The file lives in the per-user config folder, or in the ``--data-dir`` folder in
portable mode (see ``AppPaths.settings_file``). A missing or damaged file gives the
defaults; nothing here ever stops the app from starting. A damaged file is renamed to
``settings.json.damaged-<time>`` (never deleted) and :func:`read_settings` says so.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import NamedTuple

from optout_gui.core.atomic import NotARegularFile, atomic_write_text, move_aside, read_regular_text

log = logging.getLogger(__name__)

SETTINGS_FORMAT = 1


@dataclass
class Settings:
    language: str | None = None  # None: follow the system language
    # Where the app's window was last: x, y, width, height (None: centred on the screen).
    window: list[int] | None = None


class SettingsProblem(NamedTuple):
    """Why the defaults are used: the file, what is wrong, and where a damaged copy went."""

    path: Path
    problem: str
    moved_to: Path | None = None


def read_settings(path: Path) -> tuple[Settings, SettingsProblem | None]:
    """The saved settings, or the defaults and why (None when all is well or no file yet)."""
    try:
        text = read_regular_text(path)
    except FileNotFoundError:
        return Settings(), None
    except NotARegularFile:
        log.warning("settings file is not a regular file, using defaults")
        return Settings(), SettingsProblem(path, "it is not a regular file")
    except OSError as exc:
        log.warning("settings file unreadable, using defaults: %s", type(exc).__name__)
        return Settings(), SettingsProblem(path, exc.strerror or type(exc).__name__)
    except ValueError:  # not UTF-8
        return Settings(), _damaged(path, "it is not UTF-8 text")
    try:
        data = json.loads(text)
    except RecursionError:  # nested too deeply for Python's parser: hostile or broken
        return Settings(), _damaged(path, "it is nested too deeply")
    except ValueError:
        return Settings(), _damaged(path, "it is not valid JSON")
    if not isinstance(data, dict):
        return Settings(), _damaged(path, "it holds no settings")
    language = data.get("language")
    window = data.get("window")
    if not (
        isinstance(window, list)
        and len(window) == 4
        and all(isinstance(v, int) and not isinstance(v, bool) for v in window)
    ):
        window = None
    language = language if isinstance(language, str) and language else None
    return Settings(language=language, window=window), None


def _damaged(path: Path, problem: str) -> SettingsProblem:
    log.warning("settings file damaged (%s), using defaults", problem)
    return SettingsProblem(path, problem, move_aside(path, dt.datetime.now(dt.UTC)))


def load_settings(path: Path) -> Settings:
    return read_settings(path)[0]


def save_settings(path: Path, settings: Settings) -> bool:
    """Write atomically, readable by the owner only; False (and a log line) on failure."""
    data = {"format": SETTINGS_FORMAT, **asdict(settings)}
    try:
        atomic_write_text(path, json.dumps(data, indent=2) + "\n")
    except OSError as exc:
        log.warning("could not save settings: %s", exc.strerror or type(exc).__name__)
        return False
    return True


def remember_language(path: Path, code: str) -> None:
    """Keep ``code`` as the app's language for the next start (the language menu)."""
    settings = load_settings(path)
    if settings.language != code:
        save_settings(path, Settings(**{**vars(settings), "language": code}))


def remember_window_place(path: Path, place: list[int]) -> None:
    """Keep where the window was (x, y, width, height) for the next start."""
    settings = load_settings(path)
    if settings.window != place:
        save_settings(path, Settings(**{**vars(settings), "window": place}))
