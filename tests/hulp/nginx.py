"""Debian's nginx met deploy/nginx.conf op een loopback-poort, als gewoon proces.

Gedeeld door tests/test_nginx.py en benchmarks/zelfscan.py. Het serverblok uit
deploy/nginx.conf blijft zoals het is; alleen `listen` en `root` worden
vervangen, en er komt een minimale http-context omheen met alle tijdelijke
paden in een eigen map (geen /var/lib/nginx, geen root nodig).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from .paden import REPO

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# Debian's libnginx-mod-http-brotli-static (scripts/opzetten.sh --browser); in een
# gewone installatie laadt /etc/nginx/modules-enabled/ hem.
MODULES = [Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")]
CONF = REPO / "deploy" / "nginx.conf"

# $bytes_sent: alles wat over de lijn ging (koppen + gecomprimeerde inhoud).
_OMHULSEL = """\
{modules}
{user}
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 256; }}
http {{
    log_format meting '$request_uri $status $bytes_sent';
    access_log {prefix}/access.log meting;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
{serverconf}
}}
"""


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pas_aan(conf: str, poort: int, root: Path) -> str:
    """deploy/nginx.conf met listen op 127.0.0.1:poort en root op de gegeven map."""
    conf, n = re.subn(r"^(\s*)listen\s+80\s*;", rf"\1listen 127.0.0.1:{poort};", conf, flags=re.M)
    if n != 1:
        raise ValueError("deploy/nginx.conf: verwacht precies één regel 'listen 80;'")
    conf = re.sub(r"^\s*listen\s+\[::\]:80\s*;\s*$", "", conf, flags=re.M)
    conf, n = re.subn(r"^(\s*)root\s+[^;]+;", rf"\1root {root};", conf, flags=re.M)
    if n != 1:
        raise ValueError("deploy/nginx.conf: verwacht precies één regel 'root …;'")
    return conf


class Nginx:
    """Start nginx voor een map; `with Nginx(site) as n: n.url` → http://127.0.0.1:poort/."""

    def __init__(self, site: Path, conf: Path = CONF):
        if not Path(NGINX).exists():
            raise RuntimeError("nginx ontbreekt: draai 'bash scripts/opzetten.sh --browser' (installeert Debian's nginx)")
        self.site = Path(site).resolve()
        self.conf = conf
        self.map = Path(tempfile.mkdtemp(prefix="nginx-"))
        self.poort = vrije_poort()
        self.url = f"http://127.0.0.1:{self.poort}/"
        self.proces: subprocess.Popen | None = None

    def _schrijf_conf(self) -> Path:
        (self.map / "tmp").mkdir()
        # Draait de test als root, dan zouden de workers als 'nobody' de site niet mogen lezen.
        user = "user root;" if os.geteuid() == 0 else ""
        modules = "\n".join(f"load_module {m};" for m in MODULES if m.exists())
        tekst = _OMHULSEL.format(
            modules=modules, user=user, prefix=self.map, serverconf=pas_aan(self.conf.read_text(encoding="utf-8"), self.poort, self.site)
        )
        pad = self.map / "nginx.conf"
        pad.write_text(tekst, encoding="utf-8")
        return pad

    def __enter__(self) -> Nginx:
        pad = self._schrijf_conf()
        self.proces = subprocess.Popen(
            [NGINX, "-p", str(self.map), "-c", str(pad), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        tot = time.monotonic() + 10
        while time.monotonic() < tot:
            if self.proces.poll() is not None:
                raise RuntimeError(f"nginx startte niet: {self.proces.stderr.read()}")
            try:
                socket.create_connection(("127.0.0.1", self.poort), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError("nginx luistert niet binnen 10 s")

    def __exit__(self, *exc) -> None:
        if self.proces and self.proces.poll() is None:
            self.proces.terminate()  # SIGTERM naar de master: snel stoppen, workers mee
            try:
                self.proces.wait(10)
            except subprocess.TimeoutExpired:
                self.proces.kill()
                self.proces.wait()
        shutil.rmtree(self.map, ignore_errors=True)

    # --- voor de benchmark: wat er over de lijn ging -----------------------
    def logpositie(self) -> int:
        log = self.map / "access.log"
        return log.stat().st_size if log.exists() else 0

    def verkeer_sinds(self, positie: int) -> list[tuple[str, int, int]]:
        """(adres, status, bytes) per verzoek sinds `positie` in de access-log."""
        with open(self.map / "access.log", "rb") as f:
            f.seek(positie)
            regels = f.read().decode("utf-8", "replace").splitlines()
        uit = []
        for regel in regels:
            adres, status, bytes_ = regel.rsplit(" ", 2)
            uit.append((adres, int(status), int(bytes_)))
        return uit
