"""Which addresses may be fetched, checked where the connection is made.

Only global addresses are fetched, unless a host is on the allow-list of private hosts
("host" or "host:port"; KOMPETENS_PRIVATE_HOSTS, or a source's private_hosts). The name
is resolved once, every address it gives is checked, and the connection goes to a
checked address: a name that resolves to a public address and to 127.0.0.1 is refused,
and so is a name that cannot be resolved.
"""
from __future__ import annotations

import ipaddress
import socket
from typing import Iterable

import httpcore
import httpx


class RefusedAddress(httpcore.ConnectError):
    """The connection would go to an address that is not allowed; no packet was sent."""


def allowed_private(host: str, port: int | None, private_hosts: Iterable[str]) -> bool:
    """The host, on this port, is on the allow-list ("127.0.0.1" allows every port, "127.0.0.1:8080" one)."""
    host = host.strip("[]").lower()
    entries = {e.strip().lower() for e in private_hosts if e.strip()}
    return host in entries or (port is not None and f"{host}:{port}" in entries)


def resolve(host: str, port: int | None) -> list[str]:
    """Every address the name gives; RefusedAddress when it gives none."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port or 80, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise RefusedAddress(f"host {host} cannot be resolved ({exc})") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise RefusedAddress(f"host {host} cannot be resolved")
    return addresses


def check_addresses(host: str, port: int | None, private_hosts: Iterable[str]) -> list[str]:
    """The host's addresses when every one may be fetched; RefusedAddress naming the first that may not."""
    addresses = resolve(host, port)
    if allowed_private(host, port, private_hosts):
        return addresses
    for address in addresses:
        if not is_public(ipaddress.ip_address(address.split("%")[0])):
            raise RefusedAddress(f"host {host} is a private or loopback address ({address})")
    return addresses


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A global unicast address; an IPv6 address that carries an IPv4 one (mapped, 6to4, Teredo) only when
    that one is global too."""
    if not ip.is_global or ip.is_multicast:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return is_public(embedded)
    return True


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's own backend, connecting only to checked addresses (TLS still verifies the host's name)."""

    def __init__(self, private_hosts: Iterable[str]) -> None:
        self.private_hosts = tuple(private_hosts)
        self.inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        address = check_addresses(host, port, self.private_hosts)[0]
        return self.inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                      socket_options=socket_options)

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise RefusedAddress("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def guarded_transport(private_hosts: Iterable[str], **options) -> httpx.HTTPTransport:
    """An httpx transport whose connections go through GuardedBackend."""
    transport = httpx.HTTPTransport(**options)
    transport._pool._network_backend = GuardedBackend(private_hosts)  # httpx exposes no parameter for it
    return transport
