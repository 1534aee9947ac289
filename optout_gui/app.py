"""Command line, application set-up and wiring of core services into the wizard.

Qt is imported only after the command line is read, so ``--help`` and ``--version``
answer at once and work even where Qt cannot start.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys

from optout_gui import APP_ID, APP_NAME, __version__

log = logging.getLogger("optout_gui")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="optout-assistant",
        description=(
            f"{APP_NAME}: a step-by-step guide for objecting to Meta using your posts, "
            "photos and information to train its AI. It never goes online itself."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep every file the app writes in DIR (portable mode, e.g. on a USB stick); "
        "a folder the app makes is private to you, an existing one keeps its permissions",
    )
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the first page, let it paint, then quit with status 0 (for checks)",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="show the app in this language (e.g. de, fr, pt_BR) instead of the one chosen "
        "in the app or the system's",
    )
    parser.add_argument(
        "--self-check",
        metavar="DIR",
        help="check that this copy works here: load every language, write a sample proof PDF "
        "and calendar file into DIR, print a report (JSON), then quit (status 0: all good)",
    )
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="Linux: add the app to your applications menu (for you only), then quit",
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="Linux: remove the menu entry and icon added by --install-desktop-entry, then quit",
    )
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit status."""
    # Start-up creates thousands of objects that live as long as the app (Qt's classes and
    # enums, our modules, the pages); the cyclic garbage collector would scan them again
    # and again while they are made. It is switched back on before the event loop starts.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version, or a bad option (status 2)
        return int(exc.code or 0)
    if args.data_dir is not None and not args.data_dir.strip():
        print(
            "optout-assistant: error: --data-dir needs a folder; an empty name is refused "
            "(write --data-dir . for the current folder)",
            file=sys.stderr,
        )
        return 2
    if args.lang is not None:
        from optout_gui.core.languages import available_languages, match_language

        available = available_languages()
        code = match_language(args.lang, available)
        if code is None:
            print(
                f"optout-assistant: error: --lang {args.lang}: no such language. "
                f"Choose one of: {', '.join(available)}",
                file=sys.stderr,
            )
            return 2
        args.lang = code
    if sys.stderr is not None:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # Problems also go to a small rotating file (created only when something is logged), so
    # a launch without a console still leaves a trace and the error window can point at it.
    from optout_gui.core.errorlog import attach_file_handler

    attach_file_handler(args.data_dir)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry_command(install=args.install_desktop_entry)
    if args.self_check is not None:
        from optout_gui.ui.selfcheck import run_self_check

        return run_self_check(args.self_check, guide_for)
    try:
        return run(args)
    except Exception as exc:
        return report_startup_error(exc, args)


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from optout_gui.core.guide import GuideError
    from optout_gui.core.languages import use_name_cache
    from optout_gui.core.paths import AppPaths
    from optout_gui.core.settings import read_settings
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.common.i18n import install_language, system_language

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from optout_gui.ui.common.contrast_style import use_contrast_style

    use_contrast_style(app)  # visible edges on Fusion, light and dark (ui/common/contrast_style.py)

    paths = AppPaths.for_user(args.data_dir)
    use_name_cache(paths.names_cache)
    settings, settings_problem = read_settings(paths.settings_file)
    wanted = args.lang or settings.language or system_language()
    language = install_language(app, wanted, paths.translations_cache)

    try:
        guide = guide_for(language)
    except GuideError as exc:
        message = f"The guide file could not be used.\n\nFile: {exc.path}\nProblem: {exc.problem}"
        print(message, file=sys.stderr)
        if not args.exit_after_startup:
            from PySide6.QtWidgets import QMessageBox  # its enums: only when needed

            from optout_gui.ui.common.widgets import plain_message_box

            plain_message_box(None, QMessageBox.Icon.Critical, APP_NAME, message).exec()
        return 1

    instance = claim_single_instance(paths)
    if not instance.claimed:
        if instance.handed_over:
            print(f"{APP_NAME} is already open; its window was brought to the front.")
        else:
            print(
                f"{APP_NAME} is already open for this data folder ({paths.data_dir}), "
                "but its window could not be brought to the front. Look for it among your "
                "open windows."
            )
        return 0
    store = ObjectionStore.in_folder(paths.data_dir)
    load_problem = store.load()
    if paths.progress_file.exists():  # answers saved by version 0.1; the reader is rarely needed
        from optout_gui.core.storage.migration import migrate_progress_file

        migrate_progress_file(store, paths.progress_file)

    from optout_gui.ui.controller import AppController

    app.setQuitOnLastWindowClosed(False)  # the controller decides when the last one is gone
    controller = AppController(
        guide,
        store,
        on_all_closed=app.quit,
        language=language,
        change_language=lambda code: change_language(app, paths, code),
        window_place=settings.window,
        save_window_place=lambda place: save_window_place(paths, place),
    )
    window = controller.start()
    instance.activation_requested.connect(lambda: bring_to_front(controller.current_window()))
    install_error_handler(controller, store, args.data_dir)
    if args.exit_after_startup:
        from optout_gui.ui.common.first_paint import quit_after_first_paint

        quit_after_first_paint(window)
    elif load_problem or settings_problem or instance.folder_error:
        from optout_gui.ui.common.notices import show_load_problem

        QTimer.singleShot(
            0,
            lambda: show_load_problem(
                window, load_problem, settings_problem, instance.folder_error
            ),
        )
    # What start-up made stays: keep it out of every later collection (collecting first
    # would cost more than the few hundred objects of start-up garbage it would free).
    gc.freeze()
    gc.enable()
    return app.exec()


