"""The generated corpus served on 127.0.0.1 by a threaded static server, with Last-Modified
and If-Modified-Since (so a second run meets 304s, as a real site would give it)."""
from __future__ import annotations

import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Quiet(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as web servers serve: a crawl reuses its connection

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()  # as web servers do: headers and body are not held back for a delayed ACK
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class Site:
    def __init__(self, root: Path):
        handler = partial(_Quiet, directory=str(root))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Site":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def sources_toml(url: str, max_pages: int) -> str:
    return (f'[[source]]\nname = "bench"\nstart_urls = ["{url}/index/1.html"]\nfollow = [\'/docs/\']\n'
            f"max_depth = 2\nmax_pages = {max_pages}\nmin_interval_hours = 0\ndelay_seconds = 0\n"
            f'private_hosts = ["127.0.0.1"]\n')
