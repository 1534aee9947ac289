"""Where the app keeps the person's files."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import NamedTuple

import platformdirs

from optout_gui import APP_ID


class AppPaths(NamedTuple):
    data_dir: Path
    config_dir: Path | None = None  # settings; None: the data folder
    cache_dir: Path | None = None  # files that can be rebuilt; None: data folder/cache

    @property
    def settings_file(self) -> Path:
        return (self.config_dir or self.data_dir) / "settings.json"

    @property
    def translations_cache(self) -> Path:
        return (self.cache_dir or self.data_dir / "cache") / "translations"

    @property
    def names_cache(self) -> Path:
        return (self.cache_dir or self.data_dir / "cache") / "names.json"

    @property
    def progress_file(self) -> Path:
        return self.data_dir / "progress.json"

    @classmethod
    def for_user(cls, data_dir: str | Path | None = None) -> AppPaths:
        """The ``--data-dir`` folder if given (portable mode: settings and cache go there too),
        else the platform's data, config and cache folders.

        Nothing is created here: folders appear on the first save, with private permissions.
        """
        if data_dir is not None:
            return cls(Path(data_dir).expanduser().resolve())

        return cls(
            Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
        )


def folder_access_problem(folder: Path) -> OSError | None:
    """Why the app can't use an existing data folder (None: it can, or it doesn't exist yet
    and will be made). A folder of another user account (mode 0700, say, on a USB stick
    formatted elsewhere) can't even be looked into: every file in it is out of reach."""
    try:
        if not folder.is_dir():
            return None
        owner = folder.stat().st_uid
    except OSError as exc:
        return exc
    if os.access(folder, os.R_OK | os.X_OK):  # read-only but readable: shown, not saved
        return None
    theirs = hasattr(os, "getuid") and owner != os.getuid()
    why = "it belongs to another user account" if theirs else "its permissions don't allow it"
    return PermissionError(errno.EACCES, why, str(folder))


def is_there(path: Path) -> bool:
    """``path.exists()``, but False (not an exception) where the folder can't be looked into."""
    try:
        return path.exists()
    except OSError:
        return False
