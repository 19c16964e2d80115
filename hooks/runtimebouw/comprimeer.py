"""Gecomprimeerde kopieën (.br en .gz) naast de tekstbestanden van de site, bij
het bouwen gemaakt. nginx serveert ze met brotli_static en gzip_static (zie
deploy/nginx.conf); elke host die vooraf gecomprimeerde bestanden kent ook. Zo
hoeft de server niets te comprimeren en krijgt de lezer de kleinste versie."""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli

SOORTEN = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".map", ".wasm", ".zip"}
MINIMUM = 512  # kleiner loont niet: de koppen wegen dan zwaarder


def comprimeer(pad: Path, brotli_niveau: int) -> bool:
    """Schrijf pad.br en pad.gz als ze kleiner zijn dan het bestand zelf."""
    data = pad.read_bytes()
    if len(data) < MINIMUM:
        return False
    gemaakt = False
    for achtervoegsel, inpakken in (
        (".gz", lambda d: gzip.compress(d, 9, mtime=0)),
        (".br", lambda d: brotli.compress(d, quality=brotli_niveau)),
    ):
        klein = inpakken(data)
        if len(klein) < len(data) * 0.95:
            pad.with_name(pad.name + achtervoegsel).write_bytes(klein)
            gemaakt = True
    return gemaakt


def comprimeer_site(site: Path, behalve: tuple[Path, ...] = ()) -> int:
    """Alle pagina's en assets; de runtime (behalve) komt al gecomprimeerd uit de cache.
    Brotli-niveau 9: bijna zo klein als 11 voor kleine bestanden, en veel sneller."""
    aantal = 0
    for pad in site.rglob("*"):
        if pad.suffix not in SOORTEN or not pad.is_file() or any(pad.is_relative_to(b) for b in behalve):
            continue
        aantal += comprimeer(pad, brotli_niveau=9)
    return aantal
