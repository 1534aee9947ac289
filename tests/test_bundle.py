"""Build the real PyInstaller bundle (and its archive) in tmp_path and run it.

Slow: about 40-80 s here (the build, then --self-check on offscreen and on xcb in Xvfb).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402

LANGUAGES = sorted(
    p.stem.removeprefix("optout_")
    for p in (ROOT / "resources" / "translations").glob("optout_*.ts")
)
MAX_FOLDER_MB = 140
MAX_ARCHIVE_MB = 55

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
def dist(tmp_path_factory) -> Path:
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
            "--archive",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=clean_env(),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout)  # size and start time, visible with -s
    assert "start time" in result.stdout
    return base / "dist"


@pytest.fixture(scope="module")
def bundle(dist) -> Path:
    return dist / "optout-assistant"


@pytest.fixture(scope="module")
def xvfb_display():
    """A private X server on a display number it picks itself (-displayfd): never one in use."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x1024x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not report its display"
        yield f":{number}"
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        if proc.poll() is None:
            proc.kill()


def self_check(bundle: Path, folder: Path, **env: str) -> dict:
    result = subprocess.run(
        [str(bundle / "optout-assistant"), "--self-check", str(folder)],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=180,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return json.loads(result.stdout)


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
    assert (internal / "resources" / "translations" / "names.json").is_file()
    qt_translations = {p.name for p in internal.rglob("qt*.qm")}
    for code in LANGUAGES:
        assert f"qtbase_{code}.qm" in qt_translations, f"Qt's {code} translation is missing"
    # Only the app's languages: no Japanese, no Qt Help texts.
    assert "qtbase_ja.qm" not in qt_translations
    assert not any(name.startswith("qt_help") for name in qt_translations)


def test_bundle_has_no_test_tools(bundle):
    internal = bundle / "_internal"
    assert not (internal / "pytest").exists()
    assert not (internal / "tkinter").exists()


def test_bundle_keeps_what_desktops_need_and_leaves_out_the_rest(bundle):
    internal = bundle / "_internal"
    plugins = {
        f"{p.parent.name}/{p.name}"
        for p in internal.rglob("*.so")
        if p.parent.parent.name == "plugins"
    }
    for needed in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platformthemes/libqgtk3.so",
        "platformthemes/libqxdgdesktopportal.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "wayland-shell-integration/libxdg-shell.so",
    ):
        assert needed in plugins, f"{needed} is missing"
    assert not any(p.startswith(("tls/", "networkinformation/", "generic/")) for p in plugins)
    assert "platforms/libqvnc.so" not in plugins
    names = {p.name for p in internal.rglob("*") if p.is_file()}
    assert not any(n.startswith(("libcrypto", "libssl", "_ssl.", "_hashlib.")) for n in names)
    assert not (internal / "babel").exists()
    # The GTK theme plugin uses the system's GTK and its libraries, never copies of them.
    assert not any(n.startswith(("libcairo", "libgtk-3", "libgdk-3", "libpango")) for n in names)


