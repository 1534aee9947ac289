"""Three made-up objections for proof tests and the README's proof picture (no real data):
one honoured, one refused with Meta's email pasted, one still waiting. Each is what the app
itself would have recorded: the answers hold the times the history's steps came from."""

from __future__ import annotations

import datetime as dt

from optout_gui.core.progress import Progress
from optout_gui.core.record import HistoryEntry, MetaAnswer, ObjectionRecord
from optout_gui.core.status import Status

FORM = "https://www.facebook.com/help/contact/712876720715583"
INSTAGRAM_FORM = "https://help.instagram.com/contact/767264225370182"
MADE_AT = dt.datetime(2025, 7, 14, 9, 30, tzinfo=dt.UTC)

REASON_DE = (
    "Betreff: Widerspruch gegen die Nutzung meiner Daten für KI-Training\n"
    "\n"
    "Ich widerspreche der Verwendung meiner Beiträge, Fotos und Kommentare für das\n"
    "Training von KI-Modellen. Ich veröffentliche offen, aber nicht für diesen Zweck.\n"
    "  Bitte bestätigen Sie den Eingang schriftlich."
)
REASON_FR = (
    "Je m'oppose à l'utilisation de mes publications et de mes photos pour entraîner\n"
    "l'IA de Meta. Mes enfants figurent sur plusieurs photos (offset: none)."
)
REFUSAL_EMAIL = (
    "Hello,\n"
    "\n"
    "Thanks for getting in touch. We looked at your request but could not find any\n"
    "answers from our AI that contain your personal information, so we can't act on it.\n"
    "\n"
    "If you have examples, please send them in a new request.\n"
    "\n"
    "Privacy Operations, Meta Platforms Ireland Ltd."
)


def honoured() -> ObjectionRecord:
    return ObjectionRecord(
        id="a1",
        created_at="2025-06-01T08:00:00+00:00",
        label="Sam's account",
        answers=Progress(
            account="facebook",
            country="DE",
            email="sam@example.org",
            reason=REASON_DE,
            reason_copied_text=REASON_DE,
            reason_copied_at="2025-06-01T08:04:10+00:00",
            page="confirmation",
            form_opened_at="2025-06-01T08:01:00+00:00",
            form_opened_url=FORM,
            sent_at="2025-06-01T08:05:00+00:00",
            code_received_at="2025-06-01T08:09:00+00:00",
            code_entered_at="2025-06-01T08:12:00+00:00",
            code_attempts=[
                {
                    "received_at": "2025-06-01T08:09:00+00:00",
                    "expires_at": "2025-06-01T09:09:00+00:00",
                    "entered_at": "2025-06-01T08:12:00+00:00",
                }
            ],
            finished_at="2025-06-01T08:12:30+00:00",
        ),
        status=Status.HONOURED,
        history=[
            HistoryEntry("2025-06-01T08:00:00+00:00", "created", "draft"),
            HistoryEntry("2025-06-01T08:01:00+00:00", "status", "form_opened", form_url=FORM),
            HistoryEntry("2025-06-01T08:04:10+00:00", "reason_copied", text=REASON_DE),
            HistoryEntry("2025-06-01T08:05:00+00:00", "status", "submitted"),
            HistoryEntry("2025-06-01T08:12:00+00:00", "status", "code_confirmed"),
            HistoryEntry("2025-06-01T08:12:30+00:00", "status", "waiting"),
            HistoryEntry("2025-06-02T09:00:00+00:00", "status", "honoured"),
        ],
        answer=MetaAnswer(
            "honoured",
            "2025-06-02",
            "2025-06-02T09:00:00+00:00",
            "We've received your objection and will honour it.",
        ),
    )


def refused() -> ObjectionRecord:
    return ObjectionRecord(
        id="b2",
        created_at="2025-06-10T21:50:00+00:00",
        label="Family photos",
        answers=Progress(
            account="instagram",
            country="FR",
            email="alex@example.net",
            reason=REASON_FR,
            reason_copied_text=REASON_FR,
            reason_copied_at="2025-06-10T22:25:00+00:00",
            page="confirmation",
            form_opened_at="2025-06-10T21:52:00+00:00",
            form_opened_url=INSTAGRAM_FORM,
            sent_at="2025-06-10T22:28:00+00:00",
            code_skipped=True,
            finished_at="2025-06-10T22:30:00+00:00",
        ),
        status=Status.REFUSED,
        history=[
            HistoryEntry("2025-06-10T21:50:00+00:00", "created", "draft"),
            HistoryEntry(
                "2025-06-10T21:52:00+00:00", "status", "form_opened", form_url=INSTAGRAM_FORM
            ),
            HistoryEntry("2025-06-10T22:25:00+00:00", "reason_copied", text=REASON_FR),
            HistoryEntry("2025-06-10T22:28:00+00:00", "status", "submitted"),
            # 00:30 in Berlin on 11 June: the proof must show the local day.
            HistoryEntry("2025-06-10T22:30:00+00:00", "status", "waiting"),
            HistoryEntry("2025-06-20T07:00:00+00:00", "status", "refused"),
        ],
        answer=MetaAnswer("refused", "2025-06-19", "2025-06-20T07:00:00+00:00", REFUSAL_EMAIL),
    )


def waiting() -> ObjectionRecord:
    return ObjectionRecord(
        id="c3",
        created_at="2025-07-01T16:00:00+00:00",
        label="",
        answers=Progress(
            account="facebook",
            country="NL",
            email="kim.de.vries@example.com",
            reason="I object to my posts being used to train Meta's AI.",
            reason_copied_text="I object to my posts being used to train Meta's AI.",
            reason_copied_at="2025-07-01T16:03:00+00:00",
            page="confirmation",
            form_opened_at="2025-07-01T16:02:00+00:00",
            form_opened_url=FORM,
            sent_at="2025-07-01T16:05:00+00:00",
            code_skipped=True,
            finished_at="2025-07-01T16:06:00+00:00",
        ),
        status=Status.WAITING,
        history=[
            HistoryEntry("2025-07-01T16:00:00+00:00", "created", "draft"),
            HistoryEntry("2025-07-01T16:02:00+00:00", "status", "form_opened", form_url=FORM),
            HistoryEntry(
                "2025-07-01T16:03:00+00:00",
                "reason_copied",
                text="I object to my posts being used to train Meta's AI.",
            ),
            HistoryEntry("2025-07-01T16:05:00+00:00", "status", "submitted"),
            HistoryEntry("2025-07-01T16:06:00+00:00", "status", "waiting"),
        ],
    )


def three_objections() -> list[ObjectionRecord]:
    return [honoured(), refused(), waiting()]
