"""Hostile servers and addresses: every request, robots.txt included, goes through the same checks, and no
packet leaves for an address that is not allowed. A hostile redirect points at another loopback address
(127.0.0.2) that is not on the allow-list; 169.254.169.254 appears only as a string that must be refused."""
import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipeline.config import Settings
from pipeline.errors import TerminalFetchError
from pipeline.fetch import Fetcher
from pipeline.fetch.guard import RefusedAddress, check_addresses
from pipeline.fetch.robots import _Verdict

PAGE = b"<html><body><h1>Bryggor</h1><p>Projektet bygger bryggor.</p></body></html>"


class Hostile:
    """A server on 127.0.0.1 whose answers each test sets: path -> (status, headers, body or a callable)."""

    def __init__(self, routes: dict):
        self.routes = routes
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                outer.requests.append(self.path)
                status, headers, body = outer.routes.get(self.path, (200, {"Content-Type": "text/html"}, PAGE))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if callable(body):
                    self.end_headers()
                    return body(self.wfile)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hostile():
    servers = []

    def start(routes):
        servers.append(Hostile(routes))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def fetcher_for(site: Hostile, **options) -> Fetcher:
    settings = Settings(private_hosts=(f"127.0.0.1:{site.port}",), max_retries=0, timeout_seconds=3, **options)
    return Fetcher(settings, min_host_delay=0.0)


def test_a_robots_txt_that_redirects_to_a_metadata_address_is_refused_and_the_host_disallowed(hostile):
    site = hostile({"/robots.txt": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")})
    f = fetcher_for(site)
    with pytest.raises(TerminalFetchError, match="robots.txt could not be had.*private or loopback"):
        f.fetch(f"{site.url}/projekt")
    assert site.requests == ["/robots.txt"]  # the page itself was never asked for
    f.close()


def test_a_robots_txt_that_redirects_to_another_loopback_address_is_refused(hostile):
    site = hostile({"/robots.txt": (302, {"Location": "http://127.0.0.2:9/robots.txt"}, b"")})
    f = fetcher_for(site)
    with pytest.raises(TerminalFetchError, match="127.0.0.2"):
        f.fetch(f"{site.url}/projekt")
    f.close()


def test_a_gzip_bomb_as_robots_txt_is_cut_at_its_size_limit(hostile):
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024))  # 64 MiB that arrive as about 64 KiB
    site = hostile({"/robots.txt": (200, {"Content-Encoding": "gzip", "Content-Type": "text/plain"}, bomb)})
    f = fetcher_for(site)
    with pytest.raises(TerminalFetchError, match="over the size limit"):
        f.fetch(f"{site.url}/projekt")
    f.close()


def test_a_robots_txt_sent_a_byte_at_a_time_is_given_up_within_the_total_timeout(hostile):
    def trickle(out):
        for _ in range(40):
            out.write(b"#")
            out.flush()
            time.sleep(0.1)

    site = hostile({"/robots.txt": (200, {"Content-Type": "text/plain"}, trickle)})
    f = fetcher_for(site, total_timeout_seconds=0.5)
    started = time.monotonic()
    with pytest.raises(TerminalFetchError, match="robots.txt could not be had.*total timeout"):
        f.fetch(f"{site.url}/projekt")
    assert time.monotonic() - started < 3
    f.close()


def test_a_robots_txt_that_fails_with_5xx_disallows_the_host_for_the_run(hostile):
    site = hostile({"/robots.txt": (503, {"Content-Type": "text/plain"}, b"down")})
    f = fetcher_for(site)
    for path in ("/a", "/b"):
        with pytest.raises(TerminalFetchError, match="robots.txt answered 503"):
            f.fetch(f"{site.url}{path}")
    assert site.requests == ["/robots.txt"]  # asked once, and no page
    f.close()


def test_a_missing_robots_txt_allows_everything(hostile):
    site = hostile({"/robots.txt": (404, {"Content-Type": "text/plain"}, b"no")})
    f = fetcher_for(site)
    assert f.fetch(f"{site.url}/projekt").content == PAGE
    f.close()


def test_a_body_that_is_not_the_gzip_it_claims_is_one_clear_failure(hostile):
    site = hostile({"/robots.txt": (404, {}, b""),
                    "/bad": (200, {"Content-Encoding": "gzip", "Content-Type": "text/html"}, b"not gzip at all")})
    f = fetcher_for(site)
    with pytest.raises(TerminalFetchError, match="could not be decoded"):
        f.fetch(f"{site.url}/bad")
    f.close()


@pytest.mark.parametrize("url, reason", [
    ("http:///etc/passwd", "no host"),
    ("http://[2001:db8::1/x", "malformed URL"),
    ("http://169.254.169.254/latest/meta-data/", "private or loopback"),
    ("http://100.100.100.200/latest/meta-data/", "private or loopback"),
    ("http://[2002:7f00:1::1]/", "private or loopback"),  # 6to4 around 127.0.0.1
    ("http://[::ffff:127.0.0.1]/", "private or loopback"),
    ("http://127.0.0.2/", "private or loopback"),
])
def test_urls_that_are_refused_before_anything_is_sent(url, reason, monkeypatch):
    connects = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, addr: connects.append(addr))
    f = Fetcher(Settings(max_retries=0), min_host_delay=0.0)
    with pytest.raises(TerminalFetchError, match=reason):
        f.fetch(url)
    assert connects == []
    f.close()


def test_the_allow_list_names_hosts_and_ports(hostile):
    site = hostile({"/robots.txt": (404, {}, b"")})
    other_port = Fetcher(Settings(private_hosts=("127.0.0.1:1",), max_retries=0), min_host_delay=0.0)
    with pytest.raises(TerminalFetchError, match="private or loopback"):
        other_port.fetch(f"{site.url}/projekt")
    assert site.requests == []
    any_port = Fetcher(Settings(private_hosts=("127.0.0.1",), max_retries=0), min_host_delay=0.0)
    assert any_port.fetch(f"{site.url}/projekt").status == 200
    other_port.close()
    any_port.close()


def test_a_name_that_resolves_to_a_public_and_a_loopback_address_is_refused(monkeypatch):
    def two_faced(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(socket, "getaddrinfo", two_faced)
    with pytest.raises(RefusedAddress, match="127.0.0.1"):
        check_addresses("two-faced.example", 80, ())


def test_a_name_that_cannot_be_resolved_is_refused(monkeypatch):
    def fails(*args, **kwargs):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fails)
    with pytest.raises(RefusedAddress, match="cannot be resolved"):
        check_addresses("nowhere.example", 80, ())


def test_the_connection_goes_only_to_an_address_checked_when_connecting(hostile, monkeypatch):
    """DNS rebinding: the name is public when the URL is checked, loopback when the connection is made."""
    site = hostile({})
    real = socket.getaddrinfo
    asked: list[str] = []

    def rebinding(host, port, *args, **kwargs):
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        asked.append(host)
        address = "93.184.216.34" if len(asked) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    f = Fetcher(Settings(max_retries=0), min_host_delay=0.0)
    f.robots.verdicts[f"http://rebind.example:{site.port}"] = _Verdict(allow_all=True)  # robots is not the point
    with pytest.raises(TerminalFetchError, match="private or loopback address \\(127.0.0.1\\)"):
        f.fetch(f"http://rebind.example:{site.port}/projekt")
    assert len(asked) == 2  # public when the URL was checked; refused when the connection was made
    assert site.requests == []
    f.close()
