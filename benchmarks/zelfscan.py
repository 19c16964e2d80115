"""Benchmark van de zelfscan op een echte lijn (geen test): meet en schrijft de cijfers weg.

    .venv/bin/python -m benchmarks.zelfscan [--runs 3] [--bewegingen 30] [--lijnen 20mbit,5mbit,loopback]

De gebouwde site (bash scripts/bouw.sh) gaat door Debian's nginx met deploy/nginx.conf
(gestart op een loopback-poort, na afloop gestopt). Chromium (headless, Debian) emuleert de
lijn met CDP Network.emulateNetworkConditions; dat geldt ook voor de verzoeken van de worker.
Per lijn (20 Mbit/s / 40 ms, 5 Mbit/s / 80 ms, loopback zonder rem), voor de scanpagina,
een kale loadPyodide-pagina (zelfde npm-pakket, hoofdthread) als basislijn en de kale
runtime (onze worker met onze runtime in een lege pagina: de ondergrens), om en om:
- koud klaar: een nieuw, leeg browserprofiel, van navigatie tot data-wijktool="klaar";
- bytes over de lijn: som van $bytes_sent in nginx' access-log (koppen + gecomprimeerd);
- herhaald bezoek: hetzelfde profiel, opnieuw naar het adres (cache warm). Een gewoon
  profiel (launch_persistent_context), geen incognitocontext (browser.new_context()):
  alleen een gewoon profiel bewaart ook de gecompileerde wasm (code-cache), zoals de
  browser van een lezer dat doet;
- total blocking time (som van long tasks − 50 ms op de hoofdthread) tot klaar;
- schuif-tot-uitkomst: van de input-gebeurtenis tot de nieuwe ranking in de DOM;
- waar de koude start op wacht: "laatste byte" is het moment dat het laatste antwoord
  vóór klaar binnen was (ook die van de worker, uit Playwrights request.timing), "daarna"
  is klaar min dat moment: wat de browser en Python dan nog moeten doen. "Lijn" is de
  kale tijd die de bytes op deze snelheid nodig hebben (bytes × 8 / bit/s). Lijn plus
  daarna schat hoe snel de koude start kan zijn als de lijn vanaf het begin vol benut
  wordt en het werk na de laatste byte blijft wat het is (de ondergrens in de tabel).
Schrijft benchmarks/resultaten/zelfscan.json en print een tabel (mediaan en p95).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urljoin

from tests.hulp.browser import CHROMIUM, CHROMIUM_VLAGGEN
from tests.hulp.nginx import Nginx
from tests.hulp.paden import REPO
from tests.hulp.site import Bouw

# naam: (download bit/s, latentie ms); None = loopback zonder rem
LIJNEN = {
    "20mbit": (20_000_000, 40),
    "5mbit": (5_000_000, 80),
    "loopback": None,
}
DOELEN = {"20mbit": 0.5, "5mbit": 0.7, "loopback": 0.35}
SCANS = ("zelfscan/", "zelfscan/volwassenheid/", "zelfscan/checklist/")

METER = """
window.__meting = { longtasks: [], fases: {} };
new PerformanceObserver((lijst) => {
  for (const e of lijst.getEntries()) window.__meting.longtasks.push([e.startTime, e.duration]);
}).observe({ type: "longtask", buffered: true });
new MutationObserver(() => {
  const fase = document.documentElement.dataset.wijktool;
  if (fase && !(fase in window.__meting.fases)) window.__meting.fases[fase] = performance.now();
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-wijktool"] });
"""

# De kale npm-Pyodide met zijn eigen stdlib-zip, in een eigen map: los van hoe de site
# zijn runtime noemt of inpakt.
BASISLIJN_HTML = """<!doctype html><meta charset="utf-8"><title>basislijn</title>
<script type="module" src="basislijn.mjs"></script>"""
BASISLIJN_MJS = """import { loadPyodide } from "./pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: new URL("./pyodide/", location.href).href });
py.runPython("1 + 1");
document.documentElement.dataset.wijktool = "klaar";
"""
BASISLIJN_BESTANDEN = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json", "python_stdlib.zip")

# De ondergrens van de scanpagina: dezelfde worker en runtime in een lege pagina (geen
# Material, geen zoekworker, geen scan-HTML). Klaar = de worker meldt dat Python en
# wijktool gestart zijn. Wat de scanpagina daarboven kost, komt van de pagina zelf.
KAAL_HTML = """<!doctype html><meta charset="utf-8"><title>kaal</title>
<script type="module" src="kaal.mjs"></script>"""
KAAL_MJS = """const runtime = %s;
const abs = (pad) => new URL(pad, location.href).href;
const worker = new Worker(abs(runtime.worker), { type: "module" });
worker.onmessage = ({ data }) => {
  document.documentElement.dataset.wijktool = data.type === "antwoord" ? "klaar" : "fout";
};
worker.postMessage({ type: "start", id: 0, pyodide: abs(runtime.pyodide), wiel: abs(runtime.wiel), model: abs(runtime.model) });
"""

BEWEGING = """async ([slug, waarde]) => {
  const invoer = document.querySelector(`[data-paneel="huidig"] input[name="${slug}"]`);
  const doel = document.querySelector('[data-plek="ranking-huidig"]');
  return await new Promise((klaar) => {
    const obs = new MutationObserver(() => { obs.disconnect(); klaar(performance.now() - t0); });
    obs.observe(doel, { childList: true, subtree: true, characterData: true });
    const t0 = performance.now();
    invoer.value = String(waarde);
    invoer.dispatchEvent(new Event("input", { bubbles: true }));
  });
}"""
SCHUIVEN = ["positionering-intern", "proces-binnen-gemeente", "proces-met-bewoners", "bestuur-en-politiek", "communicatie"]


def tbt(longtasks: list, tot: float) -> float:
    return sum(max(0.0, d - 50) for s, d in longtasks if s < tot)


def p95(waarden: list[float]) -> float:
    rij = sorted(waarden)
    return rij[min(len(rij) - 1, round(0.95 * (len(rij) - 1)))]


def samenvatting(waarden: list[float]) -> dict:
    return {
        "mediaan": round(statistics.median(waarden), 1),
        "p95": round(p95(waarden), 1),
        "min": round(min(waarden), 1),
        "max": round(max(waarden), 1),
        "n": len(waarden),
    }


def rem(page, context, lijn) -> None:
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    if lijn is not None:
        bits, latentie = lijn
        cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": latentie,
                "downloadThroughput": bits / 8,
                "uploadThroughput": bits / 8,
            },
        )
    # Geen cache uitzetten: de herhaalde meting wil juist de gewone HTTP-cache.
    return cdp


def laad(page, url: str) -> dict:
    eindes: list[float] = []  # epoch-ms waarop elk antwoord binnen was (ook van de worker)

    def binnen(verzoek) -> None:
        t = verzoek.timing
        if t["responseEnd"] >= 0:
            eindes.append(t["startTime"] + t["responseEnd"])

    page.context.on("requestfinished", binnen)
    try:
        page.goto(url, wait_until="commit")
        # Een selector, geen wait_for_function: die evalueert tekst, en dat verbiedt de CSP van nginx.
        page.wait_for_selector("html[data-wijktool=klaar]", state="attached", timeout=180_000)
        meting = page.evaluate("window.__meting")
        begin = page.evaluate("performance.timeOrigin")
    finally:
        page.context.remove_listener("requestfinished", binnen)
    klaar = meting["fases"]["klaar"]
    laatste = max((e - begin for e in eindes if e - begin <= klaar), default=0.0)
    return {"klaar_ms": klaar, "tbt_ms": tbt(meting["longtasks"], klaar), "laatste_byte_ms": laatste, "daarna_ms": klaar - laatste}


def bezoek(p, nginx: Nginx, url: str, lijn, bewegingen: int = 0) -> dict:
    """Koud (leeg profiel) en daarna herhaald, in één gewoon browserprofiel."""
    profiel = tempfile.TemporaryDirectory(prefix="profiel-")
    context = p.chromium.launch_persistent_context(profiel.name, executable_path=CHROMIUM, args=CHROMIUM_VLAGGEN, headless=True)
    try:
        page = context.new_page()
        page.add_init_script(METER)
        rem(page, context, lijn)
        positie = nginx.logpositie()
        koud = laad(page, url)
        verkeer = nginx.verkeer_sinds(positie)
        koud["bytes"] = sum(b for _, _, b in verkeer)
        koud["verzoeken"] = len(verkeer)
        koud["per_bestand"] = {}
        for adres, _, b in verkeer:
            koud["per_bestand"][adres] = koud["per_bestand"].get(adres, 0) + b
        latenties = []
        for i in range(bewegingen):
            latenties.append(page.evaluate(BEWEGING, [SCHUIVEN[i % 5], (i * 3) % 11]))
            page.wait_for_timeout(30)
        # Een lezer komt later terug. Chromium schrijft de gecompileerde wasm pas weg als
        # er een tijd (standaard 2 s) niets meer geoptimaliseerd is; zonder deze pauze meet
        # de herhaling een cache die er bij een echte lezer wel is, nog niet.
        page.wait_for_timeout(3000)
        positie = nginx.logpositie()
        herhaald = laad(page, url)
        koud["herhaald_ms"] = herhaald["klaar_ms"]
        koud["herhaald_bytes"] = sum(b for _, _, b in nginx.verkeer_sinds(positie))
        koud["latenties"] = latenties
        return koud
    finally:
        context.close()
        profiel.cleanup()


def bereid_voor(site: Path, doel: Path, zonder: set[str]) -> None:
    """Kopie van de site met de basislijn erbij. `zonder` haalt één stap weg, om te
    meten wat die stap oplevert: "br" (geen .br), "voorcompressie" (geen .br en .gz:
    nginx comprimeert zelf, gzip niveau 1), "preload" (geen <link rel=preload>). Een
    aangepaste HTML-pagina verliest zijn .br en .gz: nginx comprimeert hem dan zelf."""
    shutil.copytree(site, doel)
    for pad in list(doel.rglob("*")):
        if ("br" in zonder or "voorcompressie" in zonder) and pad.suffix == ".br":
            pad.unlink(missing_ok=True)
        elif "voorcompressie" in zonder and pad.suffix == ".gz" and pad.with_suffix("").exists():
            pad.unlink(missing_ok=True)
        elif "preload" in zonder and pad.suffix == ".html":
            tekst = pad.read_text(encoding="utf-8")
            pad.write_text(re.sub(r'<link rel="preload"[^>]*>', "", tekst), encoding="utf-8")
            # anders serveert nginx de ongewijzigde .br of .gz
            for kopie in (pad.with_name(pad.name + ".br"), pad.with_name(pad.name + ".gz")):
                kopie.unlink(missing_ok=True)
    # De adressen uit de config van de scanpagina (data-config), absoluut gemaakt.
    config = Bouw(code=0, uitvoer="", site=site).scanconfig("zelfscan/")
    runtime = {k: urljoin("/zelfscan/", config[k]) for k in ("worker", "pyodide", "wiel", "model")}
    (doel / "kaal").mkdir()
    (doel / "kaal" / "index.html").write_text(KAAL_HTML, encoding="utf-8")
    (doel / "kaal" / "kaal.mjs").write_text(KAAL_MJS % json.dumps(runtime), encoding="utf-8")
    basis = doel / "basislijn"
    (basis / "pyodide").mkdir(parents=True)
    for naam in BASISLIJN_BESTANDEN:
        shutil.copy2(REPO / "node_modules" / "pyodide" / naam, basis / "pyodide" / naam)
    (basis / "index.html").write_text(BASISLIJN_HTML, encoding="utf-8")
    (basis / "basislijn.mjs").write_text(BASISLIJN_MJS, encoding="utf-8")


def meet_lijn(p, nginx, naam, lijn, runs, bewegingen) -> dict:
    scan, basis, kaal, latenties = [], [], [], []
    for run in range(runs):
        # om en om, zodat alle drie dezelfde omstandigheden treffen
        basis.append(bezoek(p, nginx, nginx.url + "basislijn/", lijn))
        s = bezoek(p, nginx, nginx.url + "zelfscan/", lijn, bewegingen if run == 0 else 0)
        latenties += s.pop("latenties")
        scan.append(s)
        kaal.append(bezoek(p, nginx, nginx.url + "kaal/", lijn))
        kaal[-1].pop("latenties")
        print(
            f"  {naam} run {run + 1}: scan {s['klaar_ms']:.0f} ms / {s['bytes'] / 1e6:.2f} MB, herhaald {s['herhaald_ms']:.0f} ms; "
            f"basislijn {basis[-1]['klaar_ms']:.0f} ms / {basis[-1]['bytes'] / 1e6:.2f} MB; "
            f"kale runtime {kaal[-1]['klaar_ms']:.0f} ms, herhaald {kaal[-1]['herhaald_ms']:.0f} ms",
            flush=True,
        )
    velden = ("klaar_ms", "bytes", "herhaald_ms", "herhaald_bytes", "tbt_ms", "laatste_byte_ms", "daarna_ms")
    uit = {
        "lijn": None if lijn is None else {"download_bit_s": lijn[0], "latentie_ms": lijn[1]},
        "zelfscan": {k: samenvatting([r[k] for r in scan]) for k in velden},
        "basislijn_loadpyodide": {k: samenvatting([r[k] for r in basis]) for k in velden},
        "kale_runtime": {k: samenvatting([r[k] for r in kaal]) for k in velden},
        "zelfscan_per_bestand_koud": scan[0]["per_bestand"],
        "basislijn_per_bestand_koud": basis[0]["per_bestand"],
    }
    if latenties:
        uit["schuif_tot_uitkomst_ms"] = samenvatting(latenties)
    z, b = uit["zelfscan"], uit["basislijn_loadpyodide"]
    uit["verhouding_klaar"] = round(z["klaar_ms"]["mediaan"] / b["klaar_ms"]["mediaan"], 2)
    uit["herhaald_t_o_v_koud"] = round(z["herhaald_ms"]["mediaan"] / z["klaar_ms"]["mediaan"], 2)
    # Dezelfde maten voor de kale runtime: haalt die een doel niet, dan kan geen pagina met deze runtime het.
    k = uit["kale_runtime"]
    uit["kaal_verhouding_klaar"] = round(k["klaar_ms"]["mediaan"] / b["klaar_ms"]["mediaan"], 2)
    uit["kaal_herhaald_t_o_v_scan_koud"] = round(k["herhaald_ms"]["mediaan"] / z["klaar_ms"]["mediaan"], 2)
    # Geschatte ondergrens van de koude start: deze bytes op een vol benutte lijn, plus het werk na de laatste byte.
    lijn_ms = 0.0 if lijn is None else z["bytes"]["mediaan"] * 8 / lijn[0] * 1000
    uit["ondergrens"] = {
        "lijn_ms": round(lijn_ms),
        "daarna_ms": z["daarna_ms"]["mediaan"],
        "samen_ms": round(lijn_ms + z["daarna_ms"]["mediaan"]),
        "doel_ms": round(DOELEN[naam] * b["klaar_ms"]["mediaan"]),
    }
    return uit


def doelen(resultaat: dict) -> dict:
    uit = {}
    for naam, r in resultaat["lijnen"].items():
        uit[f"{naam}: klaar ≤ {DOELEN[naam]} × basislijn"] = r["verhouding_klaar"] <= DOELEN[naam]
        uit[f"{naam}: herhaald ≤ 0,25 × koud"] = r["herhaald_t_o_v_koud"] <= 0.25
        uit[f"{naam}: scan ≤ 5 MB over de lijn"] = r["zelfscan"]["bytes"]["mediaan"] <= 5_000_000
        uit[f"{naam}: TBT ≤ 200 ms"] = r["zelfscan"]["tbt_ms"]["mediaan"] <= 200
        if "schuif_tot_uitkomst_ms" in r:
            uit[f"{naam}: schuif-tot-uitkomst p95 ≤ 16 ms"] = r["schuif_tot_uitkomst_ms"]["p95"] <= 16
    return uit


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--site", default=str(REPO / "site"))
    args.add_argument("--runs", type=int, default=3)
    args.add_argument("--bewegingen", type=int, default=30)
    args.add_argument("--lijnen", default=",".join(LIJNEN))
    args.add_argument("--zonder", default="", help="komma-lijst: br, voorcompressie, preload (een stap weglaten om hem te meten)")
    args.add_argument("--uit", default=str(REPO / "benchmarks" / "resultaten" / "zelfscan.json"))
    opties = args.parse_args()

    site = Path(opties.site)
    if not (site / "zelfscan" / "index.html").exists():
        print(f"Geen gebouwde site in {site}: draai eerst 'bash scripts/bouw.sh'.", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    resultaat = {
        "datum": time.strftime("%Y-%m-%d %H:%M"),
        "machine": {"cores": os.cpu_count(), "platform": platform.platform()},
        "server": "Debian nginx met deploy/nginx.conf",
        "lijnen": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        kopie = Path(tmp) / "site"
        zonder = {z for z in opties.zonder.split(",") if z}
        resultaat["zonder"] = sorted(zonder)
        bereid_voor(site, kopie, zonder)
        with Nginx(kopie) as nginx, sync_playwright() as p:
            for naam in opties.lijnen.split(","):
                resultaat["lijnen"][naam] = meet_lijn(p, nginx, naam, LIJNEN[naam], opties.runs, opties.bewegingen)
    resultaat["doelen"] = doelen(resultaat)
    Path(opties.uit).parent.mkdir(parents=True, exist_ok=True)
    Path(opties.uit).write_text(json.dumps(resultaat, indent=2, ensure_ascii=False), encoding="utf-8")

    print(f"\n{'lijn':9} {'pagina':10} {'klaar ms':>16} {'MB':>6} {'herhaald ms':>16} {'TBT ms':>8} {'verh.':>6}")
    for naam, r in resultaat["lijnen"].items():
        for groep, label in (("zelfscan", "scan"), ("basislijn_loadpyodide", "basislijn"), ("kale_runtime", "kaal")):
            g = r[groep]
            verh = f"{r['verhouding_klaar']:>6}" if groep == "zelfscan" else ""
            print(
                f"{naam:9} {label:10} {g['klaar_ms']['mediaan']:>8} ({g['klaar_ms']['p95']:>6}) {g['bytes']['mediaan'] / 1e6:>6.2f} "
                f"{g['herhaald_ms']['mediaan']:>8} ({g['herhaald_ms']['p95']:>6}) {g['tbt_ms']['mediaan']:>8} {verh}"
            )
        if "schuif_tot_uitkomst_ms" in r:
            v = r["schuif_tot_uitkomst_ms"]
            print(f"{naam:9} schuif-tot-uitkomst mediaan {v['mediaan']} ms, p95 {v['p95']} ms (n={v['n']})")
    print("(tussen haakjes: p95)")
    print(f"\n{'lijn':9} {'pagina':10} {'laatste byte':>12} {'daarna':>8}   ondergrens scan: lijn + daarna = samen (doel)")
    for naam, r in resultaat["lijnen"].items():
        o = r["ondergrens"]
        for groep, label in (("zelfscan", "scan"), ("basislijn_loadpyodide", "basislijn"), ("kale_runtime", "kaal")):
            g = r[groep]
            grens = f"   {o['lijn_ms']} + {o['daarna_ms']} = {o['samen_ms']} ms ({o['doel_ms']} ms)" if groep == "zelfscan" else ""
            print(f"{naam:9} {label:10} {g['laatste_byte_ms']['mediaan']:>12} {g['daarna_ms']['mediaan']:>8}{grens}")
    print("\nondergrens: de kale runtime (dezelfde worker en runtime in een lege pagina)")
    for naam, r in resultaat["lijnen"].items():
        print(
            f"{naam:9} klaar {r['kaal_verhouding_klaar']} × basislijn (doel {DOELEN[naam]}), "
            f"herhaald {r['kaal_herhaald_t_o_v_scan_koud']} × koud van de scan (doel 0,25)"
        )
    for doel, gehaald in resultaat["doelen"].items():
        print(f"{'✓' if gehaald else '✗'} {doel}")
    uit = Path(opties.uit)
    print(f"geschreven: {uit.relative_to(REPO) if uit.is_relative_to(REPO) else uit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
