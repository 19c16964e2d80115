"""MkDocs-hook: de lijst van bestanden voor de offline kopie (offline-manifest.json).

Staat in mkdocs.yml na runtime.py en webapp.py: hooks lopen in die volgorde, dus in
on_post_build staan de runtime van de scans, de pictogrammen en de .br/.gz-kopieën
dan al in site/. De lijst bevat elk bestand van de site, behalve de .br/.gz-kopieën,
de service worker (offline-werker.js, die vraagt de browser zelf op) en deze lijst.

Eerst telt de hook de bytes van alle bestanden, één keer. Met dat getal vult hij de
grootte in op de pagina's die de knop hebben (<span data-offline-grootte>); die pagina's
krijgen opnieuw een .br/.gz. Wat het invullen aan bytes toevoegt, telt hij erbij op:
zo klopt "bytes" in de lijst precies, zonder alles nog eens te tellen. Dan volgt de
versie: een hash over de namen en de inhoud van alle bestanden (bestanden_hash, dezelfde
als voor de runtime). Een nieuwe bouw met andere inhoud is dus een nieuwe cache
(handboek-<versie>) in de browser.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from runtimebouw.cache import bestanden_hash
from runtimebouw.comprimeer import comprimeer

log = logging.getLogger("mkdocs.hooks.offline")

LIJST = "offline-manifest.json"
WERKER = "offline-werker.js"
GROOTTE = re.compile(r"(<span data-offline-grootte>)[^<]*(</span>)")


def bestanden(site: Path) -> list[Path]:
    return sorted(
        p
        for p in site.rglob("*")
        if p.is_file() and p.suffix not in (".br", ".gz") and p.relative_to(site).as_posix() not in (LIJST, WERKER)
    )


def leesbaar(bytes_: int) -> str:
    return f"ongeveer {max(1, round(bytes_ / 1_000_000))} MB"


def on_post_build(config, **_) -> None:
    site = Path(config.site_dir)
    lijst = bestanden(site)
    totaal = sum(p.stat().st_size for p in lijst)
    tekst = leesbaar(totaal)
    for pad in lijst:
        if pad.suffix != ".html":
            continue
        html = pad.read_bytes()
        nieuw = GROOTTE.sub(lambda m: m.group(1) + tekst + m.group(2), html.decode("utf-8")).encode("utf-8")
        if nieuw != html:
            pad.write_bytes(nieuw)
            totaal += len(nieuw) - len(html)
            for oud in (pad.with_name(pad.name + ".br"), pad.with_name(pad.name + ".gz")):
                oud.unlink(missing_ok=True)
            comprimeer(pad, brotli_niveau=9)
    manifest = {
        "versie": bestanden_hash(site, lijst),
        "bytes": totaal,
        "grootte": tekst,
        "bestanden": [p.relative_to(site).as_posix() for p in lijst],
    }
    (site / LIJST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    log.info("offline kopie: %d bestanden, %s, versie %s", len(lijst), tekst, manifest["versie"])
