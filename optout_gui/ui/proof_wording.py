"""The proof's wording in the app's language (core/proof.py holds the English defaults)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def proof_labels() -> dict[str, str]:
    """Translated labels for core.proof; keys as in ``core.proof.wording()``.

    ``{name}`` placeholders are filled in by core.proof and must stay in every translation.
    """
    return {
        "title": translate("proof", "Objection to Meta using personal information for AI training"),
        "made_by": translate("proof", "Record made by {app} {version} on {when}."),
        "zone": translate(
            "proof", "Times are shown in the time zone {zone}, with their offset from UTC."
        ),
        "account": translate("proof", "Account"),
        "label": translate("proof", "Name given"),
        "email": translate("proof", "Email address"),
        "country": translate("proof", "Country of residence"),
        "status": translate("proof", "Status"),
        "link": translate("proof", "Form link used"),
        "history": translate("proof", "History"),
        "reason": translate("proof", "Reason sent (exactly as copied)"),
        "no_reason": translate("proof", "(no reason text was recorded)"),
        "answer": translate("proof", "Meta's answer"),
        "no_answer": translate("proof", "(no answer recorded yet)"),
        "answered_on": translate("proof", "{outcome} on {date} (recorded {recorded})"),
        "email_text": translate("proof", "Text of Meta's email, as pasted"),
        "unknown": translate("proof", "(not recorded)"),
        "steps": translate("proof", "Dates of each step"),
        "time_column": translate("proof", "Date and time"),
        "event_column": translate("proof", "What happened"),
        "outcome": translate("proof", "Outcome"),
        "answer_date": translate("proof", "Date of Meta's answer"),
        "answer_recorded": translate("proof", "Answer recorded in the app"),
        "page": translate("proof", "Page {page} of {pages}"),
        "facts": translate("proof", "Facts"),
        "status:draft": translate("proof", "not yet sent (draft)"),
        "status:form_opened": translate("proof", "form opened"),
        "status:submitted": translate("proof", "submitted"),
        "status:code_confirmed": translate("proof", "code confirmed"),
        "status:waiting": translate("proof", "waiting for Meta's answer"),
        "status:honoured": translate("proof", "honoured by Meta"),
        "status:refused": translate("proof", "refused by Meta"),
        "status:overdue": translate("proof", "no answer within one month (overdue)"),
        "event:created": translate("proof", "objection started"),
        "event:status": translate("proof", "status: {status}"),
        "event:reason_copied": translate("proof", "reason text copied for the form"),
        "event:form_link": translate("proof", "form link opened"),
        "event:started_over": translate("proof", "answers cleared to start over"),
    }


def calendar_texts() -> dict[str, str]:
    """Translated texts for core.ics (keys of ``CALENDAR_TEXTS``); ``{name}``s stay."""
    return {
        "nudge_summary": translate("calendar", "Check your email for Meta's answer ({what})"),
        "nudge_description": translate(
            "calendar",
            "A week ago you sent Meta your objection to AI training for {what}. Look in that "
            "mailbox (and its spam folder) for Meta's reply, then record the answer in the "
            "{app}.",
        ),
        "deadline_summary": translate("calendar", "Meta's month to answer is up ({what})"),
        "deadline_description": translate(
            "calendar",
            "Meta had one month to answer your objection for {what}, sent on {sent}. No "
            "answer, or a refusal? Open the {app}: it helps you write a complaint to your "
            "data-protection authority.",
        ),
        "your_account": translate("calendar", "your account"),
    }
