import datetime as dt
import json

import pytest

from optout_gui.core.progress import Progress, to_iso
from optout_gui.core.record import HistoryEntry, ObjectionRecord
from optout_gui.core.session import ObjectionSession
from optout_gui.core.status import IllegalTransition, Status, allowed_next, status_key
from optout_gui.core.storage import store as objections_module
from optout_gui.core.storage.migration import migrate_progress_file
from optout_gui.core.storage.store import ObjectionStore
from tests.clocks import FakeClocks
from tests.helpers import write_progress_file


@pytest.fixture
def clocks():
    return FakeClocks(dt.datetime(2025, 6, 1, 10, 0, tzinfo=dt.UTC))


def reopen(store):
    fresh = ObjectionStore(store.path, clock=store.clock)
    assert fresh.load() is None
    return fresh


def test_new_objection_is_saved_as_draft(store):
    record = store.new(label="Anna's Instagram")
    again = reopen(store)
    assert again.ids() == [record.id]
    loaded = again.get(record.id)
    assert loaded.status == Status.DRAFT
    assert loaded.label == "Anna's Instagram"
    assert loaded.history[0].event == "created"


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (Status.DRAFT, Status.HONOURED),
        (Status.FORM_OPENED, Status.REFUSED),
        (Status.WAITING, Status.DRAFT),
        (Status.CODE_CONFIRMED, Status.SUBMITTED),
        (Status.HONOURED, Status.WAITING),
        (Status.HONOURED, Status.REFUSED),
        (Status.DRAFT, Status.OVERDUE),
        (Status.OVERDUE, Status.WAITING),
    ],
)
def test_illegal_jumps_are_refused_with_a_clear_error(start, target):
    record = ObjectionRecord(id="x", created_at="2025-06-01T10:00:00+00:00", status=start)
    with pytest.raises(IllegalTransition, match=f"'{start.value}' cannot become '{target.value}'"):
        record.change_status(target, "2025-06-02T10:00:00+00:00")
    assert record.status == start
    assert record.history == []


def test_the_normal_process_and_answers_are_allowed():
    record = ObjectionRecord(id="x", created_at="2025-06-01T10:00:00+00:00")
    for status in (
        Status.FORM_OPENED,
        Status.SUBMITTED,
        Status.CODE_CONFIRMED,
        Status.WAITING,
        Status.OVERDUE,
        Status.REFUSED,
        Status.HONOURED,
    ):
        record.change_status(status, "2025-06-02T10:00:00+00:00")
    assert [e.status for e in record.history][-1] == "honoured"
    assert allowed_next(Status.HONOURED) == frozenset()


def test_store_refuses_illegal_change_and_keeps_file(store):
    record = store.new()
    with pytest.raises(IllegalTransition):
        store.change_status(record.id, Status.HONOURED)
    assert reopen(store).get(record.id).status == Status.DRAFT


def test_session_derives_statuses_and_history(store, clocks):
    record = store.new()
    session = ObjectionSession(
        store, record.id, default_form_url=lambda account: f"https://example.org/{account}"
    )
    assert session.update(account="facebook", country="DE", email="a@example.org")
    assert session.record.status == Status.DRAFT
    clocks.advance(dt.timedelta(minutes=1))
    session.update(form_opened_at=to_iso(clocks.wall()))
    assert session.record.status == Status.FORM_OPENED
    assert session.record.form_url == "https://example.org/facebook"
    session.record_copied_reason("My photos show my children.\nPlease stop.", clocks.wall())
    clocks.advance(dt.timedelta(minutes=2))
    session.update(code_received_at=to_iso(clocks.wall()))
    assert session.record.status == Status.SUBMITTED
    clocks.advance(dt.timedelta(minutes=1))
    session.update(code_entered_at=to_iso(clocks.wall()))
    assert session.record.status == Status.CODE_CONFIRMED
    session.update(page="review")  # no status change, no history entry
    clocks.advance(dt.timedelta(minutes=1))
    session.update(finished_at=to_iso(clocks.wall()))
    assert session.record.status == Status.WAITING

    loaded = reopen(store).get(record.id)
    statuses = [e.status for e in loaded.history if e.event in ("status", "created")]
    assert statuses == ["draft", "form_opened", "submitted", "code_confirmed", "waiting"]
    assert loaded.sent_at == "2025-06-01T10:05:00+00:00"
    assert loaded.reason_sent == "My photos show my children.\nPlease stop."
    assert loaded.answers.page == "review"


def test_session_no_code_is_sent_not_confirmed(store):
    """Issue #27: "No, Meta sent no code" is "sent, no code asked", at the time the person
    gave for pressing send; nothing is confirmed."""
    session = ObjectionSession(store, store.new().id)
    session.update(form_opened_at="2025-06-01T10:01:00+00:00")
    session.update(sent_at="2025-06-01T10:04:00+00:00", code_skipped=True)
    assert session.record.status == Status.SUBMITTED
    assert session.record.status_reached_at(Status.SUBMITTED) == "2025-06-01T10:04:00+00:00"
    assert session.record.status_reached_at(Status.CODE_CONFIRMED) is None
    assert status_key(session.record.status, session.record.answers) == "submitted:not_asked"
    # a form link recorded by the page wins over any default
    session.record_form_link("https://www.facebook.com/help/contact/712876720715583")
    assert session.record.form_url.endswith("712876720715583")


