"""Light and dark: the app follows the system's colour scheme through Qt (every colour
comes from the palette). This module only forces a scheme, for screenshots and tests,
on platforms (like offscreen) that have no scheme of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from optout_gui.ui.common.contrast_style import is_fusion, use_contrast_style


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, close to Qt's own dark Fusion colours."""
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3f3f3f",
        QPalette.ColorRole.Mid: "#2f2f2f",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d7fd6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7ab4ff",
        QPalette.ColorRole.LinkVisited: "#b99cff",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def force_scheme(app, dark: bool) -> None:
    """Ask Qt for the scheme; where the platform ignores that, set the palette directly.

    The palette is checked too: on Windows the hint is taken, but the Windows Vista style
    (Windows 10) keeps its light colours."""
    wanted = Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
        QGuiApplication.processEvents()
    window = app.palette().color(QPalette.ColorRole.Window)
    if hints.colorScheme() == wanted and (window.lightness() < 128) == dark:
        return

    if not is_fusion(app.style()):
        app.setStyle("Fusion")
        use_contrast_style(app)
    style = app.style()
    palette = dark_palette() if dark else QPalette(style.standardPalette())
    app.setPalette(palette)
