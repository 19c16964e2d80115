"""De offline kopie (issue 14): pas na toestemming een service worker en een cache,
dan werkt de hele site zonder server; een nieuwe bouw vervangt de cache; verwijderen
ruimt alles op. Plus de lijst van hooks/offline.py en het web app manifest.

De browsertests delen één eigen context (niet `warme_context`: een geregistreerde
service worker zou alle andere tests raken) en één poort, zodat we de server kunnen
stoppen (offline) en later op dezelfde origin een andere starten (traag, of met een
nieuwe bouw). De server serveert een symlink die we van bouw A naar bouw B zetten.

Snel genoeg voor de hele testrun (issue 9): offline halen we elk bestand van de site met
fetch() uit de service worker en vergelijken we het byte voor byte met de bouw; alleen
een paar pagina's laden we echt, en de vier scans starten tegelijk in eigen tabbladen.
Geen vaste pauzes: elke stap wacht op een voorwaarde."""

from __future__ import annotations

import hashlib
import json
import struct
import time

import pytest

from hulp.browser import Server
from hulp.site import SCANS, alle_paginas, bouw, projectkopie

KLAAR = "html[data-offline=klaar]"
CACHES = "async () => (await caches.keys()).filter((n) => n.startsWith('handboek-'))"
REGISTRATIE = "async () => Boolean(await navigator.serviceWorker.getRegistration())"
GEWIJZIGD = "Deze zin staat alleen in de tweede bouw."


def wacht_tot(voorwaarde, tijd: float = 10) -> None:
    """Wacht tot voorwaarde() waar is (aan de kant van de server, buiten de browser)."""
    einde = time.monotonic() + tijd
    while not voorwaarde():
        assert time.monotonic() < einde, "de voorwaarde werd niet waar"
        time.sleep(0.02)


