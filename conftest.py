"""Test-wide set-up: headless Qt, fresh data dirs, no real browser or clipboard history."""

import gc
import os
import sys

# Set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "0")
if sys.platform == "win32":
    # Qt's offscreen platform on Windows looks for fonts only in QT_QPA_FONTDIR (or its own
    # lib/fonts, which PySide6 doesn't ship): without it nothing has text, PDFs included.
    os.environ.setdefault(
        "QT_QPA_FONTDIR", os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts")
    )

import socket  # noqa: E402

import pytest  # noqa: E402

_REAL_SOCKET = socket.socket


class NetworkUsed(AssertionError):
    pass


class _GuardedSocket(_REAL_SOCKET):
    """Local (AF_UNIX) sockets are fine; anything that could reach a network is not."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
            raise NetworkUsed(f"a test tried to open a network socket (family {family})")
        super().__init__(family, type, proto, fileno)


def _refuse(*args, **kwargs):
    raise NetworkUsed("a test tried to use the network")


LOOPBACK = "127.0.0.1"


def _loopback_only(address) -> None:
    if not (isinstance(address, tuple) and address and address[0] == LOOPBACK):
        raise NetworkUsed(f"only {LOOPBACK} is allowed here, not {address!r}")


class _LoopbackSocket(_REAL_SOCKET):
    """For tests marked ``loopback_http`` only: IPv4 sockets that can bind and connect
    to 127.0.0.1 and nowhere else (no IPv6, no other address, no name lookups)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (-1, socket.AF_INET6):
            raise NetworkUsed(f"a test tried to open a network socket (family {family})")
        super().__init__(family, type, proto, fileno)

    def connect(self, address):
        _loopback_only(address)
        return super().connect(address)

    def connect_ex(self, address):
        _loopback_only(address)
        return super().connect_ex(address)

    def bind(self, address):
        _loopback_only(address)
        return super().bind(address)

    def sendto(self, data, *args):
        _loopback_only(args[-1])
        return super().sendto(data, *args)


_REAL_GETADDRINFO = socket.getaddrinfo


def _loopback_getaddrinfo(host, *args, **kwargs):
    if host != LOOPBACK:
        raise NetworkUsed(f"a test tried to look up {host!r}; only {LOOPBACK} is allowed")
    return _REAL_GETADDRINFO(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def no_network(monkeypatch, request):
    """Any accidental network use fails the test: the app must never go online.

    The one exception: tests marked ``@pytest.mark.loopback_http`` (the link checker's,
    which run a small HTTP server of their own) may use IPv4 sockets to 127.0.0.1 only.
    """
    if request.node.get_closest_marker("loopback_http"):
        monkeypatch.setattr(socket, "socket", _LoopbackSocket)
        monkeypatch.setattr(socket, "getaddrinfo", _loopback_getaddrinfo)
        monkeypatch.setattr(socket, "gethostbyname", _refuse)
        return
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(socket, "gethostbyname", _refuse)


@pytest.fixture(autouse=True)
def garbage_collector_as_found():
    """app.main() switches the collector off while starting and freezes what start-up
    made; a test that runs it in this process gets the collector back as it was."""
    yield
    gc.unfreeze()
    gc.enable()


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
    if sys.platform == "win32":
        _isolate_windows_folders(home, monkeypatch)
    return home


# platformdirs' Windows folders (CSIDL name -> the variable Windows itself sets).
_WINDOWS_FOLDERS = {
    "CSIDL_LOCAL_APPDATA": "LOCALAPPDATA",
    "CSIDL_APPDATA": "APPDATA",
    "CSIDL_COMMON_APPDATA": "PROGRAMDATA",
}


def _isolate_windows_folders(home, monkeypatch):
    """On Windows platformdirs asks the system (SHGetKnownFolderPath), not XDG_* or HOME:
    send it, this process's children and anything reading %LOCALAPPDATA% to tmp_path."""
    import platformdirs.windows

    folders = {}
    for csidl, variable in _WINDOWS_FOLDERS.items():
        path = home / "windows" / variable
        path.mkdir(parents=True)
        folders[csidl] = str(path)
        monkeypatch.setenv(variable, str(path))
        # For child processes (main.py started by a test): newer platformdirs (the lane's 4.14)
        # read these overrides; the monkeypatch below covers this process.
        monkeypatch.setenv(f"WIN_PD_OVERRIDE_{csidl.removeprefix('CSIDL_')}", str(path))
    monkeypatch.setenv("USERPROFILE", str(home))
    real = platformdirs.windows.get_win_folder
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", lambda name: folders.get(name) or real(name)
    )


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch):
    """Replace the low-level browser launch; tests read what would have opened."""
    from optout_gui.ui.common import urlopen

    class OpenedUrls(list):
        """The URLs that would have opened; set ``.succeeds = False`` to simulate failure."""

        succeeds = True

        def launch(self, url: str) -> bool:
            self.append(url)
            return self.succeeds

    calls = OpenedUrls()
    monkeypatch.setattr(urlopen, "_launch", calls.launch)
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


