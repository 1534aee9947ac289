"""The person's data stays private: file permissions and what reaches the logs."""

import datetime as dt
import logging
import os
import stat

import pytest

from optout_gui.core import atomic
from optout_gui.core.errorlog import attach_file_handler, log_file
from tests.test_app_flow import finish_objection, make_controller

EMAIL = "very.private.person@example.org"
REASON_WORD = "Zebrafinch"  # a word that can only come from the reason text


def walk_everything(qtbot, data_dir, monkeypatch):
    controller = make_controller(qtbot, data_dir)
    wizard = controller.start()
    qtbot.addWidget(wizard)
    real_write = atomic.atomic_write_parts

    def flaky(*args, **kwargs):  # one failed save on the way, which is logged
        monkeypatch.setattr(atomic, "atomic_write_parts", real_write)
        monkeypatch.setattr("optout_gui.core.storage.store.atomic_write_parts", real_write)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "atomic_write_parts", flaky)
    monkeypatch.setattr("optout_gui.core.storage.store.atomic_write_parts", flaky, raising=False)
    finish_objection(qtbot, wizard, "instagram", EMAIL)
    record_id = controller.store.ids()[0]
    record = controller.store.get(record_id)
    controller.store.record_answer(
        record_id,
        record.status.__class__("refused"),
        dt.date.today(),
        f"Dear {EMAIL}, no. {REASON_WORD}",
    )
    controller.overview.check_reminders()
    return controller


@pytest.mark.skipif(
    os.name != "posix", reason="POSIX file permissions; Windows has none (NTFS uses ACLs)"
)
def test_data_folder_and_files_are_private(qtbot, tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    walk_everything(qtbot, data_dir, monkeypatch)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "objections.json" for p in files)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_logs_never_hold_the_email_or_reason(qtbot, tmp_path, monkeypatch, caplog):
    data_dir = tmp_path / "data"
    path = attach_file_handler(data_dir)
    caplog.set_level(logging.DEBUG)  # everything the app logs, at every level
    try:
        controller = walk_everything(qtbot, data_dir, monkeypatch)
        wizard = controller.open_wizard(controller.store.ids()[0])
        qtbot.addWidget(wizard)
        logging.getLogger("optout_gui.test").error("a problem mentioning %s", EMAIL)
        for handler in logging.getLogger().handlers:
            handler.flush()
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert caplog.records, "nothing was logged: the test would prove nothing"
    app_records = [r for r in caplog.records if r.name != "optout_gui.test"]
    assert any("saving" in r.getMessage() for r in app_records)
    for record in app_records:
        text = record.getMessage()
        assert EMAIL not in text and REASON_WORD not in text and "Mes photos" not in text
    written = log_file(data_dir).read_text(encoding="utf-8")
    assert "a problem mentioning" in written  # the file really receives log lines
    assert EMAIL not in written  # and masks an address even when code logs one
