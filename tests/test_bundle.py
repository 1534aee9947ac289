"""Build the real PyInstaller bundle in tmp_path and run it (slow: about 20-30 s here)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason='PyInstaller is not installed (pip install -e ".[bundle]")',
    ),
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="only the Linux bundle is built in tests"
    ),
]


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "_PYI", "LD_LIBRARY_PATH", "OPTOUT_"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_bundle.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
            "--runs",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=clean_env(),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout)  # size and start time, visible with -s
    assert "start time" in result.stdout
    return base / "dist" / "optout-assistant"


def test_version_runs_without_python(bundle, tmp_path):
    exe = bundle / "optout-assistant"
    result = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=clean_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("optout-assistant ")


def test_exit_after_startup_opens_the_wizard(bundle, tmp_path):
    result = subprocess.run(
        [str(bundle / "optout-assistant"), "--exit-after-startup", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_resources_and_qt_translations_are_inside(bundle):
    internal = bundle / "_internal"
    assert (internal / "resources" / "guides" / "en.toml").is_file()
    assert (internal / "resources" / "icons" / "png" / "optout-assistant-48.png").is_file()
    translations = list(internal.rglob("qtbase_de.qm"))
    assert translations, "Qt's German translation is missing from the bundle"


def test_bundle_has_no_test_tools(bundle):
    internal = bundle / "_internal"
    assert not (internal / "pytest").exists()
    assert not (internal / "tkinter").exists()


def test_browser_gets_the_original_library_path(tmp_path):
    """A tiny frozen program prints what _clean_library_path leaves for a launched browser."""
    script = tmp_path / "probe.py"
    script.write_text(
        "import json, os, sys\n"
        "from optout_gui.ui.common.urlopen import _clean_library_path\n"
        "seen = os.environ.get('LD_LIBRARY_PATH')\n"
        "with _clean_library_path():\n"
        "    inside = os.environ.get('LD_LIBRARY_PATH')\n"
        "print(json.dumps({'bundle': sys._MEIPASS, 'seen': seen, 'inside': inside}))\n"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--onedir",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--exclude-module",
            "PySide6",
            "--paths",
            str(ROOT),
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            "--specpath",
            str(tmp_path),
            str(script),
        ],
        check=True,
        capture_output=True,
        timeout=600,
        env=clean_env(),
    )
    exe = tmp_path / "dist" / "probe" / "probe"

    def probe(**env: str) -> dict:
        out = subprocess.run(
            [str(exe)], capture_output=True, text=True, env=clean_env(**env), timeout=60
        )
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    alone = probe()
    assert alone["seen"] == alone["bundle"]  # the bootloader put the bundle on the path
    assert alone["inside"] is None
    mixed = probe(LD_LIBRARY_PATH="/opt/x:/opt/y")
    assert mixed["seen"] == f"{mixed['bundle']}:/opt/x:/opt/y"
    assert mixed["inside"] == "/opt/x:/opt/y"
