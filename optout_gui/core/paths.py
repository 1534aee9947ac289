"""Where the app keeps the person's files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from optout_gui import APP_ID


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def progress_file(self) -> Path:
        return self.data_dir / "progress.json"

    @classmethod
    def for_user(cls, data_dir: str | Path | None = None) -> AppPaths:
        """The ``--data-dir`` folder if given (portable mode), else the platform's data folder.

        Nothing is created here: folders appear on the first save, with private permissions.
        """
        if data_dir is not None:
            return cls(Path(data_dir).expanduser().resolve())
        import platformdirs

        return cls(Path(platformdirs.user_data_dir(APP_ID, appauthor=False)))
