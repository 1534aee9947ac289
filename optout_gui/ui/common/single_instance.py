"""One running copy per data folder: a second start brings the first window to the front.

A lock file decides who is first (Qt's QLockFile notices a holder that crashed), and a
local socket — never a network one — carries the "show yourself" request.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import logging
import os
import stat
import sys
import time
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from optout_gui.core.atomic import ensure_private_dir
from optout_gui.core.paths import AppPaths
from optout_gui.ui.common.dates import date_time_text
from optout_gui.ui.common.widgets import ask_two_ways

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
LOCK_NAME = ".instance.lock"
# A lock file that is empty or unreadable this long after it was made is broken (Qt writes
# the holder's details right after creating it).
BROKEN_AFTER = 2.0
WATCH_MS = 2000  # how often a running copy checks that its lock file is still there


class LockHolder(NamedTuple):
    """The copy a lock file names: which computer, since when (the file's time, UTC)."""

    host: str
    pid: int
    since: dt.datetime
    elsewhere: bool  # on another computer: its process can't be checked from here


def read_holder(path: Path) -> LockHolder | None:
    """Who holds the lock file at ``path``; None if it is missing or broken (see
    :func:`is_broken`). Never follows a link."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > 4096:
            return None
        with open(path, "rb") as handle:
            lines = handle.read(4096).decode("utf-8").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    if pid <= 0:
        return None
    host = lines[2].strip() if len(lines) > 2 else ""
    machine = lines[3].strip() if len(lines) > 3 else ""
    ours = bytes(QSysInfo.machineUniqueId().data()).decode("ascii", "replace")
    if machine and ours:
        elsewhere = machine != ours
    else:
        elsewhere = bool(host) and host != QSysInfo.machineHostName()
    since = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC)
    return LockHolder(host or "?", pid, since, elsewhere)


def is_broken(path: Path, now: float | None = None) -> bool:
    """True for a lock file no copy can hold: a link (even a dangling one), a folder or
    another non-file, or a file whose content names no process and that is not brand new."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
        return True
    if read_holder(path) is not None:
        return False
    age = (time.time() if now is None else now) - info.st_mtime
    return abs(age) >= BROKEN_AFTER


def clear_broken(path: Path, now: float | None = None) -> bool:
    """Remove a broken lock file (a folder is renamed aside, its content kept); True if one
    was removed. A link is removed itself, never what it points to."""
    if not is_broken(path, now):
        return False
    try:
        if stat.S_ISDIR(os.lstat(path).st_mode):
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
            os.rename(path, path.with_name(f"{path.name}.broken-{stamp}-{os.getpid()}"))
        else:
            os.unlink(path)
    except OSError as exc:
        log.warning("a broken lock file could not be removed: %s", exc.strerror or exc)
        return False
    log.warning("removed a broken lock file")
    return True


def server_name(data_dir: Path) -> str:
    import hashlib  # noqa: PLC0415 - seam: loads OpenSSL (about 3 MiB), not needed to start

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()
    return f"optout-assistant-{digest[:16]}"


class SingleInstance(QObject):
    """Call :meth:`claim`; if it returns False another copy was asked to show itself."""

    activation_requested = Signal()
    # The lock file now names another copy (ours was deleted and another copy took the
    # folder): this copy stops writing (see :meth:`still_ours`).
    lost = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock_path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # only a dead holder's lock is stale, however old
        self._server = None  # a QLocalServer once listening
        self.handed_over = False  # claim() asked the running copy to show its window
        self.claimed = False  # what claim() answered (set by the caller)
        self.folder_error: OSError | None = None  # the data folder couldn't be made
        # The lock names a copy on another computer (a USB stick, a synced folder): the
        # person decides (see :meth:`take_over`).
        self.other_computer: LockHolder | None = None
        self._lost = False
        self._watch: QTimer | None = None  # looks at the lock file now and then

    @functools.cached_property
    def name(self) -> str:
        """The local socket's name, the same for every copy using this data folder."""
        return server_name(self.data_dir)

    def claim(self) -> bool:
        """True when this copy may run; False when another copy holds the lock.

        The lock alone decides: a copy that can't be reached (no local socket, say) is still
        running, and ``handed_over`` then stays False. Only when the data folder can't hold
        a lock file at all (a read-only disk, a file where the folder should be) does this
        copy run without it; nothing can be saved there then, so nothing can be overwritten.
        """
        self.handed_over = False
        self.other_computer = None
        clear_broken(self.lock_path)
        if self._lock.tryLock(100):
            self._locked()
            # Listening can wait until the window has painted (QtNetwork costs start-up time);
            # a second start meanwhile retries its connection for a second.
            QTimer.singleShot(300, self._listen)
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("no lock file can be made in the data folder; running without one")
            if self._ask_running_copy():
                self.handed_over = True
                return False
            return True
        holder = read_holder(self.lock_path)
        if holder is not None and holder.elsewhere:
            self.other_computer = holder
            return False
        if self._ask_running_copy():
            self.handed_over = True
            return False
        # The holder is alive but not answering (still starting?): wait for it a little.
        # A lock file that names nobody even then is broken, and taken.
        if self._lock.tryLock(2000) or (clear_broken(self.lock_path) and self._lock.tryLock(100)):
            self._locked()
            self._listen()
            return True
        self.handed_over = self._ask_running_copy()
        return False

    def take_over(self) -> bool:
        """The person said the copy on the other computer is closed: take its lock."""
        if self.other_computer is None or read_holder(self.lock_path) != self.other_computer:
            return False  # it changed meanwhile: ask again rather than guess
        with contextlib.suppress(OSError):
            os.unlink(self.lock_path)
        if not self._lock.tryLock(100):
            return False
        self.other_computer = None
        self._locked()
        QTimer.singleShot(300, self._listen)
        return True

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def _locked(self) -> None:
        self._private_lock_file()
        if self._watch is None:
            self._watch = QTimer(self)
            self._watch.setInterval(WATCH_MS)
            self._watch.timeout.connect(self.still_ours)
        self._watch.start()

    def still_ours(self) -> bool:
        """True while this copy may write to the data folder.

        A lock file deleted while running (a clean-up tool, a sync) is made again at once,
        so a second start still finds this copy. If another copy took the folder in the
        meantime, this one never writes again (two writers would lose each other's
        answers): ``lost`` is emitted once, and False returned from then on. Called before
        every save, and every few seconds.
        """
        if self._lost:
            return False
        if not self._lock.isLocked():
            return True  # running without a lock (the folder can't hold one): nothing to keep
        try:
            os.lstat(self.lock_path)
        except FileNotFoundError:
            self._lock.unlock()  # forgets the deleted file (nothing to remove)
            if self._lock.tryLock(0):
                self._private_lock_file()
                log.warning("the lock file was deleted while running; made again")
                return True
        except OSError:
            return True  # can't look now: nothing says another copy is there
        holder = read_holder(self.lock_path)
        if holder is not None and holder.pid == os.getpid() and not holder.elsewhere:
            return True
        if holder is None and not is_broken(self.lock_path):
            return True  # another copy is writing its details this very moment: look again
        self._lose()
        return False

    def write_check(self) -> OSError | None:
        """For the store: None while this copy may write, else why not (see still_ours)."""
        if self.still_ours():
            return None
        return PermissionError(
            errno.EBUSY, "another copy of the assistant has opened this data folder"
        )

    def _lose(self) -> None:
        self._lost = True
        if self._watch is not None:
            self._watch.stop()
        log.warning("another copy took this data folder; this copy stops saving")
        # Qt removes "its" lock file by name when unlocking (and on exit): keep the other
        # copy's file under a second name meanwhile, then put it back.
        keep = self.lock_path.with_name(f"{LOCK_NAME}.keep-{os.getpid()}")
        try:
            os.link(self.lock_path, keep, follow_symlinks=False)
        except (OSError, NotImplementedError):  # no hard links here (Windows keeps it open)
            keep = None
        self._lock.unlock()
        if keep is not None:
            with contextlib.suppress(OSError):
                os.replace(keep, self.lock_path)
        self.lost.emit()

    def _private_lock_file(self) -> None:
        # It holds only a process id and the machine's name, but every file here is private.
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.lock_path, 0o600)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - seam: after the first paint

        QLocalServer.removeServer(self.name)  # a socket file left by a crashed holder
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("could not listen for a second start: %s", server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection) -> None:
        if bytes(connection.readAll().data()).startswith(ACTIVATE.strip()):
            log.info("a second start asked this window to come to the front")
            self.activation_requested.emit()

    def _ask_running_copy(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - seam: after the first paint

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._watch is not None:
            self._watch.stop()
        if self._server is not None:
            self._server.close()
            self._server = None
        if not self._lost:
            self._lock.unlock()


def other_computer_text(holder: LockHolder, folder: Path) -> str:
    """What the person reads when the lock names a copy on another computer."""
    # The computer's offset from UTC on that day (astimezone() with no zone gives it), not
    # today's: a lock taken in winter is read in summer.
    since = date_time_text(holder.since, holder.since.astimezone().tzinfo)
    return (
        QCoreApplication.translate(
            "startup",
            "This data folder seems to be open on another computer, “%1”, since %2:\n%3\n\n"
            "If the app is still open there, close it there first: two copies writing to "
            "the same folder would lose each other's answers.\n\n"
            "If that computer is off or the app is closed there (a USB stick that was "
            "pulled out, say), you can open the folder here.",
        )
        .replace("%1", holder.host)
        .replace("%2", since)
        .replace("%3", str(folder))
    )


def ask_take_over(instance: SingleInstance) -> bool:
    """Ask whether to open a folder another computer's copy seems to hold; True if taken."""
    translate = QCoreApplication.translate
    here = ask_two_ways(
        other_computer_text(instance.other_computer, instance.data_dir),
        translate("startup", "Open it here"),
        translate("startup", "Quit"),
        default_accept=False,
    )
    return here and instance.take_over()


def claim_single_instance(paths: AppPaths) -> SingleInstance:
    """One running copy per data folder, or two copies would overwrite each other's answers.

    Returns the SingleInstance; ``claimed`` is False when another copy holds the folder.
    A folder that can't be made (read-only disk, a file in its place) doesn't stop the app:
    it starts, and says so as soon as something can't be saved.
    """
    folder_error = None
    try:
        ensure_private_dir(paths.data_dir)
    except OSError as exc:
        folder_error = exc
        log.warning("the data folder can't be made: %s", exc.strerror or type(exc).__name__)
        if sys.stderr is not None:
            print(
                f"The data folder can't be made, so nothing can be saved: "
                f"{exc.filename or paths.data_dir}: {exc.strerror or exc}",
                file=sys.stderr,
            )
    instance = SingleInstance(paths.data_dir)
    instance.folder_error = folder_error
    instance.claimed = instance.claim()
    return instance


def bring_to_front(window: QWidget | None) -> None:
    """A second start asked for this copy's window."""
    if sys.stdout is not None:
        print("Another start asked for this window: bringing it to the front.", flush=True)
    if window is None:
        return
    window.showNormal()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def other_computer_holds(instance: SingleInstance, exit_after_startup: bool) -> bool:
    """The lock names a copy on another computer: say which and since when, and let the
    person choose (True: opened here). ``--exit-after-startup`` asks nothing."""
    if sys.stdout is not None:
        print(other_computer_text(instance.other_computer, instance.data_dir), flush=True)
    return not exit_after_startup and ask_take_over(instance)
