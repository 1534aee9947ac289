"""Light and dark: colours come from the palette and follow a change of scheme."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame

from optout_gui.ui.common.theme import dark_palette
from optout_gui.ui.common.widgets import follow_palette

ROOT = Path(__file__).resolve().parents[1]


def test_no_window_code_hard_codes_a_colour():
    found = []
    for path in (ROOT / "optout_gui" / "ui").rglob("*.py"):
        # The forced dark palette; paper; QR codes, black on white in every scheme.
        if path.name in ("theme.py", "proof_pdf.py", "qr_view.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(
                r"QColor\(|#[0-9a-fA-F]{6}\b|rgb\(|Qt\.GlobalColor|color:\s*(?!palette\()\w", line
            ):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []


def test_style_sheets_follow_a_change_to_dark(qtbot, qapp):
    frame = QFrame()
    frame.setObjectName("box")
    frame.setStyleSheet("#box { background: palette(highlight); }")
    follow_palette(frame)
    qtbot.addWidget(frame)
    frame.resize(40, 20)
    frame.show()
    before = frame.grab().toImage().pixelColor(20, 10)
    light = QPalette(qapp.palette())
    try:
        qapp.setPalette(dark_palette())
        QApplication.processEvents()
        after = frame.grab().toImage().pixelColor(20, 10)
        assert after == dark_palette().color(QPalette.ColorRole.Highlight)
        assert after != before
    finally:
        qapp.setPalette(light)


@pytest.mark.slow
def test_screenshot_script_renders_light_and_dark(tmp_path, qapp):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path), "--readme",
         "--langs", "en"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == sorted(
        f"en-{scheme}-{page}.png"
        for scheme in ("light", "dark")
        for page in ("1-welcome", "5-fill_form", "6-code", "7-review", "9-overview", "10-history")
    )
    from PySide6.QtGui import QImage

    light = QImage(str(tmp_path / "en-light-1-welcome.png"))
    dark = QImage(str(tmp_path / "en-dark-1-welcome.png"))
    # the size the app first opens at on a 1366x768 screen (ui/common/geometry.py)
    from PySide6.QtCore import QRect

    from optout_gui.ui.common.geometry import centred, wanted_size

    first = centred(wanted_size(), QRect(0, 0, 1366, 768 - 32))
    assert (light.width(), light.height()) == (first.width(), first.height())
    x = light.width() - 10
    assert light.pixelColor(x, 300).lightness() > 180
    assert dark.pixelColor(x, 300).lightness() < 80