def lijst(site) -> dict:
    return json.loads((site / "offline-manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tweede_bouw(repo, tmp_path_factory):
    """Dezelfde site met één gewijzigde pagina."""
    project = projectkopie(repo, tmp_path_factory.mktemp("offline") / "project")
    pad = project / "docs" / "begrippen.md"
    pad.write_text(pad.read_text(encoding="utf-8") + f"\n{GEWIJZIGD}\n", encoding="utf-8")
    b = bouw(project, project / "site")
    assert b.code == 0, b.uitvoer[-3000:]
    return b.site


# --- de hook en het manifest (zonder browser) -------------------------------


def test_lijst_bevat_elke_pagina_en_geen_kopieen(gebouwde_site, tweede_bouw):
    site = gebouwde_site.site
    bestanden = set(lijst(site)["bestanden"])
    paginas = {p + "index.html" for p in alle_paginas(site)} | {"404.html"}
    assert paginas <= bestanden
    assert {"search/search_index.json", "manifest.webmanifest", "assets/js/offline.js"} <= bestanden
    assert not [b for b in bestanden if b.endswith((".br", ".gz"))]
    assert "offline-manifest.json" not in bestanden
    assert all((site / b).is_file() for b in bestanden)
    assert any(b.startswith("assets/pyodide/") and b.endswith(".wasm") for b in bestanden)
    # Een gewijzigde pagina geeft een andere versie.
    assert lijst(tweede_bouw)["versie"] != lijst(site)["versie"]
    # De grootte op de pagina is de echte grootte, en "bytes" telt de ingevulde pagina's mee.
    assert lijst(site)["grootte"] in (site / "index.html").read_text(encoding="utf-8")
    assert lijst(site)["bytes"] == sum((site / b).stat().st_size for b in bestanden)


def test_web_app_manifest(gebouwde_site, repo):
    site = gebouwde_site.site
    manifest = json.loads((site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["lang"] == "nl"
    assert manifest["display"] == "standalone"
    css = (repo / "docs" / "stylesheets" / "toegankelijkheid.css").read_text(encoding="utf-8")
    assert f"--md-primary-fg-color: {manifest['theme_color']};" in css
    assert (site / manifest["start_url"] / "index.html").resolve() == (site / "index.html").resolve()
    maten = set()
    for icoon in manifest["icons"]:
        kop = (site / icoon["src"]).read_bytes()[:24]
        assert kop[:8] == b"\x89PNG\r\n\x1a\n"
        breedte, hoogte = struct.unpack(">II", kop[16:24])
        assert icoon["sizes"] == f"{breedte}x{hoogte}"
        maten.add(breedte)
    assert {192, 512} <= maten
    # Elke pagina linkt naar het manifest, met een juiste relatieve URL.
    for pad in ("", "opgaven/rugdekking/"):
        html = (site / pad / "index.html").read_text(encoding="utf-8")
        href = html.split('rel="manifest" href="')[1].split('"')[0]
        assert (site / pad / href).resolve() == (site / "manifest.webmanifest").resolve()


# --- in Chromium ------------------------------------------------------------


@pytest.fixture(scope="module")
def wissel(gebouwde_site, tmp_path_factory):
    """Een map (symlink) die eerst naar bouw A wijst."""
    link = tmp_path_factory.mktemp("wissel") / "site"
    link.symlink_to(gebouwde_site.site, target_is_directory=True)
    return link


@pytest.fixture(scope="module")
def offline_server(wissel):
    """De server van bouw A. Tests stoppen hem (offline) en starten op dezelfde poort
    een andere (traag, of met bouw B): zelfde origin, dus dezelfde service worker."""
    s = Server(wissel)
    s.__enter__()
    yield s
    s.__exit__()


@pytest.fixture(scope="module")
def offline_context(browser):
    """Eén eigen context voor deze module: eerst zonder, dan met toestemming."""
    context = browser.new_context()
    yield context
    context.close()


def test_voor_toestemming_geen_service_worker_en_geen_cache(offline_context, offline_server):
    page = offline_context.new_page()
    try:
        for pad in ("", "zelfscan/"):
            page.goto(offline_server.url + pad)
            page.wait_for_load_state("load")
            assert page.evaluate(REGISTRATIE) is False, pad
            assert page.evaluate("async () => caches.keys()") == [], pad
        assert page.locator('[data-testid="offline-bewaren"]').count() == 0
    finally:
        page.close()


def volg_fouten(page, fouten: list[str]):
    page.on("console", lambda m: m.type == "error" and fouten.append(m.text))
    page.on("pageerror", lambda e: fouten.append(str(e)))
    return page


@pytest.fixture(scope="module")
def bewaard(offline_context, offline_server):
    """De context met toestemming: de offline kopie staat erin."""
    fouten: list[str] = []
    page = volg_fouten(offline_context.new_page(), fouten)
    page.goto(offline_server.url)
    page.locator('[data-testid="offline-bewaren"]').click()
    page.wait_for_selector(KLAAR, state="attached", timeout=60_000)
    return offline_context, page, fouten


def verander_en_zie(page) -> None:
    """Verander één knop van de scan en zie de uitkomst veranderen."""
    voor = page.locator(".md-content").inner_text()
    schuif = page.locator(".md-content input[type=range]:not([disabled])")
    if schuif.count():
        s = schuif.first
        s.fill(s.get_attribute("max") if s.input_value() != s.get_attribute("max") else s.get_attribute("min"))
    else:
        page.locator(".md-content input[type=radio]:not(:checked), .md-content input[type=checkbox]:not(:checked)").first.check(force=True)
    page.wait_for_function("(voor) => document.querySelector('.md-content').innerText !== voor", arg=voor, timeout=10_000)


# Drie deellinks van de schuifoefening (zoals in test_samen_pagina.py): de groep lijkt
# het meest op de organisatiegerichte gemeente.
TEAM = [
    "Wijkambtenaar: {url}zelfscan/#huidig=2,8,1,9,4&ambitie=5,5,5,5,5",
    "Sociaal domein: {url}zelfscan/#huidig=5,6,5,5,5&ambitie=6,6,6,6,6",
    "{url}zelfscan/#huidig=8,9,2,8,4&ambitie=1,1,1,1,1",
]


def vergelijk_team(page, url: str) -> None:
    """Samen scannen: drie links plakken, vergelijken en de uitkomst van de groep zien."""
    page.fill('textarea[name="deellinks"]', "\n".join(r.format(url=url) for r in TEAM))
    page.click('[data-testid="samen-vergelijk"]')
    groep = page.wait_for_selector('[data-testid="samen-groep"]', timeout=30_000)
    assert groep.get_attribute("data-profiel") == "organisatiegerichte-gemeente"
    assert page.locator('[data-testid="samen-deelnemer"]').count() == 3


# Haal elk pad op met fetch() (vanuit een pagina die de service worker bedient) en geef
# per pad de status en de SHA-256 van de inhoud; een mislukt verzoek geeft zijn fout.
OPHALEN = """async (paden) => {
    const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const uit = {};
    await Promise.all(paden.map(async (pad) => {
        try {
            const antwoord = await fetch(pad);
            uit[pad] = [antwoord.status, hex(await crypto.subtle.digest('SHA-256', await antwoord.arrayBuffer()))];
        } catch (fout) {
            uit[pad] = [String(fout), null];
        }
    }));
    return uit;
}"""


def test_offline_werkt_alles(bewaard, offline_server, gebouwde_site):
    """Zonder server en zonder netwerk: elke pagina en elk ander bestand van de site komt
    ongeschonden uit de service worker; een paar pagina's laden echt, de vier scans worden
    klaar en rekenen, en de checklist gaat naar PDF."""
    context, page, fouten = bewaard
    site = gebouwde_site.site
    assert page.evaluate(REGISTRATIE) is True
    offline_server.__exit__()  # geen server meer: alles moet uit de cache komen
    context.set_offline(True)
    try:
        # Elke pagina met de URL die een lezer gebruikt (map/), en elk bestand uit de lijst.
        paginas = alle_paginas(site)
        verwacht = {pad: [200, hashlib.sha256((site / pad / "index.html").read_bytes()).hexdigest()] for pad in paginas}
        for naam in lijst(site)["bestanden"]:
            verwacht[naam] = [200, hashlib.sha256((site / naam).read_bytes()).hexdigest()]
        paden = [offline_server.url + p for p in verwacht]
        gekregen = page.evaluate(OPHALEN, paden)
        assert {p.removeprefix(offline_server.url): v for p, v in gekregen.items()} == verwacht

        # Echt laden (scripts, stijlen) en navigeren: home, een opgave, een onbekende pagina.
        for pad in ("", "opgaven/breed-bereik/"):
            antwoord = page.goto(offline_server.url + pad)
            assert antwoord is not None and antwoord.ok and antwoord.from_service_worker, pad
            assert page.title(), pad
        # Eén punt afvinken op de opgave: de checklist-scan rekent daarmee.
        page.locator("input[type=checkbox][data-item]").first.check()
        page.goto(offline_server.url + "bestaat-niet/")
        assert "404" in page.locator(".md-content").inner_text()

        # De vier scans tegelijk in eigen tabbladen: Pyodide start in elk, en zo delen
        # ze de twee kernen van de testmachine in plaats van op elkaar te wachten.
        tabbladen = {}
        for pad in SCANS:
            tabbladen[pad] = volg_fouten(context.new_page(), fouten)
            antwoord = tabbladen[pad].goto(offline_server.url + pad)
            assert antwoord is not None and antwoord.from_service_worker, pad
        for pad, tab in tabbladen.items():
            tab.wait_for_selector("html[data-wijktool=klaar]", state="attached", timeout=60_000)
            if pad == "zelfscan/checklist/":
                assert "1 van" in tab.locator(".md-content").inner_text(), pad
            elif pad == "zelfscan/samen/":
                vergelijk_team(tab, offline_server.url)
            else:
                verander_en_zie(tab)
            tab.close()
        page.goto(offline_server.url + "checklist/")
        assert page.pdf()[:4] == b"%PDF"
        # offline.js zet het merk pas na twee asynchrone vragen (registratie en cache),
        # dus na het load-event van goto: wachten, niet meteen lezen.
        page.wait_for_selector(KLAAR, state="attached", timeout=10_000)
        assert fouten == []
    finally:
        context.set_offline(False)


def test_trage_lijn_geeft_de_kopie_uit_de_cache(bewaard, offline_server, wissel):
    """Het netwerk antwoordt niet (de server houdt het verzoek vast): na TRAAG ms
    (offline-werker.js) toont de service worker de kopie. Zonder kopie wacht hij op het netwerk."""
    context, page, fouten = bewaard
    offline_server.__exit__()  # (als hij nog liep) dezelfde poort voor de trage server
    traag = Server(
        wissel,
        poort=offline_server.poort,
        # Een nieuwe URL (?traag) en no-cache: de HTTP-cache van de browser mag niet antwoorden.
        headers={"Cache-Control": "no-cache"},
        vasthouden=("/begrippen/", "/niet-bewaard.txt"),
    )
    traag.__enter__()
    ander = context.new_page()
    try:
        ander.goto(traag.url)
        # Iets wat niet in de cache staat: de service worker moet blijven wachten.
        ander.evaluate("() => { fetch('niet-bewaard.txt').then((a) => { window.__status = a.status; }); }")
        wacht_tot(lambda: "/niet-bewaard.txt" in traag.vastgehouden)
        begin = time.monotonic()
        antwoord = page.goto(traag.url + "begrippen/?traag", timeout=20_000)
        duur = time.monotonic() - begin
        assert antwoord.ok and antwoord.from_service_worker
        assert "/begrippen/?traag" in traag.vastgehouden and not traag.los.is_set()  # het netwerk antwoordde niet
        assert duur >= 2.9, f"de kopie kwam na {duur:.1f} s, vóór de grens van 3 s"
        assert page.locator("h1").first.inner_text()
        # Het andere verzoek loopt al langer dan de grens en wacht nog steeds op het netwerk.
        assert ander.evaluate("window.__status") is None
        traag.los.set()
        ander.wait_for_function("window.__status !== undefined")
        assert ander.evaluate("window.__status") == 404  # het antwoord van de server, niet uit een cache
        assert fouten == []
    finally:
        ander.close()
        traag.__exit__()


def test_nieuwe_bouw_vervangt_de_cache(bewaard, offline_server, wissel, tweede_bouw, gebouwde_site):
    context, page, _ = bewaard
    oud = page.evaluate(CACHES)
    wissel.unlink()
    wissel.symlink_to(tweede_bouw, target_is_directory=True)
    offline_server.__exit__()
    nieuw = Server(wissel, poort=offline_server.poort)
    nieuw.__enter__()
    try:
        page.goto(nieuw.url + "begrippen/")
        assert GEWIJZIGD in page.content()  # netwerk eerst
        page.wait_for_selector("[data-offline-nieuw]", timeout=60_000)
        assert "Er is een nieuwe versie van het handboek" in page.locator("[data-offline-nieuw]").inner_text()
        assert page.evaluate(CACHES) == ["handboek-" + lijst(tweede_bouw)["versie"]] != oud
        # Alleen wat veranderd kan zijn kwam opnieuw over de lijn: de pagina's wel, de
        # bestanden met een hash (de runtime) niet; die kwamen uit de vorige kopie.
        assert "/begrippen/index.html" in nieuw.gevraagd
        runtime = [b for b in lijst(tweede_bouw)["bestanden"] if b.startswith(("assets/pyodide/", "assets/wijktool/"))]
        assert runtime and set(runtime) <= set(lijst(gebouwde_site.site)["bestanden"])  # dezelfde runtime in beide bouwen
        assert not [p for p in nieuw.gevraagd if p.lstrip("/") in runtime]
        assert page.evaluate("async (u) => Boolean(await caches.match(u))", nieuw.url + runtime[0])
        # Verwijderen: geen service worker, geen cache, geen data-offline meer.
        page.goto(nieuw.url)
        page.locator("[data-offline-verwijderen]").click()
        page.wait_for_function("() => !document.documentElement.dataset.offline")
        assert page.evaluate(CACHES) == []
        assert page.evaluate(REGISTRATIE) is False
        page.reload()
        assert page.evaluate("document.documentElement.dataset.offline") is None
    finally:
        nieuw.__exit__()
