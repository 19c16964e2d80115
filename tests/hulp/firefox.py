"""De Firefox-ronde (tests/node/firefox-scans.mjs): het plan dat het script krijgt,
en het script als achtergrondproces.

Het script start één firefox-esr (puppeteer-core over WebDriver BiDi), loopt alle
stappen langs en schrijft op wat Firefox toonde; tests/test_firefox.py vergelijkt dat
met wijktool. De testrun start het zodra de site gebouwd is (conftest.py,
`_achtergrond`), zodat Firefox op de andere kern werkt terwijl de Chromium-tests
lopen; `FirefoxRonde.uitkomst()` wacht erop."""

from __future__ import annotations

import contextlib
import json
import tempfile
import time
from pathlib import Path

from wijktool import scans

from .achtergrond import Achtergrondproces
from .browser import Server
from .site import alle_paginas
from .werktuigen import FIREFOX, NODE_MAP, PUPPETEER, nodig, programma

SCANS = ("schuifoefening", "volwassenheidsscan", "afvinklijst")
# De faalroute: een server zonder de runtime van Pyodide.
GEBLOKKEERD = "pyodide.asm.wasm"


def scanplan(handboek) -> dict:
    """Per scan wat Firefox invult en wat wijktool (CPython) daarbij verwacht."""
    schuiven = [s.slug for s in handboek.schuiven]
    profielen = {p.slug: {s: p.stand(s) for s in schuiven} for p in handboek.profielen}
    # Een deellink met verschillende panelen: huidig is het laatste profiel.
    laatste = handboek.profielen[-1]
    deel = {"huidig": profielen[laatste.slug], "ambitie": {s: (i * 3) % 11 for i, s in enumerate(schuiven)}}
    config = scans.REGISTER["volwassenheidsscan"].weergave.config(handboek)
    invoer = {t: config["fases"][(i + 1) % len(config["fases"])] for i, t in enumerate(config["themas"])}
    uitkomst = scans.REGISTER["volwassenheidsscan"].uitkomst(handboek, invoer)
    return {
        "schuifoefening": {
            "pad": "zelfscan/",
            "profielen": profielen,
            "toetsschuif": schuiven[-1],
            "deel": deel,
            "deel_profiel": laatste.slug,
        },
        "volwassenheidsscan": {
            "pad": "zelfscan/volwassenheid/",
            "invoer": invoer,
            "verwacht": {"fase": uitkomst["totaal"]["fase"], "aandacht": uitkomst["aandacht"]},
        },
        "afvinklijst": {"pad": "zelfscan/checklist/", "opgavepad": f"opgaven/{handboek.opgaven[0].slug}/", "aantal": 3},
    }


def offline_plan(site: Path, basis: str, volwassenheid: dict) -> dict:
    """Wat Firefox offline ophaalt (elke pagina met de URL van de lezer, elk bestand
    van de lijst) en welke scan het rekent."""
    lijst = json.loads((site / "offline-manifest.json").read_text(encoding="utf-8"))
    grootte = {p: (site / p / "index.html").stat().st_size for p in alle_paginas(site)}
    grootte |= {b: (site / b).stat().st_size for b in lijst["bestanden"]}
    return {
        "basis": basis,
        "stop": basis + "__stop",
        "versie": lijst["versie"],
        "bestanden": sorted(grootte),
        "grootte": grootte,
        "pagina": "begrippen/",
        "scan": volwassenheid["pad"],
        "invoer": volwassenheid["invoer"],
        "verwacht": volwassenheid["verwacht"],
    }


class FirefoxRonde:
    """Het node-script in een eigen proces, met zijn twee eigen servers: één zonder
    de runtime (faalroute) en één die het script zelf uitzet (offline stap)."""

    def __init__(self, site: Path, basis: str, handboek, nice: int = 0):
        nodig(FIREFOX, "Debian's firefox-esr")
        nodig(PUPPETEER, "puppeteer-core (npm, in tests/node)")
        node = programma("node", "nodejs")
        self._servers = contextlib.ExitStack()
        blok = self._servers.enter_context(Server(site, weiger=(GEBLOKKEERD,)))
        stop = self._servers.enter_context(Server(site, stoppad="/__stop"))
        self._map = tempfile.TemporaryDirectory(prefix="firefox-")
        map_ = Path(self._map.name)
        (map_ / "downloads").mkdir()
        self.plan = {"basis": basis, "blokbasis": blok.url, "downloads": str(map_ / "downloads"), "firefox": str(FIREFOX)}
        self.plan |= scanplan(handboek)
        self.plan["offline"] = offline_plan(site, stop.url, self.plan["volwassenheidsscan"])
        (map_ / "plan.json").write_text(json.dumps(self.plan), encoding="utf-8")
        self._uit = map_ / "uit.json"
        self._begin = time.monotonic()
        self._proces = Achtergrondproces(
            [node, str(NODE_MAP / "firefox-scans.mjs"), str(map_ / "plan.json"), str(self._uit)], map_ / "uitvoer.log", nice=nice
        )
        self._uitkomst: dict | None = None

    def uitkomst(self, timeout: float = 900) -> dict:
        if self._uitkomst is None:
            code = self._proces.wacht(timeout)
            self._servers.close()
            assert self._uit.is_file(), f"het Firefox-script stopte zonder uitkomst (code {code}):\n{self._proces.uitvoer()[-3000:]}"
            resultaat = json.loads(self._uit.read_text(encoding="utf-8"))
            resultaat["plan"] = self.plan
            resultaat["seconden"] = round(time.monotonic() - self._begin)
            self._uitkomst = resultaat
        return self._uitkomst

    def stop(self) -> None:
        self._proces.stop()
        self._servers.close()
        self._map.cleanup()
