"""AI opt-outs beyond Meta (issue #29): the service files and their sources, the record in
other_optouts.json, the checklist's flow per service, the overview, the proof, forgetting."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from optout_gui.core.guide import load_guide
from optout_gui.core.other_ics import look_again_day, look_again_ics
from optout_gui.core.other_optouts import (
    DONE,
    FILE_NAME,
    NOT_APPLICABLE,
    NOT_DONE,
    OtherOptOuts,
)
from optout_gui.core.other_services import (
    KINDS,
    OPTIONAL_TEXT_KEYS,
    TEXT_KEYS,
    ServiceDataError,
    applicability,
    english_texts,
    load_services,
    services_dir,
)
from optout_gui.core.proof import proof_json
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.core.urls import OTHER_SERVICE_DOMAINS, check_url
from optout_gui.ui.common.dates import date_text
from optout_gui.ui.common.roles import HEADING_PROPERTY
from optout_gui.ui.controller import AppController
from optout_gui.ui.tracker.other_optouts import OtherOptOutsDialog
from tests.helpers import click, send_objection

GUIDE = load_guide()
LANGUAGES = ("de", "es", "fr", "it", "nl", "pl", "pt_BR")
NOW = dt.datetime(2026, 12, 6, 20, 0, tzinfo=dt.UTC)
WALKED = ("linkedin", "google_gemini", "whatsapp", "meta_third_party", "x")
SCHEMA = json.loads(
    (Path(__file__).parents[1] / "docs" / "proof.schema.json").read_text(encoding="utf-8")
)


class Clock:
    def __init__(self):
        self.now = NOW

    def __call__(self):
        return self.now


# --- the data files --------------------------------------------------------------------
def test_every_fact_in_every_service_file_has_sources():
    """Each table and [[array]] entry that states a fact carries at least one source with
    an https url, a title and the date it was read."""
    files = sorted(services_dir().glob("*.toml"))
    assert {path.stem for path in files} >= {
        *WALKED, "tiktok", "spotify", "reddit", "medium", "substack",
    }  # fmt: skip
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        facts = [data[key] for key in ("what", "covers", "link", "copy") if key in data]
        facts += [e for key in ("applies", "names", "paths", "steps") for e in data.get(key, [])]
        assert facts, path
        for fact in facts:
            sources = fact.get("sources")
            assert sources, f"{path.name}: a fact without sources: {fact}"
            for source in sources:
                assert source["url"].startswith("https://"), path
                assert source["title"].strip(), path
                assert isinstance(source["seen"], dt.date), path


MINIMAL = """
format = 1
name = "Example"
kind = "no_opt_out"
[what]
text = "It trains AI."
sources = [{ url = "https://example.org/", seen = 2026-12-06, title = "Example" }]
[covers]
text = "Nothing to do."
COVERS_SOURCES
[[applies]]
regions = ["ALL"]
sources = [{ url = "https://example.org/", seen = 2026-12-06, title = "Example" }]
"""


def test_a_fact_without_sources_is_refused(tmp_path):
    good = 'sources = [{ url = "https://example.org/", seen = 2026-12-06, title = "Example" }]'
    path = tmp_path / "example.toml"
    path.write_text(MINIMAL.replace("COVERS_SOURCES", good), encoding="utf-8")
    assert [s.id for s in load_services(folder=tmp_path)] == ["example"]
    path.write_text(MINIMAL.replace("COVERS_SOURCES", ""), encoding="utf-8")
    with pytest.raises(ServiceDataError, match=r"sources.*\[covers\]"):
        load_services(folder=tmp_path)


def test_links_stay_on_the_services_own_sites():
    for service in load_services():
        assert service.kind in KINDS
        if service.link is not None:
            assert check_url(service.link.url, OTHER_SERVICE_DOMAINS) == service.link.url


def test_the_walked_services_have_what_the_issue_asks():
    services = {s.id: s for s in load_services()}
    for service_id in WALKED:
        service = services[service_id]
        assert service.is_task and service.link is not None and service.steps
    assert services["linkedin"].future_only and services["google_gemini"].future_only
    assert "from now on" in services["linkedin"].covers.text
    assert services["linkedin"].link.url.endswith("/data-for-ai-improvement")
    assert services["google_gemini"].link.url == "https://myactivity.google.com/product/gemini"
    assert (
        services["whatsapp"].link.url == "https://www.whatsapp.com/contact/forms/382532939919295/"
    )
    # X: the path comes from 2024 press only: unconfirmed, with that date.
    x_path = services["x"].path_in("en")
    assert not x_path.confirmed and x_path.as_of == dt.date(2024, 7, 26)
    assert not services["x"].confirmed
    assert all(services[s].confirmed for s in WALKED if s != "x")
    # The setting's name as LinkedIn shows it, in the languages a source shows it in.
    assert services["linkedin"].names_in("fr")[0].text.startswith("Données pour")
    assert services["linkedin"].names_in("nl")[0].text.startswith("Gegevens voor")
    assert services["linkedin"].names_in("de")[0].language == "en"  # none shown: English
    for service_id in ("tiktok", "spotify", "reddit"):
        assert services[service_id].kind == "no_opt_out" and not services[service_id].is_task
    for service_id in ("medium", "substack"):
        assert services[service_id].kind == "signal"


def test_where_each_service_applies():
    services = {s.id: s for s in load_services()}
    assert applicability(services["linkedin"], "DE").since == dt.date(2025, 11, 3)
    assert applicability(services["linkedin"], "GB").state == "applies"
    assert applicability(services["linkedin"], "US").since == dt.date(2024, 9, 18)
    assert applicability(services["linkedin"], "BR").state == "not_listed"
    assert applicability(services["whatsapp"], "FR").state == "applies"
    assert applicability(services["whatsapp"], "US").state == "not_listed"
    assert applicability(services["whatsapp"], "CH").state == "not_listed"
    assert applicability(services["google_gemini"], "OTHER").state == "applies"
    assert applicability(services["x"], None).state == "unknown"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_text_of_every_service(language):
    path = services_dir() / "texts" / f"{language}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["language"] == language
    for service_file in sorted(services_dir().glob("*.toml")):
        english = english_texts(service_file)
        given = data[service_file.stem]
        assert set(given) - set(OPTIONAL_TEXT_KEYS) == set(english), (language, service_file.stem)
        assert set(given) <= set(TEXT_KEYS) | set(OPTIONAL_TEXT_KEYS)
        for key, text in english.items():
            if isinstance(text, list):
                assert len(given[key]) == len(text), (language, service_file.stem, key)
            else:
                assert given[key].strip() and given[key] != text, (language, service_file.stem, key)
    translated = {s.id: s for s in load_services(language)}
    assert translated["linkedin"].what.text == data["linkedin"]["what"]


# --- the record ------------------------------------------------------------------------
def test_the_record_is_saved_privately_in_time_order_and_read_back(tmp_path):
    clock = Clock()
    record = OtherOptOuts.in_folder(tmp_path / "data", clock=clock)
    record.load()
    assert record.state("linkedin").state == NOT_DONE
    assert record.note("linkedin", "link_opened", url="https://www.linkedin.com/x")
    clock.now += dt.timedelta(minutes=2)
    assert record.set_state("linkedin", DONE)
    path = tmp_path / "data" / FILE_NAME
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = OtherOptOuts.open(tmp_path / "data")
    state = again.state("linkedin")
    assert (state.state, state.at) == (DONE, "2026-12-06T20:02:00+00:00")
    assert [e.event for e in again.history("linkedin")] == ["link_opened", "done"]
    assert again.done_count(["linkedin", "x"]) == (1, 2)
    again.set_state("x", NOT_APPLICABLE)
    assert again.done_count(["linkedin", "x"]) == (1, 1)


def test_a_damaged_record_is_moved_aside_not_deleted(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text('{"format": 1, "services": {"x": [{"at": "yesterday"}]}}', encoding="utf-8")
    record = OtherOptOuts(path)
    problem = record.load()
    assert problem.kind == "damaged" and problem.moved_to.exists()
    assert record.events == {} and not path.exists()


def test_a_newer_record_is_read_but_never_overwritten(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text('{"format": 9, "services": {}}', encoding="utf-8")
    record = OtherOptOuts(path)
    assert record.load().kind == "newer_version"
    assert not record.set_state("x", DONE)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == 9


def test_look_again_reminder_is_three_months_later():
    zone = dt.timezone(dt.timedelta(hours=1))
    when = look_again_day(dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC), zone)
    assert when == dt.datetime(2027, 2, 28, 10, tzinfo=zone)
    ics = look_again_ics("linkedin", "LinkedIn", zone, NOW).decode()
    assert "SUMMARY:Look again at your AI setting (LinkedIn)" in ics
    assert "BEGIN:VALARM" in ics


# --- the checklist, walked per service ---------------------------------------------------
@pytest.fixture
def app(qtbot, tmp_path):
    store = ObjectionStore.in_folder(tmp_path / "data")
    store.load()
    send_objection(store, country="DE", email="ann@example.org")
    clock = Clock()
    controller = AppController(GUIDE, store, zone=dt.UTC, clock=clock, on_all_closed=lambda: None)
    overview = controller.start()
    qtbot.addWidget(overview)
    return controller, overview, clock


def decoded(widget) -> str:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1
    return found[0].text


def open_checklist(qtbot, overview):
    click(qtbot, overview.other_button)
    dialog = overview.findChild(OtherOptOutsDialog, "other_optouts")
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("service_id", WALKED)
def test_each_service_walked_to_done(qtbot, app, opened_urls, tmp_path, service_id):
    controller, overview, clock = app
    dialog = open_checklist(qtbot, overview)
    assert dialog.country() == "DE"  # from the objection
    flow = dialog.choose(service_id)
    service = flow.service
    assert flow.title.text() == service.name
    assert flow.what.text() == service.what.text
    # The link opens through the one opener, and the QR code holds the same link.
    click(qtbot, flow.open_button)
    assert opened_urls == [service.link.url]
    assert decoded(flow.code) == service.link.url
    # A form that asks for the email address and a reason gets both to copy.
    if service.asks_email:
        assert flow.email_row.isVisibleTo(dialog)
        click(qtbot, flow.email_button)
        assert QGuiApplication.clipboard().text() == "ann@example.org"
    if service.reason is not None:
        click(qtbot, flow.reason_button)
        assert QGuiApplication.clipboard().text() == service.reason.text
    if service_id == "x":
        assert flow.unconfirmed.isVisibleTo(dialog)
        assert "26 Jul 2024" in flow.unconfirmed.text()  # dates as the app shows them
    else:
        assert not flow.unconfirmed.isVisibleTo(dialog)
    clock.now += dt.timedelta(minutes=5)
    click(qtbot, flow.done_button)
    # Saved with its time...
    record = OtherOptOuts.open(tmp_path / "data")
    state = record.state(service_id)
    assert (state.state, state.at) == (DONE, "2026-12-06T20:05:00+00:00")
    events = [e.event for e in record.history(service_id)]
    assert events[0] == "link_opened" and events[-1] == "done"
    # ...shown in the checklist's row and in the overview...
    row = dialog.row_of(service_id)
    assert dialog.table.item(row, 3).text().startswith("Done on")
    assert overview.other_line.isVisibleTo(overview)
    assert overview.other_line.text() == "Other AI opt-outs: 1 of 7 done"
    # ...and in the proof, JSON and PDF.
    entries = controller.other_optout_entries()
    document = json.loads(proof_json(controller.store.records(), dt.UTC, NOW, "en", entries))
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    entry = next(e for e in document["other_optouts"] if e["service"] == service_id)
    assert entry["state"] == "done" and entry["recorded_at"] == "2026-12-06T20:05:00+00:00"
    assert entry["history"][0] == {
        "at": "2026-12-06T20:00:00+00:00", "event": "link_opened", "url": service.link.url,
    }  # fmt: skip
    pdf = tmp_path / "proof.pdf"
    from optout_gui.ui.tracker.proof_pdf import write_proof_pdf

    write_proof_pdf(controller.store.records(), pdf, dt.UTC, NOW, other_optouts=entries)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    text = " ".join(text.split())
    assert "Other AI opt-outs" in text
    assert f"{service.name} done on 2026-12-06 20:05:00 (UTC" in text


def test_the_export_all_menu_puts_them_in_the_proof(qtbot, app, tmp_path, monkeypatch):
    import optout_gui.ui.tracker.history as history_module

    controller, overview, _clock = app
    record = OtherOptOuts.open(tmp_path / "data")
    record.set_state("google_gemini", DONE)
    target = tmp_path / "all.json"
    monkeypatch.setattr(history_module, "ask_save_path", lambda *a: str(target))
    controller.export_all("json")
    document = json.loads(target.read_text(encoding="utf-8"))
    states = {e["service"]: e["state"] for e in document["other_optouts"]}
    assert states["google_gemini"] == "done" and states["linkedin"] == "not_done"


def test_services_without_an_opt_out_say_so_and_are_no_task(qtbot, app):
    _controller, overview, _clock = app
    dialog = open_checklist(qtbot, overview)
    for service_id in ("tiktok", "spotify", "reddit"):
        flow = dialog.choose(service_id)
        row = dialog.row_of(service_id)
        assert dialog.table.item(row, 1).text() == "No way to opt out found"
        assert dialog.table.item(row, 3).text() == "Nothing to do"
        assert "no setting" in flow.covers.text().lower()
        assert not flow.done_button.isVisibleTo(dialog)
        assert not flow.open_button.isVisibleTo(dialog)
    flow = dialog.choose("medium")
    assert dialog.table.item(dialog.row_of("medium"), 1).text().startswith("A signal")
    assert "signal" in flow.covers.text()


def test_not_applicable_and_country_change(qtbot, app, tmp_path):
    _controller, overview, _clock = app
    dialog = open_checklist(qtbot, overview)
    row = dialog.row_of("whatsapp")
    assert dialog.table.item(row, 2).text().startswith("Applies in")
    dialog.country_box.setCurrentIndex(dialog.country_box.findData("US"))
    assert dialog.table.item(row, 2).text().startswith("Our sources don't name")
    flow = dialog.choose("whatsapp")
    click(qtbot, flow.not_applicable_button)
    record = OtherOptOuts.open(tmp_path / "data")
    assert record.country == "US" and record.state("whatsapp").state == NOT_APPLICABLE
    assert dialog.table.item(row, 3).text().startswith("Does not apply to me")


def test_the_reminder_is_saved_and_noted(qtbot, app, tmp_path):
    _controller, overview, _clock = app
    dialog = open_checklist(qtbot, overview)
    target = tmp_path / "look-again"
    dialog.ask_path = lambda *a: str(target)
    flow = dialog.choose("linkedin")
    click(qtbot, flow.reminder_button)
    saved = tmp_path / "look-again.ics"
    assert "LinkedIn" in saved.read_text(encoding="utf-8")
    # Read by a second parser: the day is written as the app writes days, not as ISO.
    import vobject

    event = vobject.readOne(saved.read_text(encoding="utf-8")).vevent
    day = date_text(dialog.clock().astimezone(dialog.zone).date())
    assert day in event.description.value
    assert not re.search(r"\d{4}-\d{2}-\d{2}", event.description.value)
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # the owner's only
    record = OtherOptOuts.open(tmp_path / "data")
    assert [e.event for e in record.history("linkedin")] == ["reminder_saved"]


def test_a_reminder_the_disk_refuses_half_way_leaves_no_file(qtbot, app, tmp_path, monkeypatch):
    _controller, overview, _clock = app
    dialog = open_checklist(qtbot, overview)
    target = tmp_path / "look-again.ics"
    dialog.ask_path = lambda *a: str(target)
    flow = dialog.choose("linkedin")

    def half_then_full(path, data):
        with open(path, "wb") as handle:
            handle.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half_then_full)
    click(qtbot, flow.reminder_button)
    monkeypatch.undo()
    assert not target.exists()  # complete or not there at all
    assert list(tmp_path.glob("*.tmp")) == [] and list(tmp_path.glob(".look-again*")) == []
    assert flow.status.text() == "Saving didn't work (No space left on device). Try another folder."
    record = OtherOptOuts.open(tmp_path / "data")
    assert record.history("linkedin") == []  # nothing saved, nothing noted


def test_forget_everything_removes_these_records(qtbot, app, tmp_path, monkeypatch):
    _controller, overview, _clock = app
    OtherOptOuts.open(tmp_path / "data").set_state("linkedin", DONE)
    assert any(p.name == FILE_NAME for p in overview.store.files_to_forget())
    assert FILE_NAME in overview.forget_everything_text()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.exec", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    assert overview.ask_forget_everything()
    assert not (tmp_path / "data" / FILE_NAME).exists()


def test_after_forgetting_the_checklist_starts_from_an_empty_record(qtbot, app, monkeypatch):
    controller, overview, _clock = app
    dialog = open_checklist(qtbot, overview)
    click(qtbot, dialog.choose("linkedin").done_button)
    dialog.close()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.exec", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    assert overview.ask_forget_everything()
    qtbot.addWidget(controller.wizard)  # nothing left: a new objection opens
    again = controller.open_other_optouts()
    qtbot.addWidget(again)
    assert again.record.events == {}  # not the forgotten record kept in memory
    assert again.record.state("linkedin").state == NOT_DONE
    assert controller.other_optout_entries() is None


def test_a_damaged_record_met_by_the_overviews_line_is_reported_in_the_checklist(qtbot, tmp_path):
    from optout_gui.ui.controller import REMINDERS_AFTER_MS

    data = tmp_path / "data"
    store = ObjectionStore.in_folder(data)
    store.load()
    send_objection(store, country="DE", email="ann@example.org")
    (data / FILE_NAME).write_text("{not json", encoding="utf-8")
    controller = AppController(GUIDE, store, zone=dt.UTC, clock=Clock(), on_all_closed=lambda: None)
    overview = controller.start()
    qtbot.addWidget(overview)
    qtbot.waitUntil(lambda: not (data / FILE_NAME).exists(), timeout=REMINDERS_AFTER_MS + 5000)
    aside = list(data.glob(f"{FILE_NAME}.damaged-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"
    assert not overview.other_line.isVisibleTo(overview)
    dialog = open_checklist(qtbot, overview)
    assert dialog.problem.isVisibleTo(dialog)  # said, not moved aside unseen
    assert str(aside[0]) in dialog.problem.text()
    assert list(data.glob(f"{FILE_NAME}.damaged-*")) == aside  # moved aside once


def test_a_change_in_the_checklist_redraws_the_overview_without_reading_files(
    qtbot, app, monkeypatch
):
    import optout_gui.core.other_services as services_module

    _controller, overview, _clock = app
    dialog = open_checklist(qtbot, overview)
    reads = []
    monkeypatch.setattr(OtherOptOuts, "load", lambda self: reads.append(self.path))
    monkeypatch.setattr(services_module, "load_services", lambda *a, **k: reads.append(a))
    click(qtbot, dialog.choose("linkedin").done_button)
    assert overview.other_line.text() == "Other AI opt-outs: 1 of 7 done"
    assert reads == []  # the record and the services the checklist already holds


def test_broken_service_files_are_named_instead_of_the_checklist(qtbot, app, monkeypatch):
    import optout_gui.core.other_services as services_module

    controller, _overview, _clock = app

    def broken(language):
        raise ServiceDataError(Path("/x/linkedin.toml"), "“what” is missing")

    monkeypatch.setattr(services_module, "load_services", broken)
    box = controller.open_other_optouts()
    qtbot.addWidget(box)
    assert box.objectName() == "other_optouts_data_error"
    assert box.text() == (
        "The list of other services could not be read.\n\n"
        f"File: {Path('/x/linkedin.toml')}\nProblem: “what” is missing"
    )


def test_the_wizards_last_page_offers_the_checklist(qtbot, tmp_path):
    from optout_gui.ui.wizard.pages.next_actions import NextActions
    from tests.helpers import open_session

    session = open_session(tmp_path / "data")
    actions = NextActions(session)
    qtbot.addWidget(actions)
    with qtbot.waitSignal(actions.other_optouts_requested):
        click(qtbot, actions.other_optouts_button)


def test_keyboard_and_screen_reader_names(qtbot, app):
    _controller, overview, _clock = app
    dialog = open_checklist(qtbot, overview)
    assert dialog.table.accessibleName() == "Services"
    flow = dialog.choose("linkedin")
    for button in (flow.open_button, flow.done_button, flow.reminder_button):
        assert "&" in button.text() and button.accessibleDescription()
    assert flow.code.accessibleName() == "QR code of the link to LinkedIn"
    assert dialog.country_box.accessibleName() == "Where you live"
    # Headings are announced as headings; the long country list scrolls, as elsewhere.
    assert dialog.heading.property(HEADING_PROPERTY) and flow.title.property(HEADING_PROPERTY)
    assert dialog.country_box.maxVisibleItems() == 12


def test_the_wizards_last_page_opens_the_checklist_through_the_controller(qtbot, app):
    from optout_gui.ui.wizard.window import PageId
    from tests.helpers import go_to

    controller, _overview, _clock = app
    wizard = controller.open_wizard(controller.store.ids()[-1])
    qtbot.addWidget(wizard)
    go_to(wizard, PageId.CONFIRMATION)
    click(qtbot, wizard.currentPage().next_actions.other_optouts_button)
    dialog = wizard.findChild(OtherOptOutsDialog, "other_optouts")
    assert dialog is not None and dialog.isVisible()
    assert dialog.email == "ann@example.org" and dialog.country() == "DE"


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_the_checklists_shortcuts_are_unique_in_every_language(
    qtbot, qapp, tmp_path, language, app_language_restored
):
    from optout_gui.ui.common import i18n
    from tests.test_shortcuts import clashes

    assert i18n.install_language(qapp, language) == language
    dialog = OtherOptOutsDialog(
        OtherOptOuts.open(tmp_path), load_services(language), countries={"DE": "DE"},
        country="DE", email="ann@example.org",
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose("whatsapp")  # link, email, reason and every state button at once
    assert dialog.flow.email_row.isVisibleTo(dialog)
    assert clashes(dialog) == {}


def test_the_checklist_says_when_the_saved_record_could_not_be_used(qtbot, tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text("{not json", encoding="utf-8")
    record = OtherOptOuts.open(tmp_path)
    dialog = OtherOptOutsDialog(record, load_services(), countries={"DE": "Germany"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisibleTo(dialog)
    assert str(record.load_problem.moved_to) in dialog.problem.text()
    assert record.load_problem.moved_to.read_text(encoding="utf-8") == "{not json"


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are a POSIX thing")
def test_a_fifo_in_place_of_the_record_is_never_read_or_overwritten(qtbot, tmp_path):
    os.mkfifo(tmp_path / FILE_NAME)
    record = OtherOptOuts.open(tmp_path)
    assert record.load_problem.kind == "unreadable" and record.read_only
    assert not record.set_state("linkedin", DONE)
    dialog = OtherOptOutsDialog(record, load_services(), countries={"DE": "Germany"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Nothing you do here is saved" in dialog.problem.text()
    flow = dialog.choose("linkedin")
    click(qtbot, flow.done_button)
    assert flow.status.text() == "Not saved: the note at the top says why."
    assert record.events == {} and flow.state.text() == "Not done"


def test_a_change_the_disk_refuses_is_not_kept(tmp_path, monkeypatch):
    import optout_gui.core.other_optouts as module

    def refuse(path, text):
        raise OSError(28, "No space left on device")

    record = OtherOptOuts.open(tmp_path)
    monkeypatch.setattr(module, "atomic_write_text", refuse)
    assert not record.set_state("linkedin", DONE)
    assert record.state("linkedin").state == NOT_DONE and record.events == {}
    assert record.save_error.errno == 28


def test_every_control_of_the_checklist_is_named_has_a_shortcut_and_tab_reaches_it(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    from tests.a11y import accessible_name, describe, interactive_widgets
    from tests.test_accessibility import NO_MNEMONIC_NEEDED, has_buddy_label, tab_chain

    dialog = OtherOptOutsDialog(
        OtherOptOuts.open(tmp_path), load_services(), countries={"DE": "Germany"},
        country="DE", email="ann@example.org",
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose("whatsapp")  # every kind of control at once
    problems = []
    controls = interactive_widgets(dialog)
    for widget in controls:
        if not accessible_name(widget):
            problems.append(f"no name: {describe(widget)}")
        if isinstance(widget, QComboBox) and "&" not in has_buddy_label(widget, dialog).text():
            problems.append(f"no shortcut: {describe(widget)}")
        if isinstance(widget, QAbstractButton) and widget.isEnabled():
            key = widget.objectName() or widget.text().lower()
            if "&" not in widget.text() and key not in NO_MNEMONIC_NEEDED:
                problems.append(f"no shortcut: {describe(widget)}")
    assert problems == []
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    focusable = [w for w in controls if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    reached = set(tab_chain(qtbot, dialog, focusable[0], steps=2 * len(focusable) + 10))
    assert [describe(w) for w in focusable if w not in reached] == []
