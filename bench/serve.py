"""Serves a folder on 127.0.0.1 for bench/lighthouse, gzip-compressing text as GitHub Pages and most
hosts do, so Lighthouse measures the bytes readers download. usage: python3 serve.py PORT DIR"""
import gzip
import http.server
import io
import os
import sys

PORT, ROOT = int(sys.argv[1]), sys.argv[2]
TEXT = (".html", ".css", ".js", ".json", ".svg", ".webmanifest", ".xml", ".txt")


class Handler(http.server.SimpleHTTPRequestHandler):
    # Keep-alive, as GitHub Pages and other hosts: HTTP/1.0 (the default) costs a new connection per file.
    protocol_version = "HTTP/1.1"
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=ROOT, **kwargs)

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if (not path.endswith(TEXT) or not os.path.isfile(path)
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
