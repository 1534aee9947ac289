"""Command line, application set-up and wiring of core services into the wizard.

Qt is imported only after the command line is read, so ``--help`` and ``--version``
answer at once and work even where Qt cannot start.
"""

from __future__ import annotations

import argparse
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
        help="keep every file the app writes in DIR (portable mode, e.g. on a USB stick)",
    )
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the first page, let it paint, then quit with status 0 (for checks)",
    )
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit status."""
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version, or a bad option (status 2)
        return int(exc.code or 0)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return run(args)


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from optout_gui.core.guide import GuideError, load_guide
    from optout_gui.core.paths import AppPaths
    from optout_gui.core.progress import ProgressSession, ProgressStore

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    try:
        guide = load_guide()
    except GuideError as exc:
        message = f"The guide file could not be used.\n\nFile: {exc.path}\nProblem: {exc.problem}"
        print(message, file=sys.stderr)
        if not args.exit_after_startup:
            QMessageBox.critical(None, APP_NAME, message)
        return 1

    paths = AppPaths.for_user(args.data_dir)
    session = ProgressSession(ProgressStore(paths.progress_file))
    window = build_window(guide, session)
    window.show()
    window.resume()
    if args.exit_after_startup:
        # Zero-delay timers run after the pending show/paint events have been handled.
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, lambda: report_load_problem(window, session))
    return app.exec()


def build_window(guide, session):
    from optout_gui.ui.wizard import ObjectionWizard

    return ObjectionWizard(guide, session)


def report_load_problem(window, session) -> None:
    from optout_gui.ui.notices import show_load_problem

    show_load_problem(window, session.load_problem)
