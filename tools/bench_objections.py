"""Time saving and loading 10,000 objections with full histories.

python tools/bench_objections.py [COUNT]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from optout_gui.core.session import ObjectionSession  # noqa: E402
from optout_gui.core.status import Status  # noqa: E402
from optout_gui.core.storage.store import ObjectionStore  # noqa: E402

REASON = (
    "Ich widerspreche der Nutzung meiner Beiträge und Fotos für das Training von KI. "
    "Meine Bilder zeigen meine Kinder, die dem nie zugestimmt haben. "
) * 3


def build(folder: Path, count: int) -> ObjectionStore:
    store = ObjectionStore(folder / "objections.json")
    for n in range(count):
        record = store.new(label=f"Account {n}") if n == 0 else None
        if record is None:
            from optout_gui.core.progress import Progress
            from optout_gui.core.record import HistoryEntry, ObjectionRecord

            record = ObjectionRecord(
                id=f"{n:032x}",
                created_at="2025-06-01T10:00:00+00:00",
                label=f"Account {n}",
                answers=Progress(account="facebook", country="DE", email=f"p{n}@example.org"),
                history=[HistoryEntry("2025-06-01T10:00:00+00:00", "created", "draft")],
            )
            store.add(record, save=False)
        session = ObjectionSession(store, record.id)
        session.save = lambda: True  # build in memory; save once at the end
        # Every sent objection has its account and country (the welcome page asks for both;
        # the country's law decides when Meta's answer is overdue). store.new() leaves them
        # empty, so the first record gets them here like the others.
        session.update(
            account="facebook",
            country="DE",
            email=f"p{n}@example.org",
            reason=REASON,
            form_opened_at="2025-06-01T10:01:00+00:00",
        )
        session.record.history[
            -1
        ].form_url = "https://www.facebook.com/help/contact/712876720715583"
        session.record_copied_reason(REASON, "2025-06-01T10:02:00+00:00")
        session.update(code_received_at="2025-06-01T10:03:00+00:00")
        session.update(code_entered_at="2025-06-01T10:04:00+00:00")
        session.update(finished_at="2025-06-01T10:05:00+00:00", page="confirmation")
        store.touch(session.record)
    store.save()
    assert store.summary_at(count - 1).status == Status.WAITING
    return store


def main(count: int = 10_000) -> None:
    folder = Path(tempfile.mkdtemp())
    store = build(folder, count)
    size = store.path.stat().st_size
    first = store.ids()[5]
    times = []
    for _ in range(21):
        record = store.get(first)
        record.label = record.label + "x"
        store.touch(record)
        start = time.perf_counter()
        store.save()
        times.append(time.perf_counter() - start)
    loads = []
    for _ in range(11):
        fresh = ObjectionStore(store.path)
        start = time.perf_counter()
        fresh.load()
        loads.append(time.perf_counter() - start)
    start = time.perf_counter()
    fresh.get(first)
    first_get = time.perf_counter() - start
    start = time.perf_counter()
    fresh.records()
    parse_all = time.perf_counter() - start
    print(f"{count} objections, file {size / 1e6:.1f} MB")
    print(
        f"save after one change: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms"
    )
    print(f"load (index only): median {statistics.median(loads) * 1000:.1f} ms")
    print(f"first full record afterwards (reads the record lines): {first_get * 1000:.1f} ms")
    print(f"parsing every full record afterwards: {parse_all * 1000:.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
