"""deploy/nginx.conf als geteste component: Debian's nginx draait met precies dat
bestand (alleen listen en root anders, tests/_nginx.py) en serveert de gebouwde
site. Gecontroleerd: bestandstypen, compressie, de koppen op elk soort antwoord
(HTML, worker-script, Pyodide, foutpagina), 'immutable' alleen op namen met een
inhoudshash, en dat elke scan via nginx klaar komt."""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request
from pathlib import Path

import brotli
import pytest

from hooks.runtimebouw.cache import hash_van
from hulp.browser import csp_policy as policy
from hulp.browser import overtredingen
from hulp.kruiper import CSP_MELDER as MELDER
from hulp.nginx import Nginx

SCANS = ["zelfscan/", "zelfscan/volwassenheid/", "zelfscan/checklist/"]
KOPPEN = {
    "Content-Security-Policy": None,  # uit nginx.conf, zie test_csp.policy()
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@pytest.fixture(scope="module")
def nginx(gebouwde_site):
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]
    with Nginx(gebouwde_site.site) as n:
        yield n


@pytest.fixture(scope="module")
def runtime(gebouwde_site) -> dict:
    """De runtime-adressen zoals de scanpagina ze aan de worker geeft."""
    config = gebouwde_site.scanconfig("zelfscan/")
    return {k: config[k].removeprefix("../") for k in ("worker", "pyodide", "wiel", "model")}


def haal(nginx, pad: str, encoding: str = "identity"):
    """(status, koppen, ruwe inhoud) zonder dat urllib iets uitpakt of volgt."""
    verzoek = urllib.request.Request(nginx.url + pad, headers={"Accept-Encoding": encoding})
    try:
        with urllib.request.urlopen(verzoek, timeout=30) as antwoord:
            return antwoord.status, antwoord.headers, antwoord.read()
    except urllib.error.HTTPError as fout:
        return fout.code, fout.headers, fout.read()


def test_bestandstypen(nginx, runtime):
    verwacht = {
        "": "text/html",
        runtime["worker"]: "text/javascript",
        runtime["pyodide"] + "pyodide.mjs": "text/javascript",
        runtime["pyodide"] + "pyodide.asm.mjs": "text/javascript",
        runtime["pyodide"] + "pyodide.asm.wasm": "application/wasm",
        runtime["pyodide"] + "python_stdlib.zip": "application/zip",
        runtime["pyodide"] + "pyodide-lock.json": "application/json",
        runtime["wiel"]: "application/zip",
        runtime["model"]: "application/json",
        "manifest.webmanifest": "application/manifest+json",
        "offline-werker.js": "text/javascript",
        "assets/pictogram-192.png": "image/png",
    }
    for pad, type_ in verwacht.items():
        status, koppen, _ = haal(nginx, pad)
        assert status == 200, pad
        assert koppen["Content-Type"].split(";")[0] == type_, pad


@pytest.mark.parametrize("encoding,uitpakken", [("br", brotli.decompress), ("gzip", gzip.decompress)])
def test_compressie_vooraf_gemaakt_en_juist(nginx, runtime, gebouwde_site, encoding, uitpakken):
    for pad in [
        "",
        "zelfscan/",
        runtime["pyodide"] + "pyodide.asm.wasm",
        runtime["pyodide"] + "python_stdlib.zip",
        runtime["pyodide"] + "pyodide.asm.mjs",
        runtime["model"],
        runtime["wiel"],  # ongecomprimeerd in zijn zip: de .br/.gz maken het klein
        runtime["worker"],
    ]:
        status, koppen, inhoud = haal(nginx, pad, encoding)
        bestand = gebouwde_site.site / (pad + "index.html" if pad.endswith("/") or pad == "" else pad)
        assert status == 200 and koppen["Content-Encoding"] == encoding, pad
        assert "Accept-Encoding" in koppen.get("Vary", ""), pad
        assert uitpakken(inhoud) == bestand.read_bytes(), pad
        assert len(inhoud) < 0.6 * bestand.stat().st_size, pad
    # De wasm is het grootste bestand: met brotli kleiner dan met gzip.
    if encoding == "br":
        wasm = runtime["pyodide"] + "pyodide.asm.wasm"
        assert len(haal(nginx, wasm, "br")[2]) < 0.85 * len(haal(nginx, wasm, "gzip")[2])


