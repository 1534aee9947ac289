"""Where the app keeps the person's files."""

from __future__ import annotations

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
