"""The command line: its options, and the checks that need no Qt (so ``--help`` and
``--version`` answer at once, and work even where Qt cannot start)."""

from __future__ import annotations

import argparse
import sys

from optout_gui import APP_NAME, __version__
from optout_gui.core.languages import available_languages, match_language


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


def read_command_line(argv: list[str] | None) -> argparse.Namespace | int:
    """The options, checked; or the exit status when there is nothing more to do
    (``--help``, ``--version``: 0; a bad option: 2, with the reason on stderr)."""
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
    return args
