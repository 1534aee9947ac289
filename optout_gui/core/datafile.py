"""Reading the app's own data files (TOML in resources/), with one error for every problem.

:class:`DataFileError` names the file and says in plain words what is wrong with it; the
guide's :class:`~optout_gui.core.guide.GuideError` is one.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from optout_gui.core.atomic import read_regular_bytes


class DataFileError(Exception):
    """A data file is missing, unreadable or incomplete."""

    def __init__(self, path: Path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def read_toml(path: Path, error: type[DataFileError] = DataFileError) -> dict:
    """The file's TOML as a dict; raises ``error`` (a DataFileError) naming the problem."""
    try:
        raw = read_regular_bytes(path)  # a FIFO or a device would hang or never end
    except FileNotFoundError:
        raise error(path, "the file does not exist") from None
    except OSError as exc:
        raise error(path, f"the file cannot be read ({exc.strerror})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise error(path, "the file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(path, f"it is not valid TOML: {exc}") from None
