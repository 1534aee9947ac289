"""Wiring: reads the command line, sets up Qt and hands the core's services to the controller.

Each job has its own home: the command line (``cli.py``), Qt's set-up
(``ui/common/application.py``), the settings (``core/settings.py``), the single instance
(``ui/common/single_instance.py``), the error windows (``ui/common/error_windows.py``) and
the menu entry (``core/desktop_entry.py``). Qt is imported only after the command line is
read (the imports inside :func:`run`), so ``--help`` and ``--version`` answer at once and
work even where Qt cannot start.
"""

from __future__ import annotations

import argparse
import gc
import linecache
import logging
import sys

from optout_gui import APP_NAME
from optout_gui.cli import read_command_line
from optout_gui.core import desktop_entry
from optout_gui.core.errorlog import attach_file_handler, record_startup_error
from optout_gui.core.guide import GuideError, guide_for
from optout_gui.core.languages import use_name_cache
from optout_gui.core.paths import AppPaths, folder_access_problem, is_there
from optout_gui.core.settings import read_settings, remember_language, remember_window_place
from optout_gui.core.storage.store import ObjectionStore

log = logging.getLogger("optout_gui")


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
    args = read_command_line(argv)
    if isinstance(args, int):
        return args
    if sys.stderr is not None:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # Problems also go to a small rotating file (created only when something is logged), so
    # a launch without a console still leaves a trace and the error window can point at it.
    attach_file_handler(args.data_dir)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry.command(add=args.install_desktop_entry)
    if args.self_check is not None:
        from optout_gui.ui.selfcheck import run_self_check

        return run_self_check(args.self_check, guide_for)
    try:
        return run(args)
    except Exception as exc:
        return report_startup_error(exc, args)


def run(args: argparse.Namespace) -> int:
    """Set up Qt, open the data, start the controller, run the event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from optout_gui.ui.common import i18n
    from optout_gui.ui.common.application import make_application
    from optout_gui.ui.common.error_windows import install_error_handler
    from optout_gui.ui.common.first_paint import quit_after_first_paint
    from optout_gui.ui.common.folder_choice import other_folder_if_chosen
    from optout_gui.ui.common.notices import show_load_problem
    from optout_gui.ui.common.single_instance import (
        bring_to_front,
        claim_single_instance,
        other_computer_holds,
    )
    from optout_gui.ui.common.widgets import plain_message_box
    from optout_gui.ui.controller import AppController

    # PySide6 reads the whole source text of each module imported once it is loaded (it
    # looks for the word "PySide6" there, for its __feature__ switches) and Python's
    # linecache keeps every line: 2.2 MiB at a first start, never needed again (a traceback
    # reads its lines anew). Dropped here, the wizard's objects reuse that memory: the first
    # start's peak is 1.7 MiB lower (docs/performance.md, 2026-12-06).
    linecache.clearcache()
    app = make_application()
    paths = AppPaths.for_user(args.data_dir)
    if (folder_problem := folder_access_problem(paths.data_dir)) is not None:
        paths = other_folder_if_chosen(paths, folder_problem, ask=not args.exit_after_startup)
    use_name_cache(paths.names_cache)
    settings, settings_problem = read_settings(paths.settings_file)
    wanted = args.lang or settings.language or i18n.system_language()
    language = i18n.install_language(app, wanted, paths.translations_cache)

    try:
        guide = guide_for(language)
    except GuideError as exc:
        message = f"The guide file could not be used.\n\nFile: {exc.path}\nProblem: {exc.problem}"
        print(message, file=sys.stderr)
        if not args.exit_after_startup:
            plain_message_box(None, QMessageBox.Icon.Critical, APP_NAME, message).exec()
        return 1

    instance = claim_single_instance(paths)
    if not instance.claimed and instance.other_computer is not None:
        instance.claimed = other_computer_holds(instance, args.exit_after_startup)
        if not instance.claimed:
            return 0
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
    store.write_check = instance.write_check  # never two copies writing (a lock deleted)
    load_problem = store.load()
    if is_there(paths.progress_file):  # answers saved by version 0.1
        from optout_gui.core.storage.migration import migrate_progress_file

        migrate_progress_file(store, paths.progress_file)

    app.setQuitOnLastWindowClosed(False)  # the controller decides when the last one is gone
    controller = AppController(
        guide,
        store,
        on_all_closed=app.quit,
        language=language,
        change_language=lambda code: change_language(app, paths, code),
        window_place=settings.window,
        save_window_place=lambda place: remember_window_place(paths.settings_file, place),
    )
    window = controller.start()
    instance.activation_requested.connect(lambda: bring_to_front(controller.current_window()))
    install_error_handler(controller, store, args.data_dir)
    if args.exit_after_startup:
        quit_after_first_paint(window)
    elif load_problem or settings_problem or instance.folder_error:
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


def change_language(app, paths, code: str):
    """The language menu: install ``code``, remember it, return (code used, guide)."""
    from optout_gui.ui.common.i18n import install_language

    used = install_language(app, code, paths.translations_cache)
    remember_language(paths.settings_file, used)
    return used, guide_for(used)


def report_startup_error(exc: BaseException, args: argparse.Namespace) -> int:
    """Log an unexpected start-up failure to the log file and tell the person where it is."""
    path = record_startup_error(exc, args.data_dir)
    if sys.stderr is not None:
        print(f"{APP_NAME} could not start: {type(exc).__name__}", file=sys.stderr)
        if path is not None:
            print(f"Details: {path}", file=sys.stderr)
    if not args.exit_after_startup:
        try:  # Qt itself may be what failed; the log file is still there
            from optout_gui.ui.common.error_windows import show_startup_error

            show_startup_error(path)
        except Exception:
            log.debug("could not show the start-up error window", exc_info=True)
    return 1
