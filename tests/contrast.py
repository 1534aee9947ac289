"""Contrast measured on rendered pixels (WCAG 2.2: SC 1.4.3 text, SC 1.4.11 non-text).

Everything here reads a grabbed QImage: what a person would see, not what the palette
says. Colours are compared by WCAG's relative luminance.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = rgb
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


class Shot:
    """A grabbed window and the way to read its pixels by widget."""

    def __init__(self, window: QWidget):
        self.window = window
        self.image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        # grab() renders at the device pixel ratio: map widget coordinates to pixels
        self.scale = self.image.width() / max(1, window.width())

    def rect_of(self, widget: QWidget, rect: QRect | None = None) -> QRect:
        rect = rect if rect is not None else widget.rect()
        top_left = widget.mapTo(self.window, rect.topLeft())
        s = self.scale
        return QRect(
            round(top_left.x() * s), round(top_left.y() * s),
            round(rect.width() * s), round(rect.height() * s),
        )  # fmt: skip

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        c = self.image.pixel(x, y)
        return (c >> 16) & 255, (c >> 8) & 255, c & 255

    def pixels(self, rect: QRect) -> list[tuple[int, int, int]]:
        rect = rect.intersected(self.image.rect())
        return [
            self.pixel(x, y)
            for y in range(rect.top(), rect.bottom() + 1)
            for x in range(rect.left(), rect.right() + 1)
        ]

    def background(self, rect: QRect) -> tuple[int, int, int]:
        """The most common colour in ``rect``."""
        return Counter(self.pixels(rect)).most_common(1)[0][0]

    def around(self, widget: QWidget, gap: int = 3) -> tuple[int, int, int]:
        """The colour next to a widget: the most common one in a thin ring just outside."""
        return self.around_rect(self.rect_of(widget), gap)

    def text_contrast(self, widget: QWidget, rect: QRect | None = None) -> float:
        """The strongest contrast between a pixel and the background in the widget's area:
        the core of the glyphs against what they are drawn on."""
        area = self.rect_of(widget, rect)
        if area.width() > 12 and area.height() > 12:
            area = area.adjusted(3, 3, -3, -3)  # inside the control's own edge
        background = self.background(area)
        return max((ratio(p, background) for p in set(self.pixels(area))), default=1.0)

    def edge_fraction(self, widget: QWidget, rect: QRect | None = None, need=3.0) -> float:
        """How much of the control's boundary stands out from what surrounds it: for each
        side, the share of its pixels (corners left out) whose contrast with the colour
        around the control reaches ``need``, at the best of the outer three pixel rows;
        the weakest side counts."""
        area = self.rect_of(widget, rect)
        outside = self.around_rect(area)
        sides = []
        inset = 3
        for side in ("top", "bottom", "left", "right"):
            best = 0.0
            for d in (0, 1, 2):
                if side == "top":
                    line = QRect(area.left() + inset, area.top() + d, area.width() - 2 * inset, 1)
                elif side == "bottom":
                    line = QRect(
                        area.left() + inset, area.bottom() - d, area.width() - 2 * inset, 1
                    )
                elif side == "left":
                    line = QRect(area.left() + d, area.top() + inset, 1, area.height() - 2 * inset)
                else:
                    line = QRect(area.right() - d, area.top() + inset, 1, area.height() - 2 * inset)
                pixels = self.pixels(line)
                if pixels:
                    good = sum(1 for p in pixels if ratio(p, outside) >= need)
                    best = max(best, good / len(pixels))
            sides.append(best)
        return min(sides)

    def ring_fraction(self, widget: QWidget, rect: QRect, need=3.0) -> float:
        """For a round control (a radio button): the share of points around its circle
        whose best pixel, a little inside the edge, stands out ``need``:1 from around."""
        import math

        area = self.rect_of(widget, rect)
        outside = self.around_rect(area)
        cx = area.left() + area.width() / 2
        cy = area.top() + area.height() / 2
        radius = min(area.width(), area.height()) / 2
        points = 36
        best = [1.0] * points
        for y in range(area.top(), area.bottom() + 1):
            for x in range(area.left(), area.right() + 1):
                dx, dy = x + 0.5 - cx, y + 0.5 - cy
                if radius - 3 <= math.hypot(dx, dy) <= radius + 0.5:
                    n = int((math.atan2(dy, dx) + math.pi) / (2 * math.pi) * points) % points
                    best[n] = max(best[n], ratio(self.pixel(x, y), outside))
        return sum(1 for value in best if value >= need) / points

    def around_rect(self, r: QRect, gap: int = 3) -> tuple[int, int, int]:
        ring = []
        for y in (r.top() - gap, r.bottom() + gap):
            ring += self.pixels(QRect(r.left(), y, r.width(), 1))
        for x in (r.left() - gap, r.right() + gap):
            ring += self.pixels(QRect(x, r.top(), 1, r.height()))
        return Counter(ring).most_common(1)[0][0]


def changed_contrast(before: Shot, after: Shot, widget: QWidget) -> float:
    """The focus indicator: of the pixels that changed when the widget took the focus
    (in and just around it), the strongest contrast between the new and old colour."""
    area = before.rect_of(widget).adjusted(-4, -4, 4, 4)
    best = 1.0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            if not before.image.rect().contains(QPoint(x, y)):
                continue
            a, b = before.pixel(x, y), after.pixel(x, y)
            if a != b:
                best = max(best, ratio(a, b))
    return best
