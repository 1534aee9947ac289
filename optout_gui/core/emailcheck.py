"""Checking the email address the person uses for Meta.

Syntax only, via the email-validator library: the deliverability check would look the
domain up in DNS, and this app never touches the network.
"""

from __future__ import annotations

from typing import NamedTuple

MAX_EMAIL_LENGTH = 320  # RFC 3696 upper bound; anything longer is certainly a paste accident


class EmailCheck(NamedTuple):
    ok: bool
    normalized: str = ""
    problem: str = ""  # plain-language reason, empty when ok


def check_email(text: str) -> EmailCheck:
    candidate = text.strip()
    if not candidate:
        return EmailCheck(False, problem="empty")
    if len(candidate) > MAX_EMAIL_LENGTH:
        return EmailCheck(False, problem="too_long")
    from email_validator import EmailNotValidError, validate_email  # noqa: PLC0415 - seam: optional library

    try:
        result = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as exc:
        return EmailCheck(False, problem=_classify(candidate, str(exc)))
    return EmailCheck(True, normalized=result.normalized)


def _classify(candidate: str, message: str) -> str:
    """Turn the library's English message into one of our problem codes (for translation)."""
    if "@" not in candidate:
        return "no_at"
    if candidate.count("@") > 1:
        return "many_at"
    local, _, domain = candidate.rpartition("@")
    if not local:
        return "no_local"
    if not domain:
        return "no_domain"
    if "." not in domain:
        return "no_dot"
    return "invalid"
