"""An outline for each control that can be seen in light and dark (WCAG 2.2 SC 1.4.11)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

# --- boundaries that can be seen (WCAG 2.2 SC 1.4.11) ---------------------------------------
# Fusion draws the edges of check boxes, text boxes and buttons a shade away from the window
# colour: in a dark scheme a check box has no visible box and the reason editor no border.
# The style below draws each enabled control's edge again, in a colour with at least 3.2:1
# contrast against both the window and the field colour.


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def boundary_colour(palette: QPalette, need: float = 3.2) -> QColor:
    """The colour nearest the window's that stands out ``need``:1 from the window, the
    field (Base) and the button colours: from the window colour towards the text colour."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    grounds = [
        window,
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.Button),
    ]
    for step in range(30, 101, 5):
        t = step / 100
        colour = QColor.fromRgbF(
            window.redF() + (text.redF() - window.redF()) * t,
            window.greenF() + (text.greenF() - window.greenF()) * t,
            window.blueF() + (text.blueF() - window.blueF()) * t,
        )
        if all(contrast(colour, ground) >= need for ground in grounds):
            return colour
    return text


def focus_colour(palette: QPalette, need: float = 3.2) -> QColor:
    """The focus mark: the highlight colour where it stands out ``need``:1 from the window
    and the fields, else the window text colour."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    grounds = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)
    if all(contrast(highlight, palette.color(role)) >= need for role in grounds):
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


PE = QStyle.PrimitiveElement
_BOXES = {PE.PE_IndicatorCheckBox, PE.PE_IndicatorItemViewItemCheck}
_FRAMES = {PE.PE_FrameLineEdit, PE.PE_Frame, PE.PE_PanelButtonCommand}


class ContrastStyle(QProxyStyle):
    """A proxy over a style that outlines check boxes, radio buttons, text fields, frames,
    push buttons and combo boxes in :func:`boundary_colour`."""

    def _outline(self, option, painter, rect, round_shape=False) -> None:
        if not option.state & QStyle.StateFlag.State_Enabled:
            return  # inactive controls are exempt, and should look inactive
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_shape)
        if focused:
            pen = QPen(focus_colour(option.palette))
            pen.setWidthF(2.0)
        else:
            pen = QPen(boundary_colour(option.palette))
            pen.setWidthF(1.6 if round_shape else 1.0)  # a thin circle fades when smoothed
        painter.setPen(pen)
        painter.setBrush(QBrush())  # no fill
        if round_shape:
            painter.drawEllipse(QRectF(rect).adjusted(1.3, 1.3, -1.3, -1.3))
        elif focused:
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
        else:
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def _focus_mark(self, option, painter) -> None:
        painter.save()
        pen = QPen(focus_colour(option.palette))
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.setBrush(QBrush())  # no fill
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        if element == PE.PE_FrameFocusRect:
            self._focus_mark(option, painter)  # Fusion's own is a pale fill
        elif element in _BOXES:
            self._outline(option, painter, option.rect)
        elif element == PE.PE_IndicatorRadioButton:
            self._outline(option, painter, option.rect, round_shape=True)
        elif element in _FRAMES:
            if element == PE.PE_Frame and getattr(option, "lineWidth", 1) == 0:
                return
            self._outline(option, painter, option.rect)

    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in (
            QStyle.ComplexControl.CC_ComboBox,
            QStyle.ComplexControl.CC_SpinBox,
        ) and getattr(option, "frame", True):
            self._outline(option, painter, option.rect)


def make_contrast_style(base_name: str = "Fusion") -> ContrastStyle:
    """The contrast style over ``base_name``."""
    return ContrastStyle(base_name)


def is_fusion(style) -> bool:
    """Fusion itself, or Fusion under the contrast style."""
    base = style.baseStyle() if hasattr(style, "baseStyle") else None
    return style.name().lower() == "fusion" or (
        base is not None and base.name().lower() == "fusion"
    )


def use_contrast_style(app) -> None:
    """Outline the controls where the style is Fusion (Linux without a platform theme,
    and every screenshot); other styles keep their platform's own look."""
    style = app.style()
    if style.name().lower() == "fusion" and not hasattr(style, "baseStyle"):
        app.setStyle(make_contrast_style("Fusion"))
