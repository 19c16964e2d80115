"""Hulp voor browsertests: een http-server voor de gebouwde site en Debian's
chromium via Playwright. Bij een mislukte test bewaren we screenshot,
consolelog en HTML in test-artefacten/."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_VLAGGEN = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


class _Handler(http.server.SimpleHTTPRequestHandler):
    # .mjs en .wasm moeten het juiste type hebben, anders weigert de browser ze.
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
        ".json": "application/json",
    }
    extra_headers: dict[str, str] = {}

    def end_headers(self):
        for naam, waarde in self.extra_headers.items():
            self.send_header(naam, waarde)
        super().end_headers()

    def log_message(self, *args):  # stil: de tests lezen de verzoeken in de browser
        pass


class Server:
    """Serveert een map op 127.0.0.1 op een vrije poort, in een thread."""

    def __init__(self, map_: Path, headers: dict[str, str] | None = None):
        handler = type("Handler", (_Handler,), {"extra_headers": headers or {}})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(map_)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# Start op de pagina een eigen worker (zelfde bestanden als de scan) en stel hem
# een rij vragen. Voor de pariteitstests: de uitkomst komt rechtstreeks uit Pyodide.
_WORKER_VRAGEN = """async ([wortelId, berichten]) => {
    const config = JSON.parse(document.getElementById(wortelId).dataset.config);
    const abs = (p) => new URL(p, location.href).href;
    const w = new Worker(abs(config.worker), { type: 'module' });
    let id = 0;
    const vraag = (b) => new Promise((klaar, mis) => {
        const mijn = ++id;
        const luister = ({ data }) => {
            if (data.id !== mijn) return;
            w.removeEventListener('message', luister);
            data.type === 'fout' ? mis(new Error(data.reden)) : klaar(data.antwoord);
        };
        w.addEventListener('message', luister);
        w.postMessage({ ...b, id: mijn });
    });
    await vraag({ type: 'start', pyodide: abs(config.pyodide), wiel: abs(config.wiel), model: abs(config.model) });
    const uit = [];
    for (const b of berichten) uit.push(await vraag(b));
    w.terminate();
    return uit;
}"""


def worker_antwoorden(page, wortel_id: str, berichten: list[dict]) -> list:
    return page.evaluate(_WORKER_VRAGEN, [wortel_id, berichten])