@pytest.fixture(autouse=True)
def no_unexpected_questions(request, monkeypatch):
    """A yes/no question nobody answers would block a test forever: fail at once instead.
    Tests that expect one replace ``wizard.confirm`` on their wizard."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return

    from optout_gui.ui.wizard.window import ObjectionWizard

    def unexpected(self, title, question):
        raise AssertionError(f"unexpected question to the person: {title}")

    monkeypatch.setattr(ObjectionWizard, "confirm", unexpected)


@pytest.fixture(autouse=True)
def real_sessions_only(request, monkeypatch):
    """Every step page (and so every wizard) in a test runs on the app's own session, the
    ObjectionSession: a stand-in would skip what the real one does (moving the status on,
    writing nothing for an untouched objection)."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return

    from optout_gui.core.session import ObjectionSession
    from optout_gui.ui.wizard.pages.base import StepPage

    real_init = StepPage.__init__

    def checked_init(self, guide, session, *args, **kwargs):
        if not isinstance(session, ObjectionSession):
            raise AssertionError(f"a page was built on {type(session).__name__}")
        real_init(self, guide, session, *args, **kwargs)

    monkeypatch.setattr(StepPage, "__init__", checked_init)


@pytest.fixture
def app_language_restored(qapp):
    """For a test that installs another language: the app is back in English after it.
    A module whose every test switches language names it in ``pytestmark`` (usefixtures)."""
    yield
    from optout_gui.ui.common import i18n

    i18n.install_language(qapp, "en")


# --- shared fixtures: one fake clock, the real store, a sent objection, a wizard ----------
@pytest.fixture
def clocks():
    """The fake wall and monotonic clocks every test shares (tests/clocks.py); a test file
    that needs another start overrides this fixture with its own ``FakeClocks``."""
    from tests.clocks import START, FakeClocks

    return FakeClocks(START, mono=500.0)


@pytest.fixture
def store(tmp_path, clocks):
    """The app's own store, loaded, in ``tmp_path/data``, on the fake clock."""
    from optout_gui.core.storage.store import ObjectionStore

    store = ObjectionStore.in_folder(tmp_path / "data", clock=clocks.wall)
    store.load()
    return store


@pytest.fixture
def sent_record(store):
    """One objection sent through the real session and waiting for Meta's answer."""
    from tests.helpers import send_objection

    return send_objection(store)


@pytest.fixture
def wizard(qtbot, store, clocks):
    """A shown wizard over the real session of a new objection in ``store``."""
    from optout_gui.core.guide import load_guide
    from optout_gui.core.session import ObjectionSession
    from optout_gui.ui.wizard.window import ObjectionWizard

    guide = load_guide()
    session = ObjectionSession(store, store.new(save=False).id, default_form_url=guide.form_url)
    wizard = ObjectionWizard(guide, session, clock=clocks.wall, monotonic=clocks.monotonic)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.resume()
    yield wizard
    import shiboken6

    if shiboken6.isValid(wizard):  # no tick may land in a later test
        wizard.stop_countdown()