def test_session_has_progress_session_interface(store):
    session = ObjectionSession(store, store.new().id)
    assert isinstance(session.progress, Progress)
    assert session.load_problem is None
    assert session.read_only is False
    assert session.save_error is None
    with pytest.raises(AttributeError):
        session.update(no_such_field=1)
    session.update(email="a@example.org", finished_at="2025-06-01T10:05:00+00:00")
    assert session.start_over()
    assert session.progress == Progress()
    assert session.record.status == Status.DRAFT
    assert session.record.history[-1].event == "started_over"


def test_unknown_fields_from_newer_helpers_survive(store):
    record = store.new()
    record.answers.extra["from_a_newer_version"] = 3
    record.extra["future"] = {"x": 1}
    record.history[0].extra["tag"] = "t"
    store.touch(record)
    store.save()
    loaded = reopen(store).get(record.id)
    assert loaded.answers.extra["from_a_newer_version"] == 3
    assert loaded.extra["future"] == {"x": 1}
    assert loaded.history[0].extra["tag"] == "t"


def test_record_answer(store):
    record = store.new()
    store.change_status(record.id, Status.WAITING)
    store.record_answer(record.id, Status.REFUSED, dt.date(2025, 6, 3), "We can't help.")
    loaded = reopen(store).get(record.id)
    assert loaded.status == Status.REFUSED
    assert loaded.answer.answered_on == "2025-06-03"
    assert loaded.answer.email_text == "We can't help."


def test_answer_before_sending_is_refused(store):
    record = store.new()
    with pytest.raises(IllegalTransition):
        store.record_answer(record.id, Status.HONOURED, dt.date(2025, 6, 3))


def test_summaries_are_read_without_parsing_records(store):
    for n in range(3):
        store.new(label=f"n{n}")
    again = reopen(store)
    assert [s.label for s in again.summaries()] == ["n0", "n1", "n2"]
    assert again._lines is None and again._records == {}
    assert again.get(again.ids()[1]).label == "n1"


def test_hand_edited_file_is_read_the_slow_way(store):
    record = store.new(label="x")
    document = json.loads(store.path.read_text(encoding="utf-8"))
    store.path.write_text(json.dumps(document, indent=4), encoding="utf-8")
    again = reopen(store)
    assert again.get(record.id).label == "x"
    again.save()
    assert reopen(again).get(record.id).label == "x"


