"""Test-wide set-up: headless Qt, fresh data dirs, no real browser or clipboard history."""

import os

# Set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Point every per-user folder at tmp_path so no test touches the real home."""
    home = tmp_path / "home"
    for name, sub in {
        "XDG_DATA_HOME": "data",
        "XDG_CONFIG_HOME": "config",
        "XDG_STATE_HOME": "state",
        "XDG_CACHE_HOME": "cache",
        "XDG_RUNTIME_DIR": "runtime",
    }.items():
        path = home / sub
        path.mkdir(parents=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch):
    """Replace the low-level browser launch; tests read what would have opened."""
    from optout_gui.ui import urlopen

    class _Calls(list):  # a plain list cannot carry the .fake attribute
        pass

    calls: list[str] = _Calls()

    def fake_launch(url: str) -> bool:
        calls.append(url)
        return fake_launch.result

    fake_launch.result = True
    monkeypatch.setattr(urlopen, "_launch", fake_launch)
    calls.fake = fake_launch
    return calls


@pytest.fixture(autouse=True)
def clean_clipboard(request):
    """Start and end every Qt test with an empty clipboard."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()
