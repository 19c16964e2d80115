"""Eén ronde langs elke pagina van de gebouwde site, voor alle sitebrede tests.

Per pagina leggen we vast wat de tests nodig hebben: alle verzoeken met hun grootte
(ook die van workers), CSP-overtredingen, consolefouten, cookies, wat er in
localStorage staat, de bevindingen van axe-core en de breedte op 360 px. De tests
(privacy, CSP, budget, toegankelijkheid, opmaak) toetsen daarna alleen dit verslag;
zo laadt elke pagina één keer in plaats van één keer per test.

De ronde bezoekt de pagina's met drie gewone browserprofielen naast elkaar (elk
profiel één pagina tegelijk), onder de Content-Security-Policy uit deploy/nginx.conf.
Voor elke pagina wist hij de cookies en alle opslag van de site (ook een service
worker); de HTTP-cache en de code-cache blijven, zoals bij een lezer die al eerder op
de site was. Dat halveert de CPU van de ronde (gemeten, om en om: 93 en 112 → 48 en 51
kern-s; een verse context per pagina compileerde alle scripts en de wasm opnieuw). Een
antwoord uit de cache telt gewoon mee bij de verzoeken en de bytes van de pagina. Wat
een gewoon profiel anders doet dan een verse context: Chromium haalt het webmanifest en
zijn pictogram op, en het favicon maar één keer per profiel.

Volgorde per pagina: laden ('load') op een telefoonscherm van 360 px en daar de
breedte meten (scrolt de pagina opzij?), dan het venster naar 1280 px, wachten tot de
overgangen van Material klaar zijn, en axe (zoals een lezer de pagina net ziet), bij
scanpagina's wachten tot Python klaar is, dan wachten tot er geen verzoek meer
openstaat, en pas dan verzoeken, CSP, cookies en opslag aflezen.

Material's zoekworker (hij bouwt bij elk laden de hele zoekindex op: 0,65 kern-s per
pagina in een verse context) draait alleen op een steekproef: de eerste pagina van elke
diepte in de site (nu de startpagina, `aan-de-slag/` en `opgaven/actief-faciliteren/`).
Wat hij ophaalt (zijn script en lunr) hangt alleen van die diepte af. Op de andere
pagina's krijgt Material een stille worker (ZOEKWORKER_STIL, alleen buiten de paden van
de steekproef); de zoekindex zelf haalt de pagina daar nog wel op.

De ronde draait in een eigen proces (`python -m hulp.kruiper`, met Playwrights
async-API en eigen Chromiums), drie pagina's tegelijk. Zo kan de testrun
hem op de achtergrond starten zodra de site er is (`Kruipronde`) en intussen andere
tests draaien; `Kruipronde.verslag()` wacht op de uitkomst."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .achtergrond import Achtergrondproces, geef_voorrang_door
from .axe import DRAAI, REGELS, laadscript
from .browser import CHROMIUM, KLAAR_SELECTOR, RUST, TEST_VLAGGEN, ZOEKWORKER_STIL
from .site import SCANS

# Vóór elk script van de pagina: elke CSP-overtreding bijhouden.
CSP_MELDER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
"""
# Waaraan je ziet dat de Python-runtime geladen werd.
PYODIDE = ("pyodide", "python_stdlib", ".whl", "model.json", ".snap")
# Zoveel profielen tegelijk (elk één pagina): genoeg om het wachten op het netwerk en
# op axe te vullen, niet zoveel dat vier starts van Pyodide tegelijk de machine vullen.
TEGELIJK = 3
# Zo lang moet er na het laatste antwoord niets nieuws beginnen: dan is de pagina
# stil (Playwrights 'networkidle' wacht hier steeds 500 ms).
STIL_S = 0.15
# Eerst een telefoon (de opmaaktest), dan een bureaubladscherm (axe en de rest).
SMAL = {"width": 360, "height": 800}
BREED = {"width": 1280, "height": 720}


@dataclass
class Paginaverslag:
    pad: str
    verzoeken: list[str] = field(default_factory=list)  # elke aangevraagde url, ook van workers
    antwoorden: list[tuple[str, int]] = field(default_factory=list)  # (url, bytes)
    csp: list[str] = field(default_factory=list)
    console_fouten: list[str] = field(default_factory=list)
    cookies: list[dict] = field(default_factory=list)
    opgeslagen: list[str] = field(default_factory=list)  # sleutels in localStorage die met 'wijktool' beginnen
    axe: list[dict] | None = None  # None: axe niet gedraaid
    klaar: bool | None = None  # scanpagina: kwam Python klaar (data-wijktool="klaar")? None: geen scan
    breedte_smal: tuple[int, int] = (0, 0)  # (scrollWidth, clientWidth) van de pagina op 360 px
    zoekworker: bool = True  # draaide Material's echte zoekworker (de steekproef)?

    @property
    def bytes(self) -> int:
        return sum(g for _, g in self.antwoorden)

    @property
    def laadt_pyodide(self) -> bool:
        return any(any(t in u for t in PYODIDE) for u, _ in self.antwoorden)

    def grootste(self, n: int = 3) -> list[tuple[int, str]]:
        return sorted(((g, u.split("/", 3)[-1]) for u, g in self.antwoorden), reverse=True)[:n]


