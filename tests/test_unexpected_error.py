"""An unexpected error while running: answers saved, a kind window naming the log file."""

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from optout_gui.core.errorlog import attach_file_handler, log_file
from optout_gui.ui.common import error_windows
from tests.test_app_flow import make_controller


@pytest.fixture
def log_to_file(tmp_path):
    data_dir = tmp_path / "data"
    path = attach_file_handler(data_dir)
    yield data_dir
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def test_error_is_logged_saved_and_explained_once(qtbot, log_to_file, monkeypatch):
    data_dir = log_to_file
    controller = make_controller(qtbot, data_dir)
    wizard = controller.start()
    qtbot.addWidget(wizard)
    saves = []
    real_save = controller.store.save
    monkeypatch.setattr(controller.store, "save", lambda: saves.append(1) or real_save())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test

    error_windows.install_error_handler(controller, controller.store, data_dir)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    boxes = [w for w in wizard.findChildren(QMessageBox) if w.objectName() == "unexpected_error"]
    assert len(boxes) == 1 and boxes[0].isVisible()
    assert str(log_file(data_dir)) in boxes[0].text()
    assert "saved" in boxes[0].text()
    assert saves == [1]
    assert "boom in a slot" in log_file(data_dir).read_text(encoding="utf-8")

    try:
        raise ValueError("second problem")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    boxes = [w for w in wizard.findChildren(QMessageBox) if w.objectName() == "unexpected_error"]
    assert len(boxes) == 1  # one window is enough; the log has both
    assert "second problem" in log_file(data_dir).read_text(encoding="utf-8")
