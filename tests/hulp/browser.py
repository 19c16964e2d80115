"""Hulp voor browsertests: een http-server voor de gebouwde site en Debian's
chromium via Playwright. Bij een mislukte test bewaren we screenshot,
consolelog en HTML in test-artefacten/."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

from .paden import REPO
from .site import Bouw

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
# Voor de tests, niet voor de benchmarks: Chromium compileert de wasm van Pyodide alleen
# met Liftoff (V8's snelle basiscompiler), nooit met TurboFan. Dat verandert niets aan wat
# de code doet, wel aan de CPU. Gemeten, om en om in één run: een warme start 2,3 → 1,8
# kern-s, een koude 4,3 → 3,1 (`--no-wasm-tier-up`, eerder hier, liet V8 nog een deel met
# TurboFan compileren). De tests zijn CPU-gebonden (2 kernen); snelheidscijfers komen uit
# benchmarks/ (met CHROMIUM_VLAGGEN, zoals bij een lezer).
TEST_VLAGGEN = [*CHROMIUM_VLAGGEN, "--js-flags=--liftoff-only"]


# De scan is klaar als Python in de worker draait en de eerste uitkomst er staat.
# KLAAR_SELECTOR werkt ook onder de CSP (wait_for_function met een tekst niet: die
# evalueert de tekst in de pagina en dat verbiedt de CSP juist).
KLAAR = "document.documentElement.dataset.wijktool === 'klaar'"
KLAAR_SELECTOR = "html[data-wijktool=klaar]"


# Wacht tot de pagina twee frames getekend heeft (dan zijn overgangen die door een
# muisbeweging of klik begonnen echt gestart) en tot elke eindige CSS-overgang en
# -animatie klaar is. In plaats van een vaste pauze.
RUST = """async () => {
    await new Promise((k) => requestAnimationFrame(() => requestAnimationFrame(k)));
    const eindig = document.getAnimations().filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
    await Promise.all(eindig.map((a) => a.finished.catch(() => null)));
}"""


# Material's zoekworker bouwt bij elke geladen pagina de hele zoekindex op (441 stukken
# tekst; gemeten: 0,65 kern-s per pagina in een verse context, minder in de warme). Een
# test die niet over zoeken gaat, heeft daar niets aan, en de testrun is CPU-gebonden
# (2 kernen). Dit script (vóór de scripts van de pagina) geeft Material dan een stille
# worker: het zoekveld vindt niets, de rest van de pagina is ongewijzigd (de pagina haalt
# de index nog wel op). Andere workers (de rekenhulp) starten gewoon. Tests over zoeken
# (marker `zoeken`) en een steekproef van de kruipronde draaien met de echte zoekworker.
# Het script van Material's zoekworker (assets/javascripts/workers/search.<hash>.min.js).
ZOEKWORKER_SCRIPT = "/workers/search."
ZOEKWORKER_STIL = r"""(() => {
    const Echt = self.Worker;
    const zoekworker = /\/workers\/search\.[^/]*\.js$/;
    self.Worker = function Worker(url, opties) {
        if (zoekworker.test(new URL(url, location.href).pathname)) {
            return Object.assign(new EventTarget(), { postMessage() {}, terminate() {} });
        }
        // Reflect.construct: een test die Worker zelf nog omhult (class extends), blijft werken.
        return Reflect.construct(Echt, [url, opties], new.target || Echt);
    };
    self.Worker.prototype = Echt.prototype;
})();"""


def zonder_zoekworker(doel):
    """Stille zoekworker in een context of pagina (zie ZOEKWORKER_STIL); geeft doel terug."""
    doel.add_init_script(ZOEKWORKER_STIL)
    return doel


def wacht_op_rust(page) -> None:
    page.evaluate(RUST)


def csp_policy() -> str:
    """De Content-Security-Policy uit deploy/nginx.conf (overal dezelfde)."""
    tekst = (REPO / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    gevonden = set(re.findall(r'add_header Content-Security-Policy "([^"]+)"', tekst))
    assert len(gevonden) == 1, "nginx.conf moet overal dezelfde CSP gebruiken"
    return gevonden.pop()


def wis_opslag(page, origin: str) -> None:
    """Wis cookies en alle opslag van de site in de context van `page`, die
    tests delen, zonder de HTTP-cache (die maakt de start van Pyodide juist snel)."""
    page.context.clear_cookies()
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send(
            "Storage.clearDataForOrigin",
            {"origin": origin.rstrip("/"), "storageTypes": "local_storage,session_storage,indexeddb,cache_storage,service_workers"},
        )
    finally:
        cdp.detach()


def zet_opslag(page, origin: str, sleutel: str, waarde: str) -> None:
    """Zet iets in localStorage vanaf een lichte pagina van dezelfde site (404.html),
    zodat de scanpagina het bij het laden leest zonder dat de worker er eerst voor
    hoeft te starten."""
    page.goto(origin + "404.html")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [sleutel, waarde])


class _Handler(http.server.SimpleHTTPRequestHandler):
    # .mjs en .wasm moeten het juiste type hebben, anders weigert de browser ze.
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
    }
    extra_headers: dict[str, str] = {}
    vasthouden: frozenset[str] = frozenset()
    los: threading.Event
    vastgehouden: list[str]
    gevraagd: list[str]
    stoppad: str | None = None
    stop = None
    weiger: tuple[str, ...] = ()

    def do_GET(self):
        self.gevraagd.append(self.path)
        # Een script buiten Python (tests/node) zet de server zelf uit: na dit antwoord
        # weigert de poort elke verbinding, alsof de lezer geen netwerk meer heeft.
        if self.stoppad and self.path == self.stoppad:
            self.send_response(204)
            self.end_headers()
            threading.Thread(target=self.stop, daemon=True).start()
            return
        # Een server zonder deze bestanden (de faalroute als de runtime niet laadt).
        if self.weiger and self.path.split("?")[0].endswith(self.weiger):
            self.send_error(404)
            return
        # Een trage lijn nadoen: deze paden krijgen pas antwoord als de test `los` zet.
        if self.path.split("?")[0] in self.vasthouden:
            self.vastgehouden.append(self.path)
            self.los.wait(60)
        super().do_GET()

    def end_headers(self):
        for naam, waarde in self.extra_headers.items():
            self.send_header(naam, waarde)
        super().end_headers()

    def log_message(self, *args):  # stil: de tests lezen de verzoeken in de browser
        pass


class Server:
    """Serveert een map op 127.0.0.1 op een vrije poort, in een thread."""

    def __init__(
        self,
        map_: Path,
        headers: dict[str, str] | None = None,
        poort: int = 0,
        vasthouden: tuple[str, ...] = (),
        stoppad: str | None = None,
        weiger: tuple[str, ...] = (),
    ):
        """poort=0: een vrije poort. Een vaste poort: dezelfde origin na een herstart
        (de offline tests stoppen de server en starten hem later opnieuw).
        vasthouden: paden (zoals "/begrippen/") die pas antwoord krijgen na `self.los.set()`
        (of bij het stoppen); welke er gevraagd zijn, staat in `self.vastgehouden`.
        stoppad: een pad (zoals "/__stop") dat de server stopt, voor scripts buiten Python.
        weiger: paden die eindigen op een van deze namen krijgen 404."""
        self.los = threading.Event()
        self.vastgehouden: list[str] = []
        self.gevraagd: list[str] = []  # elk pad dat de server kreeg, in volgorde
        self._stoplock = threading.Lock()
        handler = type(
            "Handler",
            (_Handler,),
            {
                "extra_headers": headers or {},
                "vasthouden": frozenset(vasthouden),
                "los": self.los,
                "vastgehouden": self.vastgehouden,
                "gevraagd": self.gevraagd,
                "stoppad": stoppad,
                "weiger": tuple(weiger),
                "stop": staticmethod(self.__exit__),
            },
        )
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", poort), functools.partial(handler, directory=str(map_)))
        self.poort = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.poort}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        """Stoppen; mag vaker (een test stopt hem, de fixture ruimt op)."""
        self.los.set()
        with self._stoplock:
            if self.thread.is_alive():
                self.httpd.shutdown()
            self.httpd.server_close()


# Start een eigen worker met dezelfde bestanden als de scan en geef hem een rij
# verzoeken voor wijktool.browser.verwerk. Voor de pariteitstests: de uitkomst komt
# rechtstreeks uit Pyodide. Dat gebeurt op een lichte pagina van dezelfde site
# (404.html): de scanpagina zelf zou er nog een worker bij starten (bijna 2 kern-s).
_WORKER_VRAGEN = """async ([config, scanUrl, verzoeken]) => {
    const abs = (p) => new URL(p, scanUrl).href;
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
    for (const verzoek of verzoeken) uit.push(await vraag({ type: 'verwerk', verzoek: { scan: config.scan, ...verzoek } }));
    w.terminate();
    return uit;
}"""


def worker_antwoorden(page, bouw: Bouw, origin: str, pad: str, verzoeken: list[dict]) -> list:
    """De antwoorden van wijktool.browser.verwerk op de scan van pagina `pad` (zoals
    "zelfscan/"), met de config uit de gebouwde HTML."""
    page.goto(origin + "404.html")
    return page.evaluate(_WORKER_VRAGEN, [bouw.scanconfig(pad), origin + pad, verzoeken])


def overtredingen(page, console: list[str]) -> list[str]:
    """CSP-overtredingen op een pagina met de melder van hulp.kruiper (window.__csp) en in de console."""
    return page.evaluate("window.__csp") + [c for c in console if "Content Security Policy" in c]
