"""The objection tracker's names in one import, for code written before the split (issue 13).

New code imports from the module that does the job:

- :mod:`optout_gui.core.status` — the statuses and the moves allowed between them
- :mod:`optout_gui.core.record` — one objection, its history and Meta's answer, as JSON
- :mod:`optout_gui.core.summary` — the index row the overview reads, by field name
- :mod:`optout_gui.core.store_file` — the layout of ``objections.json``
- :mod:`optout_gui.core.store` — :class:`ObjectionStore`, the file's reader and writer
- :mod:`optout_gui.core.session` — the wizard's :class:`Session` interface and
  :class:`ObjectionSession`
- :mod:`optout_gui.core.migration` — reading the ``progress.json`` of earlier versions
"""

from optout_gui.core.migration import migrate_progress_file
from optout_gui.core.record import HistoryEntry, MetaAnswer, ObjectionRecord, new_record_id
from optout_gui.core.session import ObjectionSession, Session, advance_from_answers
from optout_gui.core.status import (
    ANSWERABLE,
    FINAL,
    PROCESS_ORDER,
    IllegalTransition,
    Status,
    allowed_next,
    derived_status,
)
from optout_gui.core.store import ObjectionDamaged, ObjectionStore
from optout_gui.core.store_file import OBJECTIONS_FILE_NAME, OBJECTIONS_FORMAT
from optout_gui.core.summary import SUMMARY_FIELDS, Summary, summary_row

__all__ = [
    "ANSWERABLE",
    "FINAL",
    "OBJECTIONS_FILE_NAME",
    "OBJECTIONS_FORMAT",
    "PROCESS_ORDER",
    "SUMMARY_FIELDS",
    "HistoryEntry",
    "IllegalTransition",
    "MetaAnswer",
    "ObjectionDamaged",
    "ObjectionRecord",
    "ObjectionSession",
    "ObjectionStore",
    "Session",
    "Status",
    "Summary",
    "advance_from_answers",
    "allowed_next",
    "derived_status",
    "migrate_progress_file",
    "new_record_id",
    "summary_row",
]
