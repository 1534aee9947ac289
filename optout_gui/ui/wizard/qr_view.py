"""One QR code on screen, drawn as rectangles straight from its module matrix
(core/phone_codes.py), each module a whole number of device pixels, so it stays sharp at
100, 150 and 200 %. Always black on white with a quiet zone of four modules, in the dark
scheme too: phone cameras read dark-on-light codes best, and some read nothing else.
Used by the phone hand-off in ``ui/wizard/qr_code.py``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from optout_gui.core.phone_codes import QrMatrix, make_matrix

MIN_SIDE_PX = 200  # the whole code, quiet zone included, at 100 % scale
MIN_MODULE_PX = 3  # smaller modules are hard for phone cameras to tell apart on a screen
# Black on white in every colour scheme: the one thing on screen that must not follow it.
DARK_MODULE = QColor(0, 0, 0)
LIGHT_MODULE = QColor(255, 255, 255)


def module_pixels(modules: int) -> int:
    """Logical pixels per module for a code of ``modules`` per side (quiet zone included)."""
    return max(MIN_MODULE_PX, math.ceil(MIN_SIDE_PX / max(1, modules)))


class QrCodeView(QWidget):
    """One QR code, drawn from its matrix. Not focusable; its accessible name says what
    it holds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._matrix: QrMatrix | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def set_code(self, text: str, name: str, description: str = "") -> None:
        """Show the code of ``text``; ``name`` is what a screen reader says about it."""
        if self._matrix is None or self._matrix.text != text:
            self._matrix = make_matrix(text)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setToolTip(name)
        self.setFixedSize(self.sizeHint())  # never squeezed by a layout: a code must be whole
        self.show()
        self.update()

    def clear(self) -> None:
        self._matrix = None
        self.setAccessibleName("")
        self.hide()

    def text(self) -> str:
        return self._matrix.text if self._matrix else ""

    def matrix(self) -> QrMatrix | None:
        return self._matrix

    def sizeHint(self) -> QSize:
        if self._matrix is None:
            return QSize(0, 0)
        side = self._matrix.size * module_pixels(self._matrix.size)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def placement(self, ratio: float) -> tuple[int, int, int]:
        """Where the code goes at ``ratio`` device pixels per pixel: the top left corner
        and the size of one module, all in whole device pixels."""
        modules = self._matrix.size if self._matrix else 1
        side = math.floor(min(self.width(), self.height()) * ratio)
        unit = max(1, side // modules)
        origin_x = math.floor((self.width() * ratio - unit * modules) / 2)
        origin_y = math.floor((self.height() * ratio - unit * modules) / 2)
        return origin_x, origin_y, unit

    def paintEvent(self, event) -> None:
        if self._matrix is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # The scale to device pixels (2 on a 200 % screen or into a 2x pixmap).
        ratio = painter.deviceTransform().m11() or 1.0
        modules = self._matrix.size
        origin_x, origin_y, unit = self.placement(ratio)

        def rect(x: int, y: int, width: int, height: int) -> QRectF:
            return QRectF(
                (origin_x + x * unit) / ratio,
                (origin_y + y * unit) / ratio,
                width * unit / ratio,
                height * unit / ratio,
            )

        painter.fillRect(rect(0, 0, modules, modules), LIGHT_MODULE)
        for y, row in enumerate(self._matrix.rows):
            x = 0
            while x < modules:
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < modules and row[x]:
                    x += 1
                painter.fillRect(rect(start, y, x - start, 1), DARK_MODULE)
        painter.end()
