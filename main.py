#!/usr/bin/env python3
"""Double-click launcher for the AI Opt-Out Assistant (works from a checkout).

Run ``python main.py --help`` for the options. If packages the app needs are missing, it says
which ones and the command that installs them, on the console and, where a screen and tkinter
are there, in a small window (a double-click shows no console).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

# The package sits beside this file in a checkout.
sys.path.insert(0, str(Path(__file__).resolve().parent))

REQUIRED = {
    "PySide6": "PySide6-Essentials",
    "platformdirs": "platformdirs",
    "email_validator": "email-validator",
}

TITLE = "AI Opt-Out Assistant can't start yet"


def missing_packages() -> list[str]:
    return [
        pip_name
        for module, pip_name in REQUIRED.items()
        if importlib.util.find_spec(module) is None
    ]


def install_command(missing: list[str]) -> str:
    python = sys.executable or "python3"
    if " " in python:
        python = f'"{python}"'
    return f"{python} -m pip install " + " ".join(missing)


def missing_message(missing: list[str]) -> str:
    if len(missing) == 1:
        first = f"The AI Opt-Out Assistant needs one more package before it can start: {missing[0]}"
    else:
        first = "The AI Opt-Out Assistant needs these packages before it can start: " + ", ".join(
            missing
        )
    return f"{first}\n\nTo install, open a terminal and run this one command:"


def has_display() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def build_window(message: str, command: str):
    """A small Tk window with the message, the command (selectable) and Copy / Close buttons."""
    import tkinter as tk

    root = tk.Tk()
    root.title(TITLE)
    root.resizable(False, False)
    frame = tk.Frame(root, padx=16, pady=16)
    frame.pack(fill="both", expand=True)
    tk.Label(frame, text=message, justify="left", wraplength=460, anchor="w").pack(fill="x")
    width = 64
    field = tk.Text(frame, width=width, height=-(-len(command) // width), wrap="char")
    field.insert("1.0", command)
    field.configure(state="disabled")  # read-only, still selectable
    field.pack(fill="x", pady=(8, 4))
    status = tk.Label(frame, text="", anchor="w")
    status.pack(fill="x")

    def copy() -> None:
        root.clipboard_clear()
        root.clipboard_append(command)
        status.configure(text="Copied. Paste it into a terminal, then open this app again.")

    buttons = tk.Frame(frame)
    buttons.pack(fill="x", pady=(8, 0))
    tk.Button(buttons, text="Close", command=root.destroy).pack(side="right")
    tk.Button(buttons, text="Copy command", command=copy).pack(side="right", padx=(0, 8))
    field.tag_add("sel", "1.0", "end-1c")
    return root


def show_window(message: str, command: str) -> bool:
    """Show the window and wait until it's closed; False if no window can be shown here."""
    if not has_display():
        return False
    try:
        import tkinter
    except ImportError:
        return False
    try:
        root = build_window(message, command)
    except tkinter.TclError:  # e.g. the display can't be opened
        return False
    root.mainloop()
    return True


def main(argv: list[str] | None = None) -> int:
    missing = missing_packages()
    if missing:
        message = missing_message(missing)
        command = install_command(missing)
        if sys.stderr is not None:
            print(f"{message}\n  {command}", file=sys.stderr)
        show_window(message, command)
        return 1
    from optout_gui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