@pytest.mark.parametrize("soort", ["html", "scanpagina", "worker", "pyodide", "wasm", "wiel", "css", "fout-404"])
def test_beveiligingskoppen_op_elk_soort_antwoord(nginx, runtime, soort):
    pad = {
        "html": "",
        "scanpagina": "zelfscan/",
        "worker": runtime["worker"],
        "pyodide": runtime["pyodide"] + "pyodide.mjs",
        "wasm": runtime["pyodide"] + "pyodide.asm.wasm",
        "wiel": runtime["wiel"],
        "css": "stylesheets/handboek.css",
        "fout-404": "bestaat/niet/",
    }[soort]
    status, koppen, _ = haal(nginx, pad, "gzip")
    assert status == (404 if soort == "fout-404" else 200)
    for naam, waarde in KOPPEN.items():
        assert koppen.get_all(naam) == [waarde or policy()], (soort, naam)
    assert koppen.get_all("Cache-Control") and len(koppen.get_all("Cache-Control")) == 1
    assert "Server" not in koppen or "/" not in koppen["Server"]  # geen versienummer


def _heeft_inhoudshash(site: Path, pad: str) -> bool:
    """Klopt de hash in de naam met de inhoud (onze runtime), of is het een naam
    van Material met zijn eigen hash?"""
    if m := re.fullmatch(r"assets/pyodide/([0-9a-f]{16})/[^/]+", pad):
        map_ = site / "assets" / "pyodide" / m.group(1)
        bestanden = sorted(p for p in map_.iterdir() if p.suffix not in (".gz", ".br"))
        return hash_van([d for p in bestanden for d in (p.name, p.read_bytes())]) == m.group(1)
    if m := re.fullmatch(r"assets/wijktool/[a-z]+\.([0-9a-f]{16})\.(whl|json)", pad):
        return hash_van([(site / pad).read_bytes()]) == m.group(1)
    return bool(re.search(r"\.[0-9a-f]{8}\.min\.(js|css)(\.map)?$", pad))


def test_immutable_alleen_op_namen_met_inhoudshash(nginx, gebouwde_site):
    site = gebouwde_site.site
    immutable, zonder = [], []
    for bestand in sorted(site.rglob("*")):
        if not bestand.is_file() or bestand.suffix in (".gz", ".br"):
            continue
        pad = bestand.relative_to(site).as_posix()
        status, koppen, _ = haal(nginx, pad)
        assert status == 200, pad
        cache = koppen["Cache-Control"]
        if "immutable" in cache:
            immutable.append(pad)
            assert _heeft_inhoudshash(site, pad), f"{pad}: immutable, maar geen (kloppende) inhoudshash"
        else:
            zonder.append(pad)
            assert cache == "no-cache", pad
    # De hele runtime is immutable; HTML en de eigen scripts niet.
    assert sum(p.startswith("assets/pyodide/") for p in immutable) == 5
    assert sum(p.startswith("assets/wijktool/") for p in immutable) == 2
    assert "index.html" in zonder and "assets/js/wijktool-worker.js" in zonder


@pytest.fixture
def csp_pagina(browser):
    context = browser.new_context()
    context.add_init_script(MELDER)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    yield page, console
    context.close()


@pytest.mark.parametrize("pad", SCANS)
def test_elke_scan_komt_klaar_via_nginx(csp_pagina, nginx, pad):
    page, console = csp_pagina
    page.goto(nginx.url + pad)
    # Een selector, geen wait_for_function: de CSP van nginx verbiedt het evalueren van tekst.
    page.wait_for_selector("html[data-wijktool=klaar]", state="attached", timeout=90_000)
    assert overtredingen(page, console) == []
    assert [c for c in console if c.startswith("error")] == []
