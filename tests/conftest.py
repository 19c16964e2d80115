"""Gedeelde fixtures: de echte data, het Handboek en kapotte kopieën van data/."""

from __future__ import annotations

import copy
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml

from hulp.browser import CHROMIUM, TEST_VLAGGEN, Server, csp_policy, wis_opslag, zonder_zoekworker
from hulp.firefox import FirefoxRonde
from hulp.kruiper import Kruipronde
from hulp.nuchecker import NuRonde, html_paginas
from hulp.paden import ARTEFACTEN, BRONNEN, REPO
from hulp.serve import ServeScenario
from hulp.site import Bouw, Bouwproces, alle_paginas, bouw, projectkopie
from wijktool.laden import laad_handboek, lees_ruw


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def datamap() -> Path:
    return REPO / "data"


@pytest.fixture(scope="session")
def _ruwe_eenmalig(datamap):
    return lees_ruw(datamap)


@pytest.fixture
def ruwe(_ruwe_eenmalig):
    """De ruwe inhoud van data/*.yml, per test een eigen diepe kopie: een test
    mag hem kapotmaken."""
    return copy.deepcopy(_ruwe_eenmalig)


@pytest.fixture(scope="session")
def handboek(datamap):
    """Het Handboek uit de echte data (onveranderlijk, dus één voor alle tests)."""
    return laad_handboek(datamap)


def bronbestand(naam: str) -> str:
    """De tekst van een bron uit ../shared/bronnen; de test slaat over als die
    map er niet is (bijvoorbeeld in een losse kopie van het project)."""
    pad = BRONNEN / naam
    if not pad.is_file():
        pytest.skip(f"bron {naam} niet gevonden in {BRONNEN}: vergelijking met de bron overgeslagen")
    return pad.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def bron_000() -> str:
    return bronbestand("000_ce955ee1c60bf2f3.txt")


@pytest.fixture(scope="session")
def bron_001() -> str:
    return bronbestand("001_09fafe8a584f5add.txt")


@pytest.fixture(scope="session")
def bron_002() -> str:
    return bronbestand("002_e455e8eb1197903e.txt")


@pytest.fixture(scope="session")
def bron_003() -> str:
    return bronbestand("003_4b1839c691a6aad5.txt")


class KapotteData:
    """Een kopie van alle data/*.yml in tmp_path, waarin een test één ding
    kapotmaakt. Meerdere aanroepen werken op dezelfde kopie."""

    def __init__(self, bron: Path, doel: Path):
        self.map = doel
        doel.mkdir()
        for bestand in sorted(bron.glob("*.yml")):
            shutil.copy2(bestand, doel / bestand.name)

    def tekst(self, bestand: str) -> str:
        return (self.map / bestand).read_text(encoding="utf-8")

    def schrijf(self, bestand: str, tekst: str) -> Path:
        """Vervang de hele tekst van één bestand."""
        (self.map / bestand).write_text(tekst, encoding="utf-8")
        return self.map

    def vervang(self, bestand: str, oud: str, nieuw: str) -> Path:
        """Vervang een stuk tekst dat precies één keer in het bestand staat."""
        tekst = self.tekst(bestand)
        assert tekst.count(oud) == 1, f"{oud!r} staat {tekst.count(oud)} keer in {bestand}, verwacht 1"
        return self.schrijf(bestand, tekst.replace(oud, nieuw))

    def zet(self, bestand: str, sleutels: tuple, waarde) -> Path:
        """Zet één waarde, bijv. zet("opgaven.yml", ("opgaven", 2, "nummer"), "3").
        Het bestand wordt opnieuw als YAML geschreven (zonder commentaar)."""
        inhoud = yaml.safe_load(self.tekst(bestand))
        *weg, laatste = sleutels
        plek = inhoud
        for sleutel in weg:
            plek = plek[sleutel]
        plek[laatste] = waarde
        return self.schrijf(bestand, yaml.safe_dump(inhoud, allow_unicode=True, sort_keys=False))

    def verwijder(self, bestand: str) -> Path:
        (self.map / bestand).unlink()
        return self.map


@pytest.fixture
def kapotte_data(tmp_path, datamap) -> KapotteData:
    return KapotteData(datamap, tmp_path / "data")


# --- de gebouwde site ------------------------------------------------------


@pytest.fixture
def kopie(repo, tmp_path) -> Path:
    """Een kopie van het hele project (zonder .venv, site en build) om kapot te maken of
    aan te passen. node_modules (Pyodide) en de cache van de runtime (build/) worden
    gedeeld: de hook zet de runtime vóór de macro's klaar, en die opnieuw maken duurt minuten."""
    return projectkopie(repo, tmp_path / "project")


# --- de bouw op de achtergrond ----------------------------------------------
# De eerste bouw op een verse machine duurt bijna een minuut (brotli op de wasm van
# Pyodide). Die loopt in een eigen proces terwijl eerst de tests zonder site draaien.