def test_damaged_file_is_moved_aside(store):
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{ not json", encoding="utf-8")
    problem = store.load()
    assert problem.kind == "damaged"
    assert problem.moved_to.exists()
    assert len(store) == 0


def test_newer_format_is_read_only(store):
    store.new()
    text = store.path.read_text(encoding="utf-8").replace('{"format":1,', '{"format":99,', 1)
    assert text != store.path.read_text(encoding="utf-8")
    store.path.write_text(text, encoding="utf-8")
    again = ObjectionStore(store.path)
    assert again.load().kind == "newer_version"
    assert again.read_only
    assert again.save() is False
    assert store.path.read_text(encoding="utf-8") == text


def test_remove_one_and_forget_everything(store, tmp_path):
    first, second = store.new(label="first-label-x"), store.new(label="second-label-y")
    store.remove(first.id)
    again = reopen(store)
    assert again.ids() == [second.id]
    assert "first-label-x" not in store.path.read_text(encoding="utf-8")
    (store.path.parent / "progress.json").write_text("{}", encoding="utf-8")
    (store.path.parent / "objections.json.damaged-20250101T000000Z").write_text(
        "{}", encoding="utf-8"
    )
    assert set(p.name for p in store.files_to_forget()) == {
        "objections.json",
        "progress.json",
        "objections.json.damaged-20250101T000000Z",
    }
    assert store.forget_everything()
    assert list(store.path.parent.iterdir()) == []
    assert len(store) == 0


def test_removing_the_last_objection_leaves_no_file(store):
    record = store.new()
    store.remove(record.id)
    assert not store.path.exists()


def test_migration_from_progress_json(store, tmp_path):
    old = store.path.parent / "progress.json"
    progress = Progress(
        account="instagram",
        country="FR",
        email="b@example.org",
        reason="Non.",
        page="confirmation",
        form_opened_at="2025-05-30T08:00:00+00:00",
        code_received_at="2025-05-30T08:03:00+00:00",
        code_skipped=False,
        code_entered_at="2025-05-30T08:04:00+00:00",
        finished_at="2025-05-30T08:05:00+00:00",
        reason_copied_text="Non.",
    )
    write_progress_file(old, progress)
    record = migrate_progress_file(store, old)
    assert record is not None
    assert not old.exists()
    loaded = reopen(store).get(record.id)
    assert loaded.answers == progress
    assert loaded.status == Status.WAITING
    assert [e.at for e in loaded.history][-1] == "2025-05-30T08:05:00+00:00"
    assert loaded.created_at == "2025-05-30T08:00:00+00:00"
    # runs once only
    assert migrate_progress_file(store, old) is None


def test_migration_skips_empty_progress(store):
    old = store.path.parent / "progress.json"
    write_progress_file(old, Progress())
    assert migrate_progress_file(store, old) is None
    assert len(store) == 0


def test_migration_keeps_old_file_when_saving_fails(store, monkeypatch):
    old = store.path.parent / "progress.json"
    write_progress_file(old, Progress(email="c@example.org"))

    def broken(path, text):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("optout_gui.core.storage.store.atomic_write_parts", broken)
    assert migrate_progress_file(store, old) is None
    assert old.exists()
    assert len(store) == 0


def test_failed_save_is_reported_and_kept_in_memory(store, monkeypatch):
    session = ObjectionSession(store, store.new().id)

    def broken(path, text):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("optout_gui.core.storage.store.atomic_write_parts", broken)
    assert session.update(email="d@example.org") is False
    assert session.save_error is not None
    assert session.progress.email == "d@example.org"


def many_records(store, count):
    for n in range(count):
        record = ObjectionRecord(
            id=f"{n:032x}",
            created_at="2025-06-01T10:00:00+00:00",
            label=f"Account {n}",
            answers=Progress(account=("facebook", "instagram")[n % 2], country="DE"),
        )
        store.add(record, save=False)
    assert store.save()


def test_a_long_index_loads_whole_and_shares_repeated_values(store):
    many_records(store, 1_234)  # more than two pieces of 500 rows
    again = reopen(store)
    assert len(again) == 1_234
    assert [s.label for s in again.summaries()] == [f"Account {n}" for n in range(1_234)]
    assert again.summary_at(1_233).account == "instagram"
    accounts = {id(again.summary_at(n).account) for n in range(0, 1_234, 2)}
    assert len(accounts) == 1  # one "facebook" string for every row, not one per row


def test_damage_in_a_later_piece_of_the_index_is_found(store):
    many_records(store, 1_234)
    text = store.path.read_text(encoding="utf-8")
    target = f'["{1_100:032x}","Account 1100"'
    assert text.count(target) == 1  # in the index; the record itself is an object
    store.path.write_text(
        text.replace(target, '["","Account 1100"'), encoding="utf-8"
    )  # an empty id
    again = reopen(store)  # the index is rebuilt from the records, which are intact
    assert len(again) == 1_234
    assert again.summary_at(1_100).id == f"{1_100:032x}"


def test_the_wizards_new_objection_is_written_with_its_first_answer(store, monkeypatch):
    record = store.new(save=False)
    assert not store.path.exists()
    session = ObjectionSession(store, record.id)
    assert session.is_untouched()
    writes = []
    real_write = objections_module.atomic_write_parts
    monkeypatch.setattr(
        objections_module,
        "atomic_write_parts",
        lambda path, parts: (writes.append(path), real_write(path, parts))[1],
    )
    assert session.update(page="welcome")  # what every page entry does; nothing new
    assert writes == [] and not store.path.exists()
    assert session.update(account="instagram")
    assert len(writes) == 1 and not session.is_untouched()
    assert reopen(store).get(record.id).answers.account == "instagram"
    assert session.update(account="instagram")  # the same answer again: nothing to write
    assert len(writes) == 1


def test_an_unchanged_answer_still_retries_a_failed_save(store, monkeypatch):
    session = ObjectionSession(store, store.new().id)
    real_write = objections_module.atomic_write_parts

    def broken(path, parts):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(objections_module, "atomic_write_parts", broken)
    assert session.update(email="d@example.org") is False
    monkeypatch.setattr(objections_module, "atomic_write_parts", real_write)
    assert session.update(email="d@example.org") is True  # same value, but owed to the disk
    assert session.save_error is None
    assert reopen(store).get(session.record_id).answers.email == "d@example.org"


def test_copying_the_same_reason_twice_keeps_both_copies(store):
    """Times are kept to the second: a second copy in the same second is no "unchanged"
    update, because the history entry is the proof of what was pasted."""
    session = ObjectionSession(store, store.new().id)
    for _ in range(2):
        session.update(
            reason="r", reason_copied_text="r", reason_copied_at="2026-11-29T10:00:00+00:00"
        )
    events = [entry.event for entry in reopen(store).get(session.record_id).history]
    assert events.count("reason_copied") == 2


def test_an_unchanged_update_that_moves_the_status_on_is_written(store):
    record = ObjectionRecord(
        id="f" * 32,
        created_at="2025-06-01T10:00:00+00:00",
        answers=Progress(account="facebook", form_opened_at="2025-06-01T10:01:00+00:00"),
        history=[HistoryEntry("2025-06-01T10:00:00+00:00", "created", "draft")],
    )
    store.add(record)
    assert reopen(store).summary(record.id).status == Status.DRAFT
    session = ObjectionSession(store, record.id)
    assert session.update(account="facebook")  # nothing new in the answers themselves
    assert reopen(store).summary(record.id).status == Status.FORM_OPENED
