import socket

import pytest

from optout_gui.core.emailcheck import check_email


@pytest.mark.parametrize("good", ["jane@example.com", " jane@example.com ", "müller@bücher.de"])
def test_valid_addresses(good):
    result = check_email(good)
    assert result.ok
    assert result.problem == ""
    assert result.normalized == result.normalized.strip()


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("jane.example.com", "no_at"),
        ("jane@@example.com", "many_at"),
        ("@example.com", "no_local"),
        ("jane@", "no_domain"),
        ("jane@localhost", "no_dot"),
        ("jane doe@example.com", "invalid"),
        ("a" * 400 + "@example.com", "too_long"),
    ],
)
def test_invalid_addresses_say_why(bad, problem):
    result = check_email(bad)
    assert not result.ok
    assert result.problem == problem


def test_checking_never_uses_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert check_email("someone@a-domain-that-does-not-exist.example").ok
