"""The checklist's words for a service's state, kind and where it applies (the checklist,
its flow and the overview's line share them)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from optout_gui.core.other_optouts import DONE, NOT_APPLICABLE, OtherOptOuts
from optout_gui.core.other_services import Service, applicability
from optout_gui.core.progress import from_iso
from optout_gui.ui.common.dates import date_text, date_time_text

translate = QCoreApplication.translate


def state_text(state: str, at: str | None, zone: dt.tzinfo) -> str:
    """A service's state in words, with the time it was recorded."""
    when = date_time_text(from_iso(at), zone) if at else ""
    if state == DONE:
        return translate("other_optouts", "Done on %1").replace("%1", when)
    if state == NOT_APPLICABLE:
        return translate("other_optouts", "Does not apply to me (noted %1)").replace("%1", when)
    return translate("other_optouts", "Not done")


def kind_text(service: Service) -> str:
    return {
        "setting": translate("other_optouts", "A setting to switch off"),
        "form": translate("other_optouts", "A form to send"),
        "signal": translate("other_optouts", "A signal to AI companies (they may ignore it)"),
        "no_opt_out": translate("other_optouts", "No way to opt out found"),
    }[service.kind]


def applies_text(service: Service, country: str | None, country_name: str) -> str:
    found = applicability(service, country)
    if found.state == "unknown":
        return translate("other_optouts", "Choose where you live above")
    if found.state == "not_listed":
        return translate("other_optouts", "Our sources don't name %1").replace("%1", country_name)
    if found.since is not None:
        return (
            translate("other_optouts", "Applies in %1 since %2")
            .replace("%1", country_name)
            .replace("%2", date_text(found.since))
        )
    return translate("other_optouts", "Applies in %1").replace("%1", country_name)


def summary_line(record: OtherOptOuts, services: list[Service]) -> str:
    """ "Other AI opt-outs: 2 of 5 done" (services with nothing to do are not counted)."""
    done, counted = record.done_count([s.id for s in services if s.is_task])
    return (
        translate("other_optouts", "Other AI opt-outs: %1 of %2 done")
        .replace("%1", str(done))
        .replace("%2", str(counted))
    )
