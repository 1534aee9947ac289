"""Which window shows when: the overview of objections, the wizard for one, and dialogs.

With no objection yet the app opens straight into the wizard; afterwards it opens on the
overview, from which the person starts, resumes or inspects objections.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from optout_gui.core.code_state import code_running_at
from optout_gui.core.datafile import DataFileError
from optout_gui.core.guide import Guide, guide_for
from optout_gui.core.progress import utc_now
from optout_gui.core.session import ObjectionSession
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionDamaged, ObjectionStore
from optout_gui.ui.common.geometry import as_list, place_first
from optout_gui.ui.common.i18n import install_language
from optout_gui.ui.common.notices import data_file_problem_text
from optout_gui.ui.common.widgets import plain_message_box

REMINDERS_AFTER_MS = 200  # the overview's reminder check, after its window has painted


class AppController(QObject):
    def __init__(
        self,
        guide: Guide,
        store: ObjectionStore,
        *,
        zone: dt.tzinfo | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        on_all_closed: Callable[[], None] | None = None,
        language: str = "en",
        change_language: Callable[[str], tuple[str, Guide]] | None = None,
        window_place: list[int] | None = None,
        save_window_place: Callable[[list[int]], None] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.guide = guide
        self.language = language
        # code -> (code used, guide in it); app.py's also remembers the choice.
        self.change_language = change_language or _install_without_saving
        self.store = store
        self._zone = zone
        self.clock = clock
        self.on_all_closed = on_all_closed or QApplication.quit
        self.overview = None
        self.wizard = None
        self.dialogs: list[QWidget] = []
        # Where the app's window is (x, y, width, height): the wizard and the overview
        # share it, and it is saved for the next start when a window closes.
        self.window_place = window_place
        self.save_window_place = save_window_place or (lambda place: None)
        # The record of other AI opt-outs (other_optouts.json), opened once when first
        # needed and shared by the overview's line, the checklist and the proof: opening
        # it again would move a damaged file aside a second time, unseen.
        self._other_record = None
        self._other_services: tuple[str, list] | None = None  # (language, services)

    @property
    def zone(self) -> dt.tzinfo:
        if self._zone is None:  # zoneinfo is needed only once objections are shown
            from optout_gui.core.reminders import local_zone

            self._zone = local_zone()
        return self._zone

    # --- windows ----------------------------------------------------------------------
    def start(self) -> QWidget:
        if len(self.store) == 0:
            return self.new_objection()
        # A code that is still counting down wins over the overview: the race is on.
        running = self.record_with_running_code()
        if running is not None:
            return self.open_wizard(running)
        return self.show_overview()

    def record_with_running_code(self) -> str | None:
        now = self.clock()
        for summary in list(self.store.summaries(Status.SUBMITTED)):
            try:
                answers = self.store.get(summary.id).answers
            except (KeyError, ObjectionDamaged):  # the store moved a damaged file aside
                return None
            if code_running_at(answers, now):
                return summary.id
        return None

    def current_window(self) -> QWidget | None:
        if self.wizard is not None and self.wizard.isVisible():
            return self.wizard
        return self.overview

    def _place(self, window: QWidget) -> None:
        place_first(window, self.window_place)

    def _remember_place(self, window: QWidget | None, save: bool = False) -> None:
        if window is None:
            return

        self.window_place = as_list(window)
        if save:
            self.save_window_place(self.window_place)

    def show_overview(self) -> QWidget:
        if self.overview is None:
            self.overview = self._build_overview()
        if not self.overview.isVisible():
            self._place(self.overview)  # where the wizard was, or where the app last was
        self.overview.show()
        self.overview.raise_()
        # After the first paint: marking overdue objections may touch many records (10,000
        # at once: half a second). A zero-delay timer would run before it (the first paint
        # comes later), so the check waits a moment.
        # With the overview as the timers' context: nothing runs once it is gone.
        QTimer.singleShot(REMINDERS_AFTER_MS, self.overview, self.overview.check_reminders)
        QTimer.singleShot(REMINDERS_AFTER_MS, self.overview, self.show_other_optouts)
        return self.overview

    def _build_overview(self):
        from optout_gui.ui.tracker.overview import OverviewWidget

        overview = OverviewWidget(self.store, zone=self.zone, clock=self.clock)
        overview.new_requested.connect(self.new_objection)
        overview.resume_requested.connect(self.open_wizard)
        overview.open_requested.connect(self.open_history)
        overview.forget_all_requested.connect(self._after_forgetting)
        overview.language_requested.connect(self.set_language)
        overview.export_all_requested.connect(self.export_all)
        overview.other_optouts_requested.connect(self.open_other_optouts)
        overview.closed.connect(lambda: self._remember_place(overview, save=True))
        overview.closed.connect(lambda: QTimer.singleShot(0, self._check_all_closed))
        return overview

    def _check_all_closed(self) -> None:
        if not any(w is not None and w.isVisible() for w in (self.overview, self.wizard)):
            self.on_all_closed()

    # --- one objection in the wizard ------------------------------------------------------
    def new_objection(self) -> QWidget:
        record = self.store.new(save=False)  # written with its first answer
        return self.open_wizard(record.id)

    def open_wizard(self, record_id: str) -> QWidget:
        from optout_gui.ui.wizard.window import ObjectionWizard

        try:
            self.store.get(record_id)
        except (KeyError, ObjectionDamaged):  # set aside: the overview says what and where
            return self.show_overview()
        if self.wizard is not None:
            self.wizard.close()
        session = ObjectionSession(
            self.store,
            record_id,
            # Looked up when needed: the guide changes with the language.
            default_form_url=lambda account: self.guide.form_url(account),
        )
        wizard = ObjectionWizard(self.guide, session, clock=self.clock)
        wizard.finished.connect(lambda _result: self._wizard_closed(wizard, record_id))
        wizard.language_requested.connect(self.set_language)
        wizard.answer_requested.connect(lambda rid: self.open_history(rid, parent=wizard))
        wizard.other_optouts_requested.connect(lambda: self.open_other_optouts(parent=wizard))
        self.wizard = wizard
        if self.overview is not None and self.overview.isVisible():
            self._remember_place(self.overview)  # the wizard opens where the overview was
            self.overview.hide()
        self._place(wizard)
        wizard.resume()  # before show(): showing moves to the first page
        wizard.show()
        return wizard

    def _wizard_closed(self, wizard, record_id: str) -> None:
        self._remember_place(wizard, save=True)  # the overview opens where the wizard was
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()
        # A wizard opened and closed without a single answer leaves nothing behind (but one
        # that was started over keeps its history).
        if record_id in self.store and wizard.session.is_untouched():
            self.store.remove(record_id, keep_on_failure=False)  # it was never saved
        if len(self.store):
            self.show_overview()
        else:
            self._check_all_closed()

    # --- language -----------------------------------------------------------------------
    def set_language(self, code: str) -> str:
        """Switch every window to ``code`` at once: the visible window is rebuilt in place,
        at the same objection and page (all state lives in the store); dialogs close."""
        if code == self.language:
            return code
        used, guide = self.change_language(code)
        self.language, self.guide = used, guide
        for dialog in list(self.dialogs):
            dialog.close()
        wizard, overview = self.wizard, self.overview
        if overview is not None:
            visible = overview.isVisible()
            geometry = overview.geometry()
            if visible:
                self._remember_place(overview)
            self.overview = self._build_overview()
            self.overview.setGeometry(geometry)
            overview.closed.disconnect()
            overview.detach()
            overview.hide()
            overview.deleteLater()
            if visible:
                self.show_overview()
                self.overview.focus_language_chooser()
        if wizard is not None:
            record_id = wizard.session.record_id
            geometry = wizard.geometry()
            visible = wizard.isVisible()
            if visible:
                self._remember_place(wizard)
            # The old window goes quietly: no "closed" handling, no removal of an empty record.
            wizard.save_pending()
            wizard.finished.disconnect()
            wizard.stop_countdown()
            self.wizard = None
            wizard.hide()
            wizard.deleteLater()
            if visible:
                new = self.open_wizard(record_id)
                new.setGeometry(geometry)
                new.focus_language_chooser()
        return used

    # --- dialogs --------------------------------------------------------------------------
    def open_history(self, record_id: str, parent: QWidget | None = None) -> QWidget:
        from optout_gui.ui.tracker.history import HistoryDialog

        try:
            self.store.get(record_id)
        except (KeyError, ObjectionDamaged):  # set aside: the overview says what and where
            return self.show_overview()
        parent = parent or self.overview
        dialog = HistoryDialog(self.store, record_id, zone=self.zone, parent=parent)
        # The complaint takes the history's place: no third window stacked on the others.
        dialog.complaint_requested.connect(lambda rid: (dialog.close(), self.open_complaint(rid)))
        dialog.resume_requested.connect(lambda rid: (dialog.close(), self.open_wizard(rid)))
        self._keep(dialog)
        return dialog

    def open_complaint(self, record_id: str) -> QWidget:
        """The complaint dialog; if its files (authorities, complaint texts) are broken, a
        message naming the file and the problem instead, as for the guide file."""
        from optout_gui.ui.tracker.complaint import ComplaintDialog

        names = {code: country.name for code, country in self.guide.countries.items()}
        try:
            dialog = ComplaintDialog(
                self.store.get(record_id), zone=self.zone, country_names=names,
                parent=self.overview,
            )  # fmt: skip
        except DataFileError as exc:  # complaint texts, authorities or jurisdictions
            text = data_file_problem_text(
                self.tr("The complaint texts could not be used, so no complaint can be written."),
                exc,
            )
            dialog = plain_message_box(
                self.current_window(), QMessageBox.Icon.Warning, self.tr("Complaint"), text
            )
            dialog.setObjectName("complaint_data_error")
        self._keep(dialog)
        return dialog

    # --- other AI opt-outs ---------------------------------------------------------------
    def other_record(self):
        """The one record of other AI opt-outs, opened (and, if damaged, moved aside) the
        first time it is needed; its ``load_problem`` stays for the checklist to show."""
        from optout_gui.core.other_optouts import OtherOptOuts

        if self._other_record is None:
            self._other_record = OtherOptOuts.open(self.store.path.parent, clock=self.clock)
        return self._other_record

    def other_services(self) -> list:
        """The services in the app's language, read once per language; raises
        DataFileError if their files are broken (then read again next time)."""
        from optout_gui.core.other_services import load_services

        if self._other_services is None or self._other_services[0] != self.language:
            self._other_services = (self.language, load_services(self.language))
        return list(self._other_services[1])

    def show_other_optouts(self) -> None:
        """The overview's line "Other AI opt-outs: 2 of 5 done", from the shared record."""
        if self.overview is None:
            return
        record = self.other_record()
        services = None
        if record.events:
            try:
                services = self.other_services()
            except DataFileError:  # no line; the checklist names the broken file
                services = None
        self.overview.show_other_optouts(record, services)

    def open_other_optouts(self, parent: QWidget | None = None) -> QWidget:
        """The checklist of AI opt-outs beyond Meta; if the service files are broken, a
        message naming the file and the problem instead."""
        from optout_gui.ui.tracker.other_optouts import OtherOptOutsDialog

        parent = parent or self.current_window()
        record = self.other_record()
        try:
            services = self.other_services()
        except DataFileError as exc:
            text = data_file_problem_text(
                self.tr("The list of other services could not be read."), exc
            )
            dialog = plain_message_box(
                parent, QMessageBox.Icon.Warning, self.tr("Other AI opt-outs"), text
            )
            dialog.setObjectName("other_optouts_data_error")
            self._keep(dialog)
            return dialog
        country, email = self.store.latest_answers()
        names = {code: country.name for code, country in self.guide.countries.items()}
        dialog = OtherOptOutsDialog(
            record, services, countries=names, country=country, email=email,
            zone=self.zone, clock=self.clock, parent=parent,
        )  # fmt: skip
        dialog.changed.connect(self.show_other_optouts)  # the same record: nothing re-read
        self._keep(dialog)
        return dialog

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog))
        dialog.open()

    def export_all(self, kind: str) -> str | None:
        from optout_gui.ui.tracker.history import ask_save_path, export_file

        overview = self.overview
        return export_file(
            overview, overview.reminders, kind, self.store.records(), self.zone,
            "objections", ask_save_path, self.other_optout_entries(),
        )  # fmt: skip

    def other_optout_entries(self) -> list[dict] | None:
        """The other services' opt-outs for the proof; None when the person has recorded
        none (or the service files can't be read: the proof of objections still saves)."""
        from optout_gui.core.other_optouts import proof_entries

        record = self.other_record()
        if not record.events:
            return None
        try:
            services = self.other_services()
        except DataFileError:
            return None
        return proof_entries(record, [s for s in services if s.is_task])

    def _after_forgetting(self) -> None:
        for dialog in list(self.dialogs):  # they show objections that no longer exist
            dialog.close()
        self._other_record = None  # its file is gone (or not): the next use opens afresh
        self.show_other_optouts()
        if self.store.files_to_forget():  # some could not be deleted: the overview says so
            return
        if len(self.store) == 0 and self.overview is not None:
            self.overview.hide()
            self.new_objection()


def _install_without_saving(code: str) -> tuple[str, Guide]:
    used = install_language(QApplication.instance(), code)
    return used, guide_for(used)
