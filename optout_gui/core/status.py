"""Where an objection stands in Meta's process, and which moves between statuses are allowed.

The one place for facts about statuses: their order, which ones await Meta's answer, which
are final, which can be taken up again in the wizard, and how far a set of answers got.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from optout_gui.core.progress import Progress


class Status(StrEnum):
    DRAFT = "draft"
    FORM_OPENED = "form_opened"
    # The person pressed the send button on Meta's form (at ``Progress.sent_at``). Whether a
    # code was asked for is a separate fact (see :func:`code_fact`).
    SUBMITTED = "submitted"
    # Sent, and the code Meta emailed was typed in: only ever reached by entering a code.
    CODE_CONFIRMED = "code_confirmed"
    WAITING = "waiting"
    HONOURED = "honoured"
    REFUSED = "refused"
    OVERDUE = "overdue"


# The steps before Meta answers, in the order they happen. Moving forward may skip steps
# (someone may have opened the form on their phone, or was never asked for a code).
PROCESS_ORDER = (
    Status.DRAFT,
    Status.FORM_OPENED,
    Status.SUBMITTED,
    Status.CODE_CONFIRMED,
    Status.WAITING,
)
ANSWERABLE = frozenset({Status.SUBMITTED, Status.CODE_CONFIRMED, Status.WAITING, Status.OVERDUE})
FINAL = frozenset({Status.HONOURED, Status.REFUSED})
# The wizard can be taken up again until the objection is sent.
RESUMABLE = frozenset(PROCESS_ORDER[:-1])
# Meta said no, or let its month pass: a complaint to the authority is the next step.
NEEDS_COMPLAINT = frozenset({Status.REFUSED, Status.OVERDUE})


def allowed_next(current: Status) -> frozenset[Status]:
    """Every status an objection may move to from ``current``."""
    targets: set[Status] = set()
    if current in PROCESS_ORDER:
        targets.update(PROCESS_ORDER[PROCESS_ORDER.index(current) + 1 :])
    if current in ANSWERABLE:
        targets.update(FINAL)
    if current == Status.WAITING:
        targets.add(Status.OVERDUE)
    if current == Status.REFUSED:
        targets.add(Status.HONOURED)  # Meta may give in later, e.g. after a complaint
    return frozenset(targets)


class IllegalTransition(ValueError):
    """A status change that does not fit the process, e.g. "honoured" before sending."""

    def __init__(self, current: Status, target: Status):
        self.current = current
        self.target = target
        allowed = ", ".join(sorted(s.value for s in allowed_next(current))) or "none"
        super().__init__(
            f"An objection that is {current.value!r} cannot become {target.value!r} "
            f"(possible next: {allowed})."
        )


def derived_status(answers: Progress) -> Status:
    """How far the answers say the person got, before Meta's answer.

    "Sent" comes from the person's own answer (``sent_at``); "code confirmed" only from a
    code that was typed in. Saying Meta asked for no code confirms nothing.
    """
    if answers.finished_at:
        return Status.WAITING
    if answers.code_entered_at and not answers.code_skipped:
        return Status.CODE_CONFIRMED
    if answers.sent_at or answers.code_received_at or answers.code_skipped:
        return Status.SUBMITTED
    if answers.form_opened_at:
        return Status.FORM_OPENED
    return Status.DRAFT


def status_time(answers: Progress, status: Status) -> str | None:
    """When the answers say ``status`` was reached (UTC ISO 8601), if they say so.

    "Sent" is when the person said they pressed Meta's send button. Answers of earlier
    versions have no such time: there a code's arrival is the latest moment it can have
    been sent, so that stands in (their files meant it so)."""
    return {
        Status.FORM_OPENED: answers.form_opened_at,
        Status.SUBMITTED: answers.sent_at or answers.code_received_at,
        Status.CODE_CONFIRMED: None if answers.code_skipped else answers.code_entered_at,
        Status.WAITING: answers.finished_at,
    }.get(status)


# The code is a fact of its own, next to "sent": Meta asked for none, a code came (and
# is still good), it was typed in, or it ran out unused.
CODE_NOT_ASKED = "not_asked"
CODE_RECEIVED = "received"
CODE_ENTERED = "entered"
CODE_EXPIRED = "expired"


def code_fact(answers: Progress) -> str | None:
    """What the answers say about Meta's code; None when nothing was said yet."""
    if answers.code_skipped:
        return CODE_NOT_ASKED
    attempts = answers.code_attempts
    if attempts:
        last = attempts[-1]
        if "entered_at" in last:
            return CODE_ENTERED
        if "expired_at" in last:
            return CODE_EXPIRED
        return CODE_RECEIVED
    if answers.code_entered_at:
        return CODE_ENTERED
    if answers.code_received_at:
        return CODE_RECEIVED
    return None


def status_key(status: Status, answers: Progress | None = None) -> str:
    """The key of the words for ``status``: "submitted" is told apart by the code fact
    ("submitted:not_asked", "submitted:received", "submitted:expired") when it is known."""
    status = Status(status)
    if status == Status.SUBMITTED and answers is not None:
        fact = code_fact(answers)
        if fact in (CODE_NOT_ASKED, CODE_RECEIVED, CODE_EXPIRED):
            return f"{status.value}:{fact}"
    return status.value
