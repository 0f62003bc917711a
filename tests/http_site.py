"""A small real web site on 127.0.0.1 for fetch and crawl tests: a paginated project list,
project pages, a linked PDF, and one path per fault a public server can throw at us."""
from __future__ import annotations

import socket
import struct
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)


def _page(title: str, body: str, charset: str = "utf-8") -> bytes:
    html = (f"<!DOCTYPE html><html lang='sv'><head><meta charset='{charset}'><title>{title}</title></head><body>"
            f"<header><nav><a href='/'>Start</a> <a href='/sok?q=projekt'>Sök</a></nav></header>"
            f"<main>{body}</main><footer><a href='https://example.org/'>Extern länk</a></footer></body></html>")
    return html.encode(charset)


def _project(name: str, owner: str, extra: str = "") -> str:
    return (f"<h1>{name}</h1><p>Projektägare: {owner}</p><p>Projektperiod: 2024-01-01 – 2026-12-31</p>"
            f"<p>Beviljat stöd: 2 400 000 kronor från Europeiska socialfonden.</p>"
            f"<h2>Syfte</h2><p>Projektet ska stärka kompetensförsörjningen i länets små och medelstora företag "
            f"genom att utbilda 200 anställda inom digitalisering.</p>{extra}")


PAGES: dict[str, tuple[int, bytes, str]] = {
    "/projekt/": (200, _page("Projekt", "<h1>Våra projekt</h1><ul>"
                             "<li><a href='/projekt/kompetenslyftet'>Kompetenslyftet</a></li>"
                             "<li><a href='/projekt/framtidsvagen#top'>Framtidsvägen</a></li>"
                             "<li><a href='/privat/hemligt'>Internt</a></li>"
                             "<li><a href='mailto:info@example.se'>Mejla oss</a></li></ul>"
                             "<p><a href='/projekt/?page=2'>Nästa</a></p>"), "text/html; charset=utf-8"),
    "/projekt/?page=2": (200, _page("Projekt sida 2", "<h1>Våra projekt</h1><ul>"
                                    "<li><a href='/projekt/norrsken'>Norrsken</a></li>"
                                    "<li><a href='/projekt/trasig'>Trasig sida</a></li></ul>"
                                    "<p><a href='/projekt/'>1</a></p>"), "text/html; charset=utf-8"),
    "/projekt/kompetenslyftet": (200, _page("Kompetenslyftet", _project(
        "Kompetenslyftet", "Region Örebro län",
        "<p><a href='/filer/slutrapport.pdf'>Slutrapport (pdf)</a></p>")), "text/html; charset=utf-8"),
    "/projekt/framtidsvagen": (200, _page("Framtidsvägen", _project("Framtidsvägen", "Västerås stad")),
                               "text/html; charset=utf-8"),
    # An older site: windows-1252 bytes, declared only in the HTTP header.
    "/projekt/norrsken": (200, _page("Norrsken", _project("Norrsken i Övertorneå", "Övertorneå kommun"),
                                     charset="windows-1252"), "text/html; charset=windows-1252"),
    "/filer/slutrapport.pdf": (200, (EXAMPLES / "004_0f4f007f8e9c9917.pdf").read_bytes(), "application/pdf"),
    # A PDF that the server calls HTML.
    "/fel-typ": (200, (EXAMPLES / "004_0f4f007f8e9c9917.pdf").read_bytes(), "text/html"),
    "/robots.txt": (200, b"User-agent: *\nDisallow: /privat/\n", "text/plain"),
}


class QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive, no log lines, no Nagle delay; a response in one call, a reset in another."""
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()  # headers and body leave in two writes: without this, each waits for a delayed ACK
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _send(self, status, body, ctype, headers=None):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _reset(self):
        """Close with RST, as a crashed backend or a load balancer does."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the fault paths break connections on purpose; no traceback on the test's stderr


class SiteHandler(QuietHandler):
    """Serves PAGES with ETag and Last-Modified, and the faults below by path."""
    site: "Site"

    def do_GET(self):
        site = self.server.site  # type: ignore[attr-defined]
        path = self.path
        n = site.hit(path, dict(self.headers))
        site.connections.add(self.client_address)
        if path == "/flaky" and n == 1 or path == "/projekt/trasig":
            return self._send(500, b"Internal Server Error", "text/plain")
        if path == "/busy" and n == 1:
            return self._send(429, b"slow down", "text/plain", {"Retry-After": "1"})
        if path == "/slow":
            time.sleep(1.5)
        if path == "/reset" and n == 1:
            return self._reset()
        if path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b"<html><body>Bara en bit")
            self.wfile.flush()
            return self._reset()
        if path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(64):  # 64 KiB, with no Content-Length to warn us
                chunk = b"x" * 1024
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
            return
        if path == "/loop":
            return self._send(302, b"", "text/plain", {"Location": "/loop"})
        if path == "/away":
            return self._send(301, b"", "text/plain", {"Location": f"http://localhost:{self.server.server_address[1]}/projekt/framtidsvagen"})
        if path == "/moved":
            return self._send(301, b"", "text/plain", {"Location": "/projekt/framtidsvagen"})
        if path == "/slow" or path in ("/flaky", "/busy", "/reset"):
            path = "/projekt/framtidsvagen"
        if path not in PAGES:
            return self._send(404, b"Sidan finns inte", "text/plain")
        status, body, ctype = PAGES[path]
        etag = f'"{hash(body) & 0xffffffff:x}"'
        if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self._send(304, b"", None, {"ETag": etag})
        return self._send(status, body, ctype, {"ETag": etag, "Last-Modified": LAST_MODIFIED})



class Site:
    """The server and its request log (path, request headers), in arrival order."""

    def __init__(self):
        self.requests: list[tuple[str, dict]] = []
        self.counts: dict[str, int] = {}
        self.connections: set[tuple] = set()
        """The client addresses requests came from: one per TCP connection."""
        self._lock = threading.Lock()
        self.server = QuietServer(("127.0.0.1", 0), SiteHandler)
        self.server.site = self  # type: ignore[attr-defined]
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def hit(self, path: str, headers: dict) -> int:
        with self._lock:
            self.requests.append((path, headers))
            self.counts[path] = self.counts.get(path, 0) + 1
            return self.counts[path]

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]

    def __enter__(self) -> "Site":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
