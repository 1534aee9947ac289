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
