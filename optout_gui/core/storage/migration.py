"""Moving from the single ``progress.json`` of earlier versions to ``objections.json``.

Versions before the objection tracker kept one set of answers in ``progress.json``.
:class:`ProgressStore` only reads that file (damaged files are moved aside, as ever);
:func:`migrate_progress_file` turns it into the first objection and then deletes it.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from optout_gui.core.atomic import (
    create_aside,
    move_aside,
    read_regular_bytes,
    remove_stale_temp_files,
)
from optout_gui.core.progress import (
    LoadProblem,
    Progress,
    from_iso,
    progress_from_json,
    to_iso,
    utc_now,
)
from optout_gui.core.record import HistoryEntry, ObjectionRecord, new_record_id
from optout_gui.core.status import PROCESS_ORDER, Status, allowed_next, status_time
from optout_gui.core.storage.store import ObjectionStore

PROGRESS_FORMAT = 1
PROGRESS_FILE_NAME = "progress.json"


@dataclass
class LoadResult:
    progress: Progress
    problem: LoadProblem | None = None
    read_only: bool = False


class ProgressStore:
    """Reads the single ``progress.json`` that versions before the tracker wrote."""

    def __init__(self, path: Path):
        self.path = path

    def load(self) -> LoadResult:
        remove_stale_temp_files(self.path)
        try:
            raw = read_regular_bytes(self.path)  # a FIFO or a device: refused, not read
        except FileNotFoundError:
            return LoadResult(Progress())
        except OSError as exc:
            return LoadResult(Progress(), LoadProblem("unreadable", detail=exc.strerror or ""))
        try:
            document = json.loads(raw.decode("utf-8"))
            if not isinstance(document, dict) or not isinstance(document.get("progress"), dict):
                raise ValueError("not a progress file")
            version = document.get("format")
            if not isinstance(version, int) or isinstance(version, bool):
                raise ValueError("no format number")
        except (UnicodeDecodeError, ValueError, RecursionError):
            moved = self._move_aside()
            return LoadResult(Progress(), LoadProblem("damaged", moved_to=moved))
        progress, dropped = progress_from_json(document["progress"])
        if version > PROGRESS_FORMAT:
            return LoadResult(progress, LoadProblem("newer_version"), read_only=True)
        if dropped:
            moved = self._copy_aside(raw)
            return LoadResult(
                progress, LoadProblem("partly_damaged", moved_to=moved, detail=", ".join(dropped))
            )
        return LoadResult(progress)

    def _move_aside(self) -> Path | None:
        return move_aside(self.path, utc_now())

    def _copy_aside(self, raw: bytes) -> Path | None:
        try:
            fd, target = create_aside(self.path, utc_now())
            with os.fdopen(fd, "wb") as handle:
                handle.write(raw)
        except OSError:
            return None
        return target


def migrate_progress_file(store: ObjectionStore, progress_path: Path) -> ObjectionRecord | None:
    """Turn an existing ``progress.json`` into the first objection.

    Runs only when the store is empty and the old file holds answers. The old file is
    deleted once the new one is safely written; if that write fails, nothing is lost.
    """
    if len(store) or store.read_only or not progress_path.exists():
        return None
    loaded = ProgressStore(progress_path).load()
    if loaded.read_only or loaded.problem is not None and loaded.problem.kind == "damaged":
        return None
    answers = loaded.progress
    if answers == Progress():
        with contextlib.suppress(OSError):
            progress_path.unlink()
        return None
    now = to_iso(store.clock())
    first = answers.form_opened_at or answers.code_received_at or answers.finished_at or now
    created = min(first, now, key=lambda t: from_iso(t))
    record = ObjectionRecord(
        id=new_record_id(),
        created_at=created,
        answers=answers,
        history=[
            HistoryEntry(
                at=created,
                event="created",
                status=Status.DRAFT.value,
                note="carried over from the earlier single-objection file",
            )
        ],
    )
    # Replay the steps in order, each at the time the answers recorded it.
    for status in PROCESS_ORDER[1:]:
        at = status_time(answers, status)
        if status == Status.SUBMITTED and at is None and answers.code_skipped:
            # "No code" in those files meant "sent, no code asked"; they kept no time of
            # sending, so the time of finishing stands in (the latest it can have been).
            at = answers.finished_at or now
        if at and status in allowed_next(record.status):
            record.change_status(status, at)
    store.add(record, save=False)
    if not store.save():
        store.remove_unsaved(record.id)
        return None
    with contextlib.suppress(OSError):
        progress_path.unlink()
    return record