def guide_for(language: str):
    """``core.guide.guide_for``, imported when first needed (keeps ``--help`` instant)."""
    from optout_gui.core.guide import guide_for

    return guide_for(language)


def change_language(app, paths, code: str):
    """The language menu: install ``code``, remember it, return (code used, guide)."""
    from optout_gui.core.settings import Settings, load_settings, save_settings
    from optout_gui.ui.common.i18n import install_language

    used = install_language(app, code, paths.translations_cache)
    settings = load_settings(paths.settings_file)
    if settings.language != used:
        save_settings(paths.settings_file, Settings(**{**vars(settings), "language": used}))
    return used, guide_for(used)


def save_window_place(paths, place: list[int]) -> None:
    """Remember where the window was (read again at the next start)."""
    from optout_gui.core.settings import Settings, load_settings, save_settings

    settings = load_settings(paths.settings_file)
    if settings.window != place:
        save_settings(paths.settings_file, Settings(**{**vars(settings), "window": place}))


def claim_single_instance(paths):
    """One running copy per data folder, or two copies would overwrite each other's answers.

    Returns the SingleInstance; ``claimed`` is False when another copy holds the folder.
    A folder that can't be made (read-only disk, a file in its place) doesn't stop the app:
    it starts, and says so as soon as something can't be saved.
    """
    from optout_gui.core.atomic import ensure_private_dir
    from optout_gui.ui.common.single_instance import SingleInstance

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


def bring_to_front(window) -> None:
    from PySide6.QtWidgets import QApplication

    if sys.stdout is not None:
        print("Another start asked for this window: bringing it to the front.", flush=True)
    if window is None:
        return
    window.showNormal()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def install_error_handler(controller, store, data_dir) -> None:
    """Unexpected errors while running: save what we can, log it, and say so kindly."""
    from optout_gui.core.errorlog import log_file

    shown = []

    def handle(exc_type, exc, tb):
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        store.save()
        if shown:  # one window is enough; further errors only go to the log
            return
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QMessageBox

        translate = QCoreApplication.translate

        from optout_gui.core.datafile import DataFileError
        from optout_gui.ui.common.widgets import plain_message_box

        if isinstance(exc, DataFileError):  # one of the app's own files: name it, as the guide
            text = (
                translate(
                    "errors",
                    "A file that comes with the app could not be used, so this part of it "
                    "can't work. Your answers so far are saved.",
                )
                + "\n\n"
                + translate("errors", "File: %1").replace("%1", str(exc.path))
                + "\n"
                + translate("errors", "Problem: %1").replace("%1", exc.problem)
            )
        else:
            text = translate(
                "errors",
                "Something unexpected went wrong. Your answers so far are saved.\n\n"
                "If it happens again, the technical details are in this file:\n%1",
            ).replace("%1", str(log_file(data_dir)))

        box = plain_message_box(
            controller.current_window(), QMessageBox.Icon.Warning, APP_NAME, text
        )
        box.setObjectName("unexpected_error")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        shown.append(box)

    sys.excepthook = handle


def app_icon():
    """The window icon; each PNG size is read only when a size is asked for."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from optout_gui.core.resources import ICON_NAME, PNG_SIZES, resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons" / "png"
    for size in PNG_SIZES:
        icon.addFile(str(folder / f"{ICON_NAME}-{size}.png"), QSize(size, size))
    return icon


def desktop_entry_command(install: bool) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry: no window, a line of text, a status."""
    from optout_gui.core import desktop_entry

    if not sys.platform.startswith("linux"):
        print("Menu entries can be added this way on Linux only.", file=sys.stderr)
        return 1
    try:
        if install:
            files = desktop_entry.install()
            print(f"Added {APP_NAME} to your applications menu ({len(files)} files written):")
        else:
            files = desktop_entry.uninstall()
            print(f"Removed {len(files)} files of the {APP_NAME} menu entry:")
    except desktop_entry.DesktopEntryError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for path in files:
        print(f"  {path}")
    return 0


def report_startup_error(exc: BaseException, args: argparse.Namespace) -> int:
    """Log an unexpected start-up failure to the log file and tell the person where it is."""
    from optout_gui.core.errorlog import record_startup_error

    path = record_startup_error(exc, args.data_dir)
    if sys.stderr is not None:
        print(f"{APP_NAME} could not start: {type(exc).__name__}", file=sys.stderr)
        if path is not None:
            print(f"Details: {path}", file=sys.stderr)
    if not args.exit_after_startup:
        show_startup_error(path)
    return 1


def show_startup_error(path) -> None:
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        translate = QCoreApplication.translate

        app = QApplication.instance() or QApplication([APP_ID])  # noqa: F841
        if path is None:
            text = translate("startup", "Something went wrong and the app could not start.")
        else:
            text = translate(
                "startup",
                "Something went wrong and the app could not start.\n\n"
                "The technical details are saved in this file:\n%1\n\n"
                "If you ask someone for help, you can send them that file. "
                "It only describes the problem inside the app.",
            ).replace("%1", str(path))
        from optout_gui.ui.common.widgets import plain_message_box

        plain_message_box(None, QMessageBox.Icon.Critical, APP_NAME, text).exec()
    except Exception:  # Qt itself may be what failed; the log file is still there
        log.debug("could not show the start-up error window", exc_info=True)