# --- één pagina (in het kruipproces) ----------------------------------------


class _Netwerk:
    """Houdt bij welke verzoeken van een context nog openstaan."""

    def __init__(self, verslag: Paginaverslag):
        self.verslag = verslag
        self.open = 0
        self.teller = 0  # elk begonnen verzoek
        self.taken: list[asyncio.Task] = []

    def begin(self, verzoek) -> None:
        self.verslag.verzoeken.append(verzoek.url)
        self.open += 1
        self.teller += 1

    def klaar(self, verzoek) -> None:
        self.open -= 1
        self.taken.append(asyncio.ensure_future(self._grootte(verzoek)))

    def mislukt(self, verzoek) -> None:
        self.open -= 1
        self.verslag.antwoorden.append((verzoek.url, 0))

    async def _grootte(self, verzoek) -> None:
        # De testserver comprimeert niet: Content-Length is het aantal bytes.
        antwoord = await verzoek.response()
        grootte = 0
        if antwoord is not None:
            lengte = (await antwoord.all_headers()).get("content-length")
            if lengte is not None:
                grootte = int(lengte)
            else:
                try:
                    grootte = len(await antwoord.body())
                except Exception:  # noqa: BLE001 - bv. een afgebroken verzoek
                    grootte = 0
        self.verslag.antwoorden.append((verzoek.url, grootte))

    async def stil(self, maximaal_s: float = 30) -> None:
        """Wacht tot er niets openstaat en er STIL_S lang niets nieuws begint."""
        lus = asyncio.get_running_loop()
        eind = lus.time() + maximaal_s
        while lus.time() < eind:
            if self.open <= 0:
                voor = self.teller
                await asyncio.sleep(STIL_S)
                if self.open <= 0 and self.teller == voor:
                    break
            else:
                await asyncio.sleep(0.02)
        await asyncio.gather(*self.taken)


def zoeksteekproef(paden: list[str]) -> set[str]:
    """De eerste pagina (in volgorde van de lijst) van elke diepte."""
    eerste: dict[int, str] = {}
    for pad in paden:
        eerste.setdefault(pad.count("/"), pad)
    return set(eerste.values())


def _stil_buiten(steekproef: set[str]) -> str:
    """ZOEKWORKER_STIL, behalve op de pagina's van de steekproef (een init-script geldt voor
    het hele profiel en is niet weg te halen)."""
    paden = json.dumps(sorted("/" + pad for pad in steekproef))
    return f"if (!{paden}.includes(location.pathname)) {ZOEKWORKER_STIL}"


async def _bezoek(context, page, basis: str, pad: str, axe: bool, klaar_timeout: float, zoeken: bool) -> Paginaverslag:
    """Eén pagina in `page` van het profiel `context`; daarna staat die pagina op about:blank."""
    verslag = Paginaverslag(pad, zoekworker=zoeken)
    await page.goto("about:blank")  # de vorige pagina is weg: die schrijft niets meer
    await context.clear_cookies()
    cdp = await context.new_cdp_session(page)
    try:
        await cdp.send("Storage.clearDataForOrigin", {"origin": basis.rstrip("/"), "storageTypes": "all"})
    finally:
        await cdp.detach()
    await page.set_viewport_size(SMAL)
    # Op het profiel: zo tellen ook de verzoeken van de worker mee.
    netwerk = _Netwerk(verslag)
    console: list[str] = []
    luisteraars = [
        (context, "request", netwerk.begin),
        (context, "requestfinished", netwerk.klaar),
        (context, "requestfailed", netwerk.mislukt),
        (page, "console", lambda m: console.append(f"{m.type}: {m.text}")),
        (page, "pageerror", lambda e: verslag.console_fouten.append(str(e))),
    ]
    for bron, soort, doe in luisteraars:
        bron.on(soort, doe)
    try:
        await page.goto(basis + pad)
        verslag.breedte_smal = tuple(await page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]"))
        await page.set_viewport_size(BREED)
        # Na het breder maken komen Material's navigatie en zoekveld in beeld met overgangen
        # (opacity, breedte): axe meet pas als die klaar zijn, anders ziet hij halfdoorzichtige
        # tekst als te weinig contrast (gezien in een warm profiel, waar de pagina sneller laadt).
        await page.evaluate(RUST)
        if axe:
            await page.evaluate(laadscript())
            verslag.axe = (await page.evaluate(DRAAI, REGELS))["violations"]
        if pad in SCANS:
            try:
                await page.wait_for_selector(KLAAR_SELECTOR, state="attached", timeout=klaar_timeout)
                verslag.klaar = True
            except Exception:  # noqa: BLE001 - een time-out: Python kwam niet klaar
                verslag.klaar = False
        await netwerk.stil()
        verslag.csp = await page.evaluate("window.__csp") + [c for c in console if "Content Security Policy" in c]
        verslag.console_fouten = [c for c in console if c.startswith("error")] + verslag.console_fouten
        verslag.cookies = await context.cookies()
        verslag.opgeslagen = await page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('wijktool'))")
    finally:
        for bron, soort, doe in luisteraars:
            bron.remove_listener(soort, doe)
    return verslag