# Tests met een van deze fixtures hebben de site (of de cache van de bouw) nodig.
NA_DE_BOUW = {"gebouwde_site", "kopie", "project"}
BOUWPROCES = pytest.StashKey[Bouwproces]()
GEVRAAGD = pytest.StashKey[set]()  # elke fixture die een test in deze run vraagt


def _na_de_bouw(item) -> bool:
    return bool(NA_DE_BOUW & set(getattr(item, "fixturenames", ()))) or item.get_closest_marker("na_de_bouw") is not None


def _wacht_op_een_ronde(item) -> bool:
    return bool(ACHTERGROND.keys() & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(items):
    # Eerst wat de site niet nodig heeft (intussen loopt de bouw), dan de rest, en als
    # laatste de tests die het verslag van een ronde lezen: zo wacht geen test op een
    # ronde die met lage voorrang de vrije CPU vult. Stabiel sorteren: binnen elke groep
    # blijft de volgorde van de bestanden.
    items.sort(key=lambda item: (_na_de_bouw(item), _wacht_op_een_ronde(item)))
    # De regeldekking meet wijktool/ in CPython. Tests met de site draaien wijktool in de
    # browser (Pyodide) of in de bouw (een eigen proces): daar meet coverage.py niets van,
    # en zijn tracer kost dan alleen tijd (ook in de threads van de testserver).
    for item in items:
        if _na_de_bouw(item):
            item.add_marker(pytest.mark.no_cover)


def pytest_collection_finish(session):
    session.config.stash[GEVRAAGD] = {naam for item in session.items for naam in getattr(item, "fixturenames", ())}
    if any(_na_de_bouw(item) for item in session.items):
        map_ = Path(tempfile.mkdtemp(prefix="handboek-site-"))
        session.config.stash[BOUWPROCES] = Bouwproces(REPO, map_ / "site")


def pytest_sessionfinish(session):
    proces = session.config.stash.get(BOUWPROCES, None)
    if proces is not None:
        proces.stop()
        shutil.rmtree(proces.site.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def gebouwde_site(request, tmp_path_factory) -> Bouw:
    """De echte site, één keer per testrun gebouwd (strict), voor alle tests."""
    proces = request.config.stash.get(BOUWPROCES, None)
    if proces is None:
        return bouw(REPO, tmp_path_factory.mktemp("site") / "site")
    return proces.wacht()


@pytest.fixture(scope="session")
def paginas(gebouwde_site) -> list[str]:
    """De paden van alle pagina's van de gebouwde site (zonder 404.html)."""
    return alle_paginas(gebouwde_site.site)


# --- browser ---------------------------------------------------------------


@pytest.fixture(scope="session")
def server(gebouwde_site):
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]
    with Server(gebouwde_site.site) as s:
        yield s


@pytest.fixture(scope="session")
def csp_server(gebouwde_site):
    """De site met de Content-Security-Policy van deploy/nginx.conf als kop."""
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]
    with Server(gebouwde_site.site, headers={"Content-Security-Policy": csp_policy()}) as s:
        yield s


def _chromium_nodig() -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} ontbreekt: draai de tests met 'bash scripts/test.sh', dat installeert Debian's chromium")


@pytest.fixture(scope="session")
def _playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(_playwright):
    _chromium_nodig()
    b = _playwright.chromium.launch(executable_path=CHROMIUM, args=TEST_VLAGGEN, headless=True)
    yield b
    b.close()


# De voorrang (nice) van de rondes: lager dan de tests, die hun uitkomst pas als laatste lezen.
RONDE_NICE = 10


@pytest.fixture(scope="session")
def _kruipronde(csp_server, paginas):
    ronde = Kruipronde(csp_server.url, [*paginas, "404.html"], nice=RONDE_NICE)
    yield ronde
    ronde.stop()


@pytest.fixture(scope="session")
def _firefoxronde(gebouwde_site, server, handboek):
    ronde = FirefoxRonde(gebouwde_site.site, server.url, handboek, nice=RONDE_NICE)
    yield ronde
    ronde.stop()


@pytest.fixture(scope="session")
def _nuronde(gebouwde_site):
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]
    ronde = NuRonde(html_paginas(gebouwde_site.site), nice=RONDE_NICE)
    yield ronde
    ronde.stop()


@pytest.fixture(scope="session")
def serve_scenario(gebouwde_site, tmp_path_factory):
    """`mkdocs serve` op een kopie van het project (hulp/serve.py). Na de bouw: het deelt
    de cache van de bouw (build/)."""
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]
    scenario = ServeScenario(tmp_path_factory.mktemp("serve"), nice=RONDE_NICE)
    yield scenario
    scenario.stop()


# Rondes op de achtergrond: de fixture die de tests vragen → de fixture die hem start.
ACHTERGROND = {"kruipverslag": "_kruipronde", "firefox": "_firefoxronde", "nu_meldingen": "_nuronde", "serve_scenario": "serve_scenario"}


