"""Eén ronde langs elke pagina van de gebouwde site, voor alle sitebrede tests.

Elke pagina laadt in een eigen, verse browsercontext (lege cache, geen cookies,
lege opslag), onder de Content-Security-Policy uit deploy/nginx.conf. Per pagina
leggen we vast wat de tests nodig hebben: alle verzoeken met hun grootte (ook die
van workers), CSP-overtredingen, consolefouten, cookies, wat er in localStorage
staat en de bevindingen van axe-core. De tests (privacy, CSP, budget,
toegankelijkheid) toetsen daarna alleen dit verslag; zo laadt elke pagina één keer
in plaats van één keer per test.

Volgorde per pagina: laden ('load'), axe (zoals een lezer de pagina net ziet),
bij scanpagina's wachten tot Python klaar is, dan wachten tot het netwerk stil is,
en pas dan verzoeken, CSP, cookies en opslag aflezen."""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .axe import overtredingen
from .browser import wacht_tot_klaar
from .site import SCANS

# Vóór elk script van de pagina: elke CSP-overtreding bijhouden.
CSP_MELDER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
"""
# Waaraan je ziet dat de Python-runtime geladen werd.
PYODIDE = ("pyodide", "python_stdlib", ".whl", "model.json", ".snap")


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

    @property
    def bytes(self) -> int:
        return sum(g for _, g in self.antwoorden)

    @property
    def laadt_pyodide(self) -> bool:
        return any(any(t in u for t in PYODIDE) for u, _ in self.antwoorden)

    def grootste(self, n: int = 3) -> list[tuple[int, str]]:
        return sorted(((g, u.split("/", 3)[-1]) for u, g in self.antwoorden), reverse=True)[:n]


def _grootte(antwoord) -> int:
    # De site wordt zonder compressie geserveerd: Content-Length is het aantal bytes.
    lengte = antwoord.headers.get("content-length")
    if lengte is not None:
        return int(lengte)
    try:
        return len(antwoord.body())
    except Exception:  # noqa: BLE001 - bv. een afgebroken verzoek
        return 0


def bezoek(browser, basis: str, pad: str, axe: bool = True, klaar_timeout: float = 60_000) -> Paginaverslag:
    """Laad één pagina in een verse context en leg vast wat er gebeurt."""
    verslag = Paginaverslag(pad)
    context = browser.new_context()
    try:
        context.add_init_script(CSP_MELDER)
        # Op de context: zo tellen ook de verzoeken van de worker mee.
        context.on("request", lambda r: verslag.verzoeken.append(r.url))
        context.on("response", lambda r: verslag.antwoorden.append((r.url, _grootte(r))))
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: verslag.console_fouten.append(str(e)))
        page.goto(basis + pad)
        if axe:
            verslag.axe = overtredingen(page)
        if pad in SCANS:
            try:
                wacht_tot_klaar(page, klaar_timeout)
                verslag.klaar = True
            except PlaywrightTimeout:
                verslag.klaar = False
        page.wait_for_load_state("networkidle")
        verslag.csp = page.evaluate("window.__csp") + [c for c in console if "Content Security Policy" in c]
        verslag.console_fouten = [c for c in console if c.startswith("error")] + verslag.console_fouten
        verslag.cookies = context.cookies()
        verslag.opgeslagen = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('wijktool'))")
    finally:
        context.close()
    return verslag


def kruip(browser, basis: str, paden: list[str], axe: bool = True) -> dict[str, Paginaverslag]:
    # Eén pagina tegelijk. (Vier tegelijk laden in de sync-API bleef op deze machine
    # hangen; nog niet uitgezocht.)
    return {pad: bezoek(browser, basis, pad, axe=axe) for pad in paden}