async def _kruip(
    basis: str, paden: list[str], axe: bool, klaar_timeout: float, tegelijk: int, overal_zoeken: bool
) -> dict[str, Paginaverslag]:
    from playwright.async_api import async_playwright

    steekproef = set(paden) if overal_zoeken else zoeksteekproef(paden)
    # De scanpagina's eerst: die duren het langst (de start van Pyodide).
    rij: asyncio.Queue[str] = asyncio.Queue()
    for pad in sorted(paden, key=lambda pad: pad not in SCANS):
        rij.put_nowait(pad)
    verslagen: list[Paginaverslag] = []
    async with async_playwright() as p:

        async def profiel() -> None:
            with tempfile.TemporaryDirectory(prefix="kruipprofiel-", ignore_cleanup_errors=True) as map_:
                context = await p.chromium.launch_persistent_context(map_, executable_path=CHROMIUM, args=TEST_VLAGGEN, headless=True)
                geef_voorrang_door()
                try:
                    await context.add_init_script(CSP_MELDER)
                    await context.add_init_script(_stil_buiten(steekproef))
                    page = context.pages[0] if context.pages else await context.new_page()
                    while not rij.empty():
                        pad = rij.get_nowait()
                        verslagen.append(await _bezoek(context, page, basis, pad, axe, klaar_timeout, pad in steekproef))
                finally:
                    await context.close()

        await asyncio.gather(*(profiel() for _ in range(tegelijk)))
    return {v.pad: v for v in sorted(verslagen, key=lambda v: paden.index(v.pad))}


# --- vanuit de tests of een benchmark: in een eigen proces ------------------


class Kruipronde:
    """Een ronde die in een eigen proces loopt; `verslag()` wacht erop."""

    def __init__(
        self,
        basis: str,
        paden: list[str],
        axe: bool = True,
        klaar_timeout: float = 60_000,
        tegelijk: int = TEGELIJK,
        overal_zoeken: bool = False,
        nice: int = 0,
    ):
        """overal_zoeken: Material's echte zoekworker op elke pagina, niet alleen op de
        steekproef (voor benchmarks/paginabudget.py: wat een lezer per pagina ophaalt).
        nice: de voorrang van het proces (zie hulp/achtergrond.py)."""
        self._map = tempfile.TemporaryDirectory(prefix="kruip-")
        self._uit = Path(self._map.name) / "verslag.json"
        opdracht = {
            "basis": basis,
            "paden": paden,
            "axe": axe,
            "klaar_timeout": klaar_timeout,
            "tegelijk": tegelijk,
            "overal_zoeken": overal_zoeken,
        }
        (Path(self._map.name) / "opdracht.json").write_text(json.dumps(opdracht), encoding="utf-8")
        hier = Path(__file__).resolve().parent.parent  # tests/, zodat `hulp` te importeren is
        self._proces = Achtergrondproces(
            [sys.executable, "-m", "hulp.kruiper", self._map.name],
            Path(self._map.name) / "uitvoer.log",
            cwd=hier,
            env={"PYTHONPATH": os.pathsep.join([str(hier), str(hier.parent)])},
            nice=nice,
        )
        self._verslag: dict[str, Paginaverslag] | None = None

    def verslag(self, timeout: float = 600) -> dict[str, Paginaverslag]:
        if self._verslag is None:
            code = self._proces.wacht(timeout)
            if code != 0 or not self._uit.exists():
                raise RuntimeError(f"de kruipronde mislukte (code {code}):\n{self._proces.uitvoer()[-4000:]}")
            ruw = json.loads(self._uit.read_text(encoding="utf-8"))
            self._verslag = {
                pad: Paginaverslag(**{**v, "antwoorden": [tuple(a) for a in v["antwoorden"]], "breedte_smal": tuple(v["breedte_smal"])})
                for pad, v in ruw.items()
            }
            self._map.cleanup()
        return self._verslag

    def stop(self) -> None:
        self._proces.stop()
        self._map.cleanup()


def kruip(
    basis: str, paden: list[str], axe: bool = True, klaar_timeout: float = 60_000, overal_zoeken: bool = False
) -> dict[str, Paginaverslag]:
    """De hele ronde, wachtend op de uitkomst."""
    return Kruipronde(basis, paden, axe=axe, klaar_timeout=klaar_timeout, overal_zoeken=overal_zoeken).verslag()


def main(map_: str) -> int:
    opdracht = json.loads((Path(map_) / "opdracht.json").read_text(encoding="utf-8"))
    verslagen = asyncio.run(_kruip(**opdracht))
    uit = Path(map_) / "verslag.json"
    uit.with_suffix(".tmp").write_text(json.dumps({pad: asdict(v) for pad, v in verslagen.items()}), encoding="utf-8")
    uit.with_suffix(".tmp").replace(uit)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
