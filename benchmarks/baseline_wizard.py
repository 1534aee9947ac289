"""The least a PySide6 app can do to show an 8-page wizard: the startup/idle baseline.

python benchmarks/baseline_wizard.py         # show, quit (as --exit-after-startup)
python benchmarks/baseline_wizard.py --idle  # show and stay open (idle measurement)

Kept deliberately bare: no project imports, no files read or written.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

PAGES = 8  # the same number of pages as ObjectionWizard


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    for number in range(1, PAGES + 1):
        page = QWizardPage()
        page.setTitle(f"Page {number}")
        wizard.addPage(page)
    wizard.resize(800, 600)
    wizard.show()
    if "--idle" not in sys.argv[1:]:
        # Same as the app's --exit-after-startup: quit once the window has painted.
        wizard.installEventFilter(QuitAfterFirstPaint(wizard))
    return app.exec()


class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


if __name__ == "__main__":
    sys.exit(main())
