"""How long typed texts may be, and how over-long texts from a file are shown.

Limits apply where the person types. A longer value found in the data file (typed by an
older version, or edited by hand) stays in the file as it is; the app shows its start,
shortened, because laying out megabytes of text in a label or an editor costs seconds
per keystroke and gigabytes of memory.
"""

from __future__ import annotations

NAME_MAX = 200  # the name given to an objection
EMAIL_MAX = 254  # the longest address the mail standards allow (RFC 5321 path limit)
# A reason of several pages is still well inside this; it is far beyond what a web form
# field will take. Kept small enough that typing in a full editor stays instant.
REASON_MAX = 20_000
ANSWER_TEXT_MAX = 20_000  # Meta's email, pasted
# The complaint letter as the person edits it: the app's letter holds the reason (up to
# REASON_MAX) and a page or two around it. A longer paste is cut (laying out a pasted
# megabyte took over a second).
COMPLAINT_MAX = 40_000
SHOWN_IN_LINE = 200  # a name or address shown in a heading, a list or a question
SHOWN_IN_HISTORY = 20_000  # one text (reason, Meta's email) in the history view and exports
# One value in a proof or calendar file (a name, an address, a link, a note): room for any
# real one, far less than the megabytes a file edited by hand may hold.
EXPORT_LINE_MAX = 1_000


def shortened(text: str, limit: int | None) -> str:
    """``text`` itself if it fits (or ``limit`` is None), else its first ``limit - 1``
    characters and "…"."""
    if limit is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def is_shortened(text: str, limit: int | None) -> bool:
    return limit is not None and len(text) > limit
