"""main.py, the double-click launcher, when the packages the app needs are missing."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"


def load_main():
    spec = importlib.util.spec_from_file_location("optout_main_launcher", MAIN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_without_site_packages(tmp_path: Path) -> subprocess.CompletedProcess:
    # -S: no site-packages, so PySide6 and friends can't be found; -I: ignore PYTHON* vars
    # and the user's site folder. No display, so no window opens and nothing waits.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    argv = [sys.executable, "-S", "-I", str(MAIN)]
    if sys.platform == "win32":
        # Windows always has a screen (has_display() is True): the real Tk window would open
        # and wait for a click. Make tkinter unimportable so main.py uses the console only.
        argv[3:] = [
            "-c",
            "import runpy, sys; sys.modules['tkinter'] = None;"
            f"runpy.run_path({str(MAIN)!r}, run_name='__main__')",
        ]
    return subprocess.run(
        argv,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )


def test_missing_packages_are_named_with_the_install_command(tmp_path):
    result = run_without_site_packages(tmp_path)
    assert result.returncode == 1
    assert "PySide6-Essentials" in result.stderr
    assert "platformdirs" in result.stderr
    assert "email-validator" in result.stderr
    assert "-m pip install PySide6-Essentials platformdirs email-validator" in result.stderr
    assert "Traceback" not in result.stderr


def test_main_py_imports_without_pyside6(tmp_path):
    code = (
        "import importlib.util, sys;"
        f"spec = importlib.util.spec_from_file_location('m', {str(MAIN)!r});"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m);"
        "print(m.missing_packages())"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "PySide6-Essentials" in result.stdout


def test_message_for_one_missing_package():
    main = load_main()
    assert "one more package" in main.missing_message(["platformdirs"])
    assert main.install_command(["platformdirs"]).endswith("-m pip install platformdirs")


def test_no_window_without_a_display(monkeypatch):
    main = load_main()
    monkeypatch.setattr(main.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert main.show_window("text", "cmd") is False


def test_window_names_the_package_and_the_command(monkeypatch):
    if sys.platform != "win32" and not os.environ.get("DISPLAY"):
        pytest.skip("needs an X display (e.g. run under xvfb-run) to open a Tk window")
    tkinter = pytest.importorskip("tkinter")
    main = load_main()
    message = main.missing_message(["PySide6-Essentials"])
    command = main.install_command(["PySide6-Essentials"])
    try:
        root = main.build_window(message, command)
    except tkinter.TclError as exc:
        pytest.skip(f"Tk can't open the display: {exc}")
    try:
        texts = []

        def collect(widget):
            for child in widget.winfo_children():
                if isinstance(child, tkinter.Label | tkinter.Button):
                    texts.append(child.cget("text"))
                elif isinstance(child, tkinter.Text):
                    texts.append(child.get("1.0", "end-1c"))
                collect(child)

        collect(root)
        assert message in texts
        assert command in texts
        button = next(
            w
            for w in root.winfo_children()[0].winfo_children()[-1].winfo_children()
            if w.cget("text") == "Copy command"
        )
        button.invoke()
        assert root.clipboard_get() == command
    finally:
        root.destroy()
