"""Two processes, one data folder: the second start hands over to the first."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

MAIN = Path(__file__).resolve().parents[1] / "main.py"


def start(data_dir, *extra):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(MAIN), "--data-dir", str(data_dir), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(path: Path, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


@pytest.mark.slow
def test_second_start_brings_the_first_to_the_front(tmp_path):
    data = tmp_path / "data"
    first = start(data)
    try:
        wait_for(data / ".instance.lock")
        time.sleep(0.5)  # let the first copy start listening
        second = start(data)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in out
    finally:
        first.terminate()
        first_out, _ = first.communicate(timeout=30)
    assert "bringing it to the front" in first_out


@pytest.mark.slow
def test_a_crashed_holder_does_not_block_the_next_start(tmp_path):
    data = tmp_path / "data"
    first = start(data)
    wait_for(data / ".instance.lock")
    first.kill()  # no clean-up: the lock file stays behind
    first.communicate(timeout=30)
    assert (data / ".instance.lock").exists()
    again = start(data, "--exit-after-startup")
    out, err = again.communicate(timeout=30)
    assert again.returncode == 0, err
    assert "already open" not in out


@pytest.mark.slow
def test_different_data_folders_run_side_by_side(tmp_path):
    first = start(tmp_path / "a")
    try:
        wait_for(tmp_path / "a" / ".instance.lock")
        other = start(tmp_path / "b", "--exit-after-startup")
        out, err = other.communicate(timeout=30)
        assert other.returncode == 0, err
        assert "already open" not in out
    finally:
        first.terminate()
        first.communicate(timeout=30)
