"""The browser must not inherit a bundle's library search path (env manipulation only)."""

from __future__ import annotations

import os
import sys

import pytest

from optout_gui.core.bundle_env import clean_library_path, library_path_without_bundle
from optout_gui.ui.common import urlopen

BUNDLE = "/opt/optout-assistant/_internal"

# These build ':'-separated LD_LIBRARY_PATH / DYLD_LIBRARY_PATH values, as Linux and macOS
# use them; the code splits on os.pathsep (';' on Windows, which has neither variable).
posix_paths = pytest.mark.skipif(
    os.pathsep != ":",
    reason="LD_LIBRARY_PATH and DYLD_LIBRARY_PATH are ':'-separated Linux/macOS variables",
)


@pytest.fixture
def frozen(monkeypatch):
    """Pretend to run inside a PyInstaller onedir bundle at BUNDLE."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", BUNDLE, raising=False)
    for name in ("LD_LIBRARY_PATH", "LD_LIBRARY_PATH_ORIG", "DYLD_LIBRARY_PATH"):
        monkeypatch.delenv(name, raising=False)


def bootloader_env(monkeypatch, original: str | None) -> None:
    """What the PyInstaller 6 bootloader leaves (measured on a real build of this app)."""
    if original:
        monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", original)
        monkeypatch.setenv("LD_LIBRARY_PATH", f"{BUNDLE}:{original}")
    else:
        monkeypatch.setenv("LD_LIBRARY_PATH", BUNDLE)


@posix_paths
def test_stripping_gives_back_the_original_value():
    assert library_path_without_bundle(f"{BUNDLE}:/opt/x:/opt/y", BUNDLE) == "/opt/x:/opt/y"
    assert library_path_without_bundle(BUNDLE, BUNDLE) is None
    assert library_path_without_bundle(BUNDLE + "/", BUNDLE) is None
    assert library_path_without_bundle("/opt/x", BUNDLE) == "/opt/x"
    assert library_path_without_bundle(None, BUNDLE) is None


def test_bundle_without_original_path_drops_it_for_the_browser(frozen, monkeypatch):
    # The old code waited for _MEIPASS2, which PyInstaller 6 no longer sets: the bundle's
    # folder leaked into the browser.
    bootloader_env(monkeypatch, None)
    with clean_library_path():
        assert "LD_LIBRARY_PATH" not in os.environ
    assert os.environ["LD_LIBRARY_PATH"] == BUNDLE


@posix_paths
def test_bundle_with_original_path_restores_it_for_the_browser(frozen, monkeypatch):
    bootloader_env(monkeypatch, "/opt/x:/opt/y")
    with clean_library_path():
        assert os.environ["LD_LIBRARY_PATH"] == os.environ["LD_LIBRARY_PATH_ORIG"]
        assert os.environ["LD_LIBRARY_PATH"] == "/opt/x:/opt/y"
    assert os.environ["LD_LIBRARY_PATH"] == f"{BUNDLE}:/opt/x:/opt/y"


def test_stale_orig_from_another_program_is_not_trusted(frozen, monkeypatch):
    # An LD_LIBRARY_PATH_ORIG inherited from some other bundle, while ours had no original.
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/somewhere/else")
    monkeypatch.setenv("LD_LIBRARY_PATH", BUNDLE)
    with clean_library_path():
        assert "LD_LIBRARY_PATH" not in os.environ


@posix_paths
def test_macos_dyld_path_from_the_qt_hook_is_dropped_too(frozen, monkeypatch):
    monkeypatch.setenv("DYLD_LIBRARY_PATH", f"{BUNDLE}:/usr/local/lib")
    with clean_library_path():
        assert os.environ["DYLD_LIBRARY_PATH"] == "/usr/local/lib"
    assert os.environ["DYLD_LIBRARY_PATH"] == f"{BUNDLE}:/usr/local/lib"


def test_running_from_source_leaves_the_environment_alone(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/mine")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/other")
    with clean_library_path():
        assert os.environ["LD_LIBRARY_PATH"] == "/opt/mine"
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/mine"


@posix_paths
def test_environment_is_restored_after_a_failed_launch(frozen, monkeypatch):
    bootloader_env(monkeypatch, "/opt/x")
    monkeypatch.setattr(urlopen, "_launch", _raising_launch)
    assert (
        urlopen.open_external_url("https://www.facebook.com/help/contact/712876720715583") is False
    )
    assert os.environ["LD_LIBRARY_PATH"] == f"{BUNDLE}:/opt/x"


def _raising_launch(url: str) -> bool:
    with clean_library_path():
        assert os.environ["LD_LIBRARY_PATH"] == "/opt/x"
        raise RuntimeError("no desktop")
