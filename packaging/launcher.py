"""Entry point that PyInstaller freezes into the bundle's executable."""

import sys

from optout_gui.app import main

if __name__ == "__main__":
    sys.exit(main())