@pytest.fixture(autouse=True)
def _achtergrond(request):
    """Start bij de eerste test die de site nodig heeft de rondes op de achtergrond
    (kruipronde, Firefox, de Nu-checker, mkdocs serve) die een test in deze run vraagt:
    zo lopen ze terwijl de andere tests draaien."""
    if "gebouwde_site" not in request.fixturenames:
        return
    for nodig, starter in ACHTERGROND.items():
        if nodig in request.config.stash[GEVRAAGD]:
            request.getfixturevalue(starter)


@pytest.fixture(scope="session")
def firefox(_firefoxronde) -> dict:
    """Wat Firefox liet zien (tests/test_firefox.py)."""
    uitkomst = _firefoxronde.uitkomst()
    print(
        f"Firefox {uitkomst['firefox']} in {uitkomst['seconden']} s: "
        + ", ".join(f"{n} klaar na {r.get('start', {}).get('ms')} ms" for n, r in uitkomst["scans"].items())
        + f"; offline stap {uitkomst.get('offline', {}).get('ms')} ms"
    )
    return uitkomst


@pytest.fixture(scope="session")
def nu_meldingen(_nuronde) -> list[dict]:
    """Wat de W3C Nu HTML-checker over elke pagina van de site meldde (hulp/nuchecker.py)."""
    return _nuronde.meldingen()


@pytest.fixture(scope="session")
def kruipverslag(_kruipronde):
    """Eén ronde langs elke pagina (en 404.html), onder de CSP, voor alle
    sitebrede tests (privacy, CSP, budget, toegankelijkheid): zie hulp/kruiper.py."""
    return _kruipronde.verslag()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    uitkomst = yield
    rapport = uitkomst.get_result()
    setattr(item, f"rapport_{rapport.when}", rapport)


class Pagina:
    """Een Playwright-pagina, met log van console en verzoeken (ook van de worker)."""

    def __init__(self, context):
        self.context = context
        self.page = context.new_page()
        self.console: list[str] = []
        self.fouten: list[str] = []
        self.verzoeken: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.fouten.append(str(e)))
        # context.on ziet ook de verzoeken van de worker.
        self._verzoek = lambda r: self.verzoeken.append(r.url)
        context.on("request", self._verzoek)

    def console_fouten(self) -> list[str]:
        return [r for r in self.console if r.startswith("error")] + self.fouten

    def sluit(self) -> None:
        self.context.remove_listener("request", self._verzoek)
        self.page.close()


def _bewaar_artefacten(request, p: Pagina) -> None:
    rapport = getattr(request.node, "rapport_call", None)
    if rapport is None or not rapport.failed:
        return
    doel = ARTEFACTEN / request.node.name.replace("/", "_")
    doel.mkdir(parents=True, exist_ok=True)
    try:
        p.page.screenshot(path=str(doel / "screenshot.png"), full_page=True)
        (doel / "pagina.html").write_text(p.page.content(), encoding="utf-8")
    except Exception as fout:  # noqa: BLE001 - de pagina kan zelf het probleem zijn
        (doel / "screenshot-mislukt.txt").write_text(str(fout), encoding="utf-8")
    (doel / "console.log").write_text("\n".join(p.console + p.fouten), encoding="utf-8")
    (doel / "verzoeken.log").write_text("\n".join(p.verzoeken), encoding="utf-8")


@pytest.fixture(scope="session")
def warme_context(_playwright, tmp_path_factory):
    """Eén gewoon browserprofiel dat de browsertests delen: de HTTP-cache en de
    code-cache blijven, dus Pyodide start warm, zoals bij een lezer die terugkomt.
    Geen `browser.new_context()`: dat is een incognitoprofiel, en daarin bewaart
    Chromium geen gecompileerde wasm; elke start compileerde Pyodide dan opnieuw
    (gemeten: 1,4 kern-s per start, tegen 0,7 met dit profiel). Opslag en cookies
    wist `pagina` per test."""
    _chromium_nodig()
    context = _playwright.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("profiel")),
        executable_path=CHROMIUM,
        args=TEST_VLAGGEN,
        headless=True,
        accept_downloads=True,
    )
    yield context
    context.close()


@pytest.fixture
def pagina(warme_context, server, request):
    """Een nieuwe pagina in de warme context, met lege opslag en zonder cookies.
    Voor tests die over de koude start gaan of verzoeken omleiden: `koude_pagina`."""
    p = Pagina(warme_context)
    if request.node.get_closest_marker("zoeken") is None:
        zonder_zoekworker(p.page)
    wis_opslag(p.page, server.url)
    yield p
    _bewaar_artefacten(request, p)
    p.sluit()


@pytest.fixture
def koude_pagina(browser, request):
    """Een pagina in een eigen, nieuwe context: lege cache, dus een echte koude
    start van Pyodide, en `context.route` raakt geen andere test."""
    context = browser.new_context(accept_downloads=True)
    p = Pagina(context)
    yield p
    _bewaar_artefacten(request, p)
    context.close()
