"""The autouse isolation fixture (conftest.isolated_dirs) really keeps the app out of the
real per-user folders, on every system: Linux's XDG_*, Windows' %LOCALAPPDATA%/%APPDATA%."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from optout_gui.core.errorlog import log_dir
from optout_gui.core.paths import AppPaths

ROOT = Path(__file__).resolve().parents[1]


def test_default_folders_are_inside_the_tests_home(isolated_dirs):
    paths = AppPaths.for_user()
    for folder in (paths.data_dir, paths.config_dir, paths.cache_dir, log_dir()):
        assert Path(folder).is_relative_to(isolated_dirs), folder


def test_a_child_process_gets_the_same_folders(isolated_dirs):
    # main.py started by a test must not write into the real profile either.
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from optout_gui.core.paths import AppPaths;"
        "from optout_gui.core.errorlog import log_dir;"
        "p = AppPaths.for_user();"
        "print(p.data_dir); print(p.config_dir); print(p.cache_dir); print(log_dir())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(ROOT)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    folders = result.stdout.split("\n")[:4]
    assert len(folders) == 4
    for folder in folders:
        assert Path(folder.strip()).is_relative_to(isolated_dirs), folder
