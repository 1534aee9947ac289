#!/usr/bin/env python3
"""Double-click launcher for the AI Opt-Out Assistant (works from a checkout).

Run ``python main.py --help`` for the options.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

# The package sits beside this file in a checkout.
sys.path.insert(0, str(Path(__file__).resolve().parent))

REQUIRED = {
    "PySide6": "PySide6-Essentials",
    "platformdirs": "platformdirs",
    "email_validator": "email-validator",
}


def missing_packages() -> list[str]:
    return [
        pip_name
        for module, pip_name in REQUIRED.items()
        if importlib.util.find_spec(module) is None
    ]


def main(argv: list[str] | None = None) -> int:
    missing = missing_packages()
    if missing:
        print(
            "The AI Opt-Out Assistant can't start: these packages are missing: "
            + ", ".join(missing)
            + f"\nInstall them with:\n  {sys.executable} -m pip install "
            + " ".join(missing),
            file=sys.stderr,
        )
        return 1
    from optout_gui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
