"""Qt's set-up: the one QApplication, its names, icon and style."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from optout_gui import APP_ID, APP_NAME, __version__
from optout_gui.core.resources import ICON_NAME, PNG_SIZES, resources_dir
from optout_gui.ui.common.contrast_style import use_contrast_style


def make_application() -> QApplication:
    """The QApplication (the one there is, or a new one), named, with its icon and style."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    use_contrast_style(app)  # visible edges on Fusion, light and dark
    return app


def app_icon() -> QIcon:
    """The window icon; each PNG size is read only when a size is asked for."""
    icon = QIcon()
    folder = resources_dir() / "icons" / "png"
    for size in PNG_SIZES:
        icon.addFile(str(folder / f"{ICON_NAME}-{size}.png"), QSize(size, size))
    return icon
