"""The record of the person's other AI opt-outs: ``other_optouts.json`` in the data folder.

Beside ``objections.json``, written the same crash-safe way (core/atomic.py: a temporary
file, fsync, rename; readable by its owner only), and removed by "forget everything"
(core/store.py lists it). For each service, the events in the order they happened::

    {"format": 1, "country": "DE",
     "services": {"linkedin": [{"at": "2026-12-06T20:10:00+00:00", "event": "link_opened",
                                "url": "https://…"},
                               {"at": "2026-12-06T20:12:31+00:00", "event": "done"}]}}

The state of a service is its last "done", "not_applicable" or "not_done" event. A damaged
file is moved aside (never deleted) and the record starts empty; a file of a newer
version is read but never overwritten. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from optout_gui.core.atomic import (
    atomic_write_text,
    move_aside,
    read_regular_text,
    remove_stale_temp_files,
)
from optout_gui.core.progress import LoadProblem, from_iso, to_iso, utc_now

log = logging.getLogger(__name__)

FILE_NAME = "other_optouts.json"
FORMAT = 1
NOT_DONE, DONE, NOT_APPLICABLE = "not_done", "done", "not_applicable"
STATES = (NOT_DONE, DONE, NOT_APPLICABLE)
# Events that only note what happened on the way (they leave the state as it was).
STEP_EVENTS = ("link_opened", "email_copied", "reason_copied", "reminder_saved")
EVENTS = STATES + STEP_EVENTS


@dataclass(frozen=True)
class Event:
    at: str  # UTC ISO 8601
    event: str
    url: str | None = None
    text: str | None = None  # exactly what was copied

    def to_json(self) -> dict:
        data = {"at": self.at, "event": self.event}
        if self.url is not None:
            data["url"] = self.url
        if self.text is not None:
            data["text"] = self.text
        return data

    @classmethod
    def from_json(cls, data: object) -> Event:
        if not isinstance(data, dict):
            raise ValueError("an event is not a JSON object")
        at, event = data.get("at"), data.get("event")
        if not isinstance(at, str) or not isinstance(event, str) or not event:
            raise ValueError("an event without time or kind")
        from_iso(at)
        url, text = data.get("url"), data.get("text")
        if url is not None and not isinstance(url, str):
            raise ValueError("a link that is not a text")
        if text is not None and not isinstance(text, str):
            raise ValueError("a copied text that is not a text")
        return cls(at, event, url, text)


@dataclass(frozen=True)
class OptOutState:
    service: str
    state: str  # one of STATES
    at: str | None  # when it was recorded; None: never


class OtherOptOuts:
    """Every service's events; each change is saved at once (``save_error`` says why not)."""

    def __init__(self, path: Path, *, clock: Callable[[], dt.datetime] = utc_now):
        self.path = path
        self.clock = clock
        self.country: str | None = None
        self.events: dict[str, list[Event]] = {}
        self.load_problem: LoadProblem | None = None
        self.read_only = False
        self.save_error: OSError | None = None

    @classmethod
    def in_folder(cls, data_dir: Path, **kwargs) -> OtherOptOuts:
        return cls(Path(data_dir) / FILE_NAME, **kwargs)

    @classmethod
    def open(cls, data_dir: Path, **kwargs) -> OtherOptOuts:
        record = cls.in_folder(data_dir, **kwargs)
        record.load()
        return record

    # --- reading --------------------------------------------------------------------
    def load(self) -> LoadProblem | None:
        self.country, self.events = None, {}
        self.load_problem, self.read_only = None, False
        remove_stale_temp_files(self.path)
        try:
            text = read_regular_text(self.path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.read_only = True
            self.load_problem = LoadProblem(
                "unreadable", detail=f"{self.path}: {exc.strerror or type(exc).__name__}"
            )
            return self.load_problem
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            version = data.get("format")
            if not isinstance(version, int) or isinstance(version, bool):
                raise ValueError("no format number")
            country = data.get("country")
            if country is not None and not (isinstance(country, str) and len(country) <= 8):
                raise ValueError("a country that is not a code")
            services = data.get("services", {})
            if not isinstance(services, dict):
                raise ValueError("no table of services")
            events = {}
            for service, items in services.items():
                if not isinstance(items, list):
                    raise ValueError("a service without a list of events")
                events[str(service)] = [Event.from_json(item) for item in items]
        except (ValueError, TypeError, RecursionError):
            log.warning("the record of other opt-outs is damaged")
            self.load_problem = LoadProblem("damaged", moved_to=move_aside(self.path, self.clock()))
            return self.load_problem
        self.country, self.events = country, events
        if version > FORMAT:
            self.read_only = True
            self.load_problem = LoadProblem("newer_version")
        return self.load_problem

    def history(self, service: str) -> list[Event]:
        return list(self.events.get(service, []))

    def state(self, service: str) -> OptOutState:
        for event in reversed(self.events.get(service, [])):
            if event.event in STATES:
                return OptOutState(service, event.event, event.at)
        return OptOutState(service, NOT_DONE, None)

    def done_count(self, services: Iterable[str]) -> tuple[int, int]:
        """(done, counted) among ``services``; those marked as not applying are not counted."""
        states = [self.state(service).state for service in services]
        counted = [s for s in states if s != NOT_APPLICABLE]
        return sum(s == DONE for s in counted), len(counted)

    # --- changes --------------------------------------------------------------------
    def note(
        self, service: str, event: str, *, url: str | None = None, text: str | None = None
    ) -> bool:
        """Record that ``event`` happened now; saved at once. False if it could not be saved."""
        if event not in EVENTS:
            raise ValueError(f"unknown event {event!r}")
        if self.read_only:
            return False
        entry = Event(to_iso(self.clock()), event, url, text)
        events = self.events.setdefault(service, [])
        events.append(entry)
        if self.save():
            return True
        events.pop()  # the record holds only what was saved
        if not events:
            del self.events[service]
        return False

    def set_state(self, service: str, state: str) -> bool:
        if state not in STATES:
            raise ValueError(f"unknown state {state!r}")
        return self.note(service, state)

    def set_country(self, country: str | None) -> bool:
        if country == self.country:
            return True
        self.country = country
        return self.save()

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "country": self.country,
            "services": {
                service: [event.to_json() for event in events]
                for service, events in self.events.items()
            },
        }

    def save(self) -> bool:
        if self.read_only:
            return False
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            self.save_error = exc
            log.warning("saving other opt-outs failed: %s", exc.strerror or type(exc).__name__)
            return False
        self.save_error = None
        return True


def proof_entries(record: OtherOptOuts, services) -> list[dict]:
    """For the proof JSON: each service's id, name, state, its time and every event."""
    result = []
    for service in services:
        state = record.state(service.id)
        result.append(
            {
                "service": service.id,
                "name": service.name,
                "state": state.state,
                "recorded_at": state.at,
                "history": [event.to_json() for event in record.history(service.id)],
            }
        )
    return result