def test_python_modules_left_out(bundle):
    """Babel and ssl are not in the frozen modules, so nothing can import them at run time."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle / "optout-assistant"))
    pyz = archive.open_embedded_archive(next(n for n in archive.toc if n.endswith(".pyz")))
    modules = set(pyz.toc)
    assert "optout_gui.ui.selfcheck" in modules  # the reader sees the app's modules
    assert not {m for m in modules if m.split(".")[0] in ("babel", "ssl", "tkinter")}


def test_libraries_carry_no_debug_information(bundle):
    carrying = [
        str(p.relative_to(bundle))
        for p in bundle.rglob("*")
        if p.is_file() and not p.is_symlink() and build_bundle._has_debug_info(p)
    ]
    assert not carrying, "debug information left in (is 'strip' from binutils installed?)"
    libpython = next((bundle / "_internal").glob("libpython3*.so*"))
    assert libpython.stat().st_size < 10e6  # 22 MB with its debug information


def test_size_targets(dist, bundle):
    folder_mb = build_bundle.folder_size(bundle) / 1e6
    archive = dist / build_bundle.archive_name()
    archive_mb = archive.stat().st_size / 1e6
    print(f"bundle {folder_mb:.1f} MB, archive {archive_mb:.1f} MB")
    assert folder_mb <= MAX_FOLDER_MB
    assert archive_mb <= MAX_ARCHIVE_MB


def test_archive_and_checksum(dist, tmp_path):
    archive = dist / build_bundle.archive_name()
    assert archive.name.startswith("optout-assistant-") and archive.name.endswith(
        "-linux-x86_64.tar.gz" if os.uname().machine == "x86_64" else ".tar.gz"
    )
    sums = (dist / "SHA256SUMS").read_text(encoding="utf-8")
    assert sums == f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n"
    if shutil.which("sha256sum"):
        checked = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=dist, capture_output=True, text=True
        )
        assert checked.returncode == 0 and f"{archive.name}: OK" in checked.stdout
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path, filter="data")
    unpacked = tmp_path / "optout-assistant" / "optout-assistant"
    result = subprocess.run(
        [str(unpacked), "--version"], capture_output=True, text=True, env=clean_env(), timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith("optout-assistant ")
    assert os.access(unpacked, os.X_OK)


def check_report(report: dict, folder: Path, platform: str) -> None:
    assert report["frozen"] is True
    assert report["platform"] == platform
    assert report["window_shown"] is True
    assert report["problems"] == []
    assert report["babel_imported"] is False
    assert sorted(report["languages"]) == LANGUAGES
    for code, lang in report["languages"].items():
        assert lang["used"] == code
        assert f"optout_{code}.qm" in lang["translators"]
        if code != "en":
            assert f"qtbase_{code}.qm" in lang["translators"]
            assert lang["qt_cancel"] != "Cancel"  # Qt's own buttons are translated
            assert lang["proof_title"] != report["languages"]["en"]["proof_title"]
        assert lang["language_name"] != code
        assert lang["countries"] > 20  # every country of the guide has its name
    pdf = folder / "self-check-proof.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    import pypdf

    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    assert "sample@example.org" in "".join(text.split())
    ics = (folder / "self-check-reminders.ics").read_text(encoding="utf-8")
    import icalendar

    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert len(events) == 2
    from tests.test_selfcheck import decode_qr

    # segno is in the bundle: the form link's QR code reads back with zxing-cpp
    assert decode_qr(folder / "self-check-qr.png") == report["samples"]["qr_text"]


def test_self_check_offscreen(bundle, tmp_path):
    report = self_check(bundle, tmp_path / "out", QT_QPA_PLATFORM="offscreen")
    check_report(report, tmp_path / "out", "offscreen")


def debian_package(library: str) -> str:
    """The Debian package that ships ``library`` by Debian's naming rule:
    libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    name, _, version = library.partition(".so.")
    return f"{name}{'-' if name[-1].isdigit() else ''}{version.split('.')[0]}"


def missing_xcb_libraries() -> list[str]:
    """Libraries Qt's xcb platform plugin needs that this machine lacks (``ldd``)."""
    spec = importlib.util.find_spec("PySide6")
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file() or shutil.which("ldd") is None:
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def test_debian_package_names_follow_the_library_names():
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"


MISSING_XCB = missing_xcb_libraries()


@pytest.mark.skipif(
    bool(MISSING_XCB),
    reason="Qt's xcb platform needs libraries this machine lacks: install the Debian packages "
    f"{' '.join(debian_package(lib) for lib in MISSING_XCB)} (CONTRIBUTING.md lists them all)",
)
def test_self_check_and_start_on_xcb(bundle, tmp_path, xvfb_display):
    report = self_check(bundle, tmp_path / "out", QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display)
    check_report(report, tmp_path / "out", "xcb")
    result = subprocess.run(
        [str(bundle / "optout-assistant"), "--exit-after-startup", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=clean_env(QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_browser_gets_the_original_library_path(tmp_path):
    """A tiny frozen program prints what clean_library_path leaves for a launched browser."""
    script = tmp_path / "probe.py"
    script.write_text(
        "import json, os, sys\n"
        "from optout_gui.core.bundle_env import clean_library_path\n"
        "seen = os.environ.get('LD_LIBRARY_PATH')\n"
        "with clean_library_path():\n"
        "    inside = os.environ.get('LD_LIBRARY_PATH')\n"
        "print(json.dumps({'bundle': sys._MEIPASS, 'seen': seen, 'inside': inside}))\n",
        encoding="utf-8",
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


def test_second_start_finds_the_first_without_openssl(bundle, tmp_path):
    """The single-instance socket (QtNetwork, its name from hashlib) works in the lean bundle,
    which has neither OpenSSL nor Python's _hashlib."""
    exe = str(bundle / "optout-assistant")
    first = subprocess.Popen(
        [exe, "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=clean_env(),
    )
    try:
        lock = tmp_path / ".instance.lock"
        for _ in range(600):  # wait until the first start holds the folder's lock
            if lock.exists() or first.poll() is not None:
                break
            time.sleep(0.05)
        assert lock.exists(), "the first start never took the data folder's lock"
        second = None
        for _ in range(20):  # the first start listens shortly after its window shows
            second = subprocess.run(
                [exe, "--data-dir", str(tmp_path)],
                capture_output=True,
                text=True,
                env=clean_env(),
                timeout=60,
            )
            if "already open" in second.stdout:
                break
        assert second.returncode == 0 and "already open" in second.stdout, second.stdout
    finally:
        first.terminate()
        out, _ = first.communicate(timeout=30)
    assert "Another start asked for this window" in out
