"""Linux menu entry: a freedesktop ``.desktop`` file plus the app icon in the user's folders.

``install()`` writes ``applications/optout-assistant.desktop`` and the icon (SVG and PNG sizes
under ``icons/hicolor``) into ``$XDG_DATA_HOME`` (default ``~/.local/share``); ``uninstall()``
removes exactly those files again. The file name matches ``setDesktopFileName("optout-assistant")``
so desktops (Wayland in particular) pair the running window with this entry and its icon.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from optout_gui import APP_ID, APP_NAME
from optout_gui.core.resources import ICON_NAME, PNG_SIZES, resources_dir

DESKTOP_FILE = f"{APP_ID}.desktop"

COMMENT = "Step-by-step help to object to Meta using your posts and photos to train its AI"

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these must be preceded by a backslash.
_ESCAPE_IN_QUOTES = set('"`$\\')


class DesktopEntryError(Exception):
    """The entry could not be written or removed; ``str()`` says why in plain words."""


class PlannedFile(NamedTuple):
    source: Path | None  # None: generated text (the .desktop file)
    target: Path


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path, else ``~/.local/share`` (XDG spec)."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or os.path.expanduser("~")
    return Path(home) / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this copy of the app.

    A PyInstaller bundle starts through its own executable; a checkout through this Python
    and ``main.py``; an installed package through this Python and ``-m optout_gui``.
    """
    executable = os.path.abspath(sys.executable)
    if getattr(sys, "frozen", False):
        return [executable]
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    if main_py.is_file():
        return [executable, str(main_py)]
    return [executable, "-m", "optout_gui"]


def quote_exec_arg(arg: str) -> str:
    """Quote one argument by the Exec rules (before the string-level escaping)."""
    if "\n" in arg or "\r" in arg:
        raise DesktopEntryError("A path with a line break can't be used in a menu entry.")
    quoted = arg
    if arg == "" or any(ch in _RESERVED for ch in arg):
        quoted = '"' + "".join("\\" + ch if ch in _ESCAPE_IN_QUOTES else ch for ch in arg) + '"'
    # A literal percent sign is written %% so it isn't read as a field code.
    return quoted.replace("%", "%%")


def escape_string_value(value: str) -> str:
    """The general escaping of a ``string`` value: backslash, tab, newline, return."""
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


def exec_value(argv: Sequence[str]) -> str:
    """The value of the Exec key for ``argv``, as written in the file."""
    if not argv:
        raise DesktopEntryError("There is no command to put in the menu entry.")
    return escape_string_value(" ".join(quote_exec_arg(arg) for arg in argv))


def desktop_file_text(argv: Sequence[str]) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_NAME}",
        f"Comment={COMMENT}",
        f"Exec={exec_value(argv)}",
        # The menu hides the entry once the program it starts has gone away.
        f"TryExec={escape_string_value(argv[0])}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=Utility;",
        "Keywords=Meta;Facebook;Instagram;AI;privacy;objection;opt-out;",
        "StartupNotify=true",
        "",
    ]
    return "\n".join(lines)


def planned_files(target_home: Path, icons_source: Path | None = None) -> list[PlannedFile]:
    """Every file ``install()`` writes, in the order it writes them."""
    icons = resources_dir() / "icons" if icons_source is None else icons_source
    hicolor = target_home / "icons" / "hicolor"
    files = [
        PlannedFile(icons / f"{ICON_NAME}.svg", hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg")
    ]
    for size in PNG_SIZES:
        files.append(
            PlannedFile(
                icons / "png" / f"{ICON_NAME}-{size}.png",
                hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png",
            )
        )
    files.append(PlannedFile(None, target_home / "applications" / DESKTOP_FILE))
    return files


def install(
    target_home: Path | None = None,
    argv: Sequence[str] | None = None,
    icons_source: Path | None = None,
) -> list[Path]:
    """Write the menu entry and icons; returns the files written. Running it again updates them."""
    home = data_home() if target_home is None else Path(target_home)
    command = launch_command() if argv is None else list(argv)
    text = desktop_file_text(command)
    written = []
    for planned in planned_files(home, icons_source):
        try:
            source = planned.source
            data = text.encode("utf-8") if source is None else source.read_bytes()
            _write_file(planned.target, data)
        except OSError as exc:
            raise DesktopEntryError(
                f"Could not write {planned.target}: {exc.strerror or exc}"
            ) from exc
        written.append(planned.target)
    _refresh_icon_theme(home / "icons" / "hicolor")
    return written


def uninstall(target_home: Path | None = None) -> list[Path]:
    """Remove what ``install()`` writes; returns the files that were there and are now gone.

    Folders are left in place: they are the shared XDG folders every desktop uses.
    """
    home = data_home() if target_home is None else Path(target_home)
    removed = []
    for planned in planned_files(home):
        try:
            planned.target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopEntryError(
                f"Could not remove {planned.target}: {exc.strerror or exc}"
            ) from exc
        removed.append(planned.target)
    return removed


def _write_file(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _refresh_icon_theme(hicolor: Path) -> None:
    """Touch the theme folder: icon caches check its time stamp to notice new icons."""
    with contextlib.suppress(OSError):
        os.utime(hicolor)


def command(add: bool) -> int:
    """--install-desktop-entry (``add``) / --uninstall-desktop-entry: no window, a line of
    text per file, an exit status."""
    if not sys.platform.startswith("linux"):
        print("Menu entries can be added this way on Linux only.", file=sys.stderr)
        return 1
    try:
        if add:
            files = install()
            print(f"Added {APP_NAME} to your applications menu ({len(files)} files written):")
        else:
            files = uninstall()
            print(f"Removed {len(files)} files of the {APP_NAME} menu entry:")
    except DesktopEntryError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for path in files:
        print(f"  {path}")
    return 0
