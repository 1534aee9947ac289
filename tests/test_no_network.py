"""The guard itself must work, or the rest of the suite proves nothing about the network."""

import socket
import urllib.request

import pytest

from conftest import NetworkUsed


def test_guard_blocks_internet_sockets():
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises((NetworkUsed, urllib.error.URLError)):
        urllib.request.urlopen("https://www.facebook.com/", timeout=1)


@pytest.mark.skipif(
    not hasattr(socket, "AF_UNIX"),
    reason="Python has no AF_UNIX sockets on Windows (the app's local channel there is a "
    "named pipe, through QLocalSocket)",
)
def test_guard_allows_local_sockets():
    a, b = socket.socketpair(socket.AF_UNIX)
    a.sendall(b"ok")
    assert b.recv(2) == b"ok"
    a.close()
    b.close()


@pytest.mark.loopback_http
def test_the_loopback_exception_reaches_127_0_0_1_and_nothing_else():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=2)
    accepted, _ = server.accept()
    client.sendall(b"ok")
    assert accepted.recv(2) == b"ok"
    for sock in (client, accepted, server):
        sock.close()
    other = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        other.connect(("10.0.0.1", 80))
    with pytest.raises(NetworkUsed):
        other.bind(("0.0.0.0", 0))
    other.close()
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("www.facebook.com", 443)
    with pytest.raises((NetworkUsed, urllib.error.URLError)):
        urllib.request.urlopen("https://www.facebook.com/", timeout=1)


def test_only_the_link_checker_tests_use_the_loopback_exception():
    from pathlib import Path

    tests = Path(__file__).parent
    users = sorted(
        p.name for p in tests.glob("test_*.py") if "loopback_http" in p.read_text(encoding="utf-8")
    )
    assert users == ["test_check_links.py", "test_no_network.py"]
