"""Saving survives being killed at any moment."""

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from optout_gui.core.atomic import atomic_write_text, remove_stale_temp_files

ROOT = Path(__file__).resolve().parents[1]

WRITER = textwrap.dedent(
    """
    import hashlib, json, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from optout_gui.core.atomic import atomic_write_text
    path = Path(sys.argv[1])
    n = json.loads(path.read_text(encoding="utf-8"))["n"]
    print("go", flush=True)
    while True:
        n += 1
        payload = ("%d-" % n) * (200 + n % 5000)
        digest = hashlib.sha256(payload.encode()).hexdigest()
        atomic_write_text(path, json.dumps({"n": n, "payload": payload, "sha": digest}))
    """
)


def read_consistent(path: Path) -> int:
    document = json.loads(path.read_text(encoding="utf-8"))
    if document["n"]:
        assert hashlib.sha256(document["payload"].encode()).hexdigest() == document["sha"]
    return document["n"]


# Windows has no SIGKILL: Popen.kill() is TerminateProcess there, just as abrupt. Each
# child start costs more there (and far more under Wine), so fewer rounds.
KILL_ROUNDS = 200 if os.name == "posix" else 60


def kill_now(child: subprocess.Popen) -> None:
    if os.name == "posix":
        child.send_signal(signal.SIGKILL)
    else:
        child.kill()  # TerminateProcess: no clean-up code runs in the child


def was_killed(child: subprocess.Popen) -> bool:
    return child.returncode == (-signal.SIGKILL if os.name == "posix" else 1)


@pytest.mark.slow
def test_file_always_loads_after_sigkill(tmp_path):
    target = tmp_path / "data" / "record.json"
    atomic_write_text(target, json.dumps({"n": 0}))
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(20261129)
    previous = 0
    kills = 0
    moved = 0  # kills after which the file had advanced: the writer was busy saving
    for _ in range(KILL_ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(target), str(ROOT)], stdout=subprocess.PIPE
        )
        # (print() ends the line with CRLF on Windows)
        assert child.stdout.readline().rstrip() == b"go"  # start-up is over: saving runs
        time.sleep(0.002 + rng.random() * 0.02)
        kill_now(child)
        child.wait()
        child.stdout.close()
        kills += was_killed(child)
        n = read_consistent(target)  # raises if the file is half-written or mixed
        assert n >= previous, "an older content came back"
        moved += n > previous
        previous = n
        remove_stale_temp_files(target)
    assert kills == KILL_ROUNDS
    assert previous > KILL_ROUNDS, "the writer hardly ran; the kills proved nothing"
    assert moved > KILL_ROUNDS // 2, "most kills hit an idle writer; the test proved little"
    assert sorted(p.name for p in target.parent.iterdir()) == ["record.json"]


def test_failed_write_leaves_old_content_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "data" / "record.json"
    atomic_write_text(target, "old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in target.parent.iterdir()] == ["record.json"]


@pytest.mark.skipif(
    os.name != "posix", reason="Windows: chmod can't make a folder read-only (NTFS uses ACLs)"
)
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_raises_and_keeps_old(tmp_path):
    folder = tmp_path / "ro"
    target = folder / "record.json"
    atomic_write_text(target, "old")
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            atomic_write_text(target, "new")
        assert target.read_text(encoding="utf-8") == "old"
    finally:
        folder.chmod(0o700)
