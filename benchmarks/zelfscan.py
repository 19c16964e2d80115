"""Benchmark van de zelfscan (geen test): meet en schrijft de cijfers weg.

    .venv/bin/python -m benchmarks.zelfscan [--runs 5] [--bewegingen 30]

Meet in Debian's headless chromium, tegen de gebouwde site (bash scripts/bouw.sh):
- koude start tot het eerste Python-antwoord en tot "klaar" (elke run een nieuwe
  browsercontext, dus een lege cache);
- total blocking time (som van long tasks − 50 ms) tot "klaar";
- schuif-tot-uitkomst: van de input-gebeurtenis tot de nieuwe ranking in de DOM;
- dezelfde start voor een kale loadPyodide-pagina (hoofdthread) als basislijn.
Schrijft benchmarks/resultaten/zelfscan.json en print een tabel.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.hulp.browser import CHROMIUM, CHROMIUM_VLAGGEN, Server
from tests.hulp.paden import REPO

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

BASISLIJN_HTML = """<!doctype html><meta charset="utf-8"><title>basislijn</title>
<script type="module">
import { loadPyodide } from "../assets/pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: new URL("../assets/pyodide/", location.href).href });
py.runPython("1 + 1");
window.__meting.fases.klaar = performance.now();
window.__meting.fases.start = window.__meting.fases.klaar;
</script>"""

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


def tbt(longtasks: list, tot: float) -> float:
    return sum(max(0.0, d - 50) for s, d in longtasks if s < tot)


def p95(waarden: list[float]) -> float:
    rij = sorted(waarden)
    return rij[min(len(rij) - 1, round(0.95 * (len(rij) - 1)))]


def koude_start(browser, url: str) -> dict:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(METER)
        page.goto(url)
        page.wait_for_function("window.__meting.fases.klaar !== undefined", timeout=120_000)
        meting = page.evaluate("window.__meting")
        klaar = meting["fases"]["klaar"]
        return {
            "eerste_python_ms": meting["fases"].get("start", klaar),
            "klaar_ms": klaar,
            "tbt_ms": tbt(meting["longtasks"], klaar),
            "page": page,
            "context": context,
        }
    except Exception:
        context.close()
        raise


def samenvatting(waarden: list[float]) -> dict:
    return {
        "mediaan": round(statistics.median(waarden), 1),
        "p95": round(p95(waarden), 1),
        "min": round(min(waarden), 1),
        "max": round(max(waarden), 1),
        "n": len(waarden),
    }


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--site", default=str(REPO / "site"))
    args.add_argument("--runs", type=int, default=5)
    args.add_argument("--bewegingen", type=int, default=30)
    args.add_argument("--uit", default=str(REPO / "benchmarks" / "resultaten" / "zelfscan.json"))
    opties = args.parse_args()

    site = Path(opties.site)
    if not (site / "zelfscan" / "index.html").exists():
        print(f"Geen gebouwde site in {site}: draai eerst 'bash scripts/bouw.sh'.", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        kopie = Path(tmp) / "site"
        shutil.copytree(site, kopie)
        # De basislijn is de kale npm-Pyodide, met de gewone stdlib-zip (die de site zelf niet meelevert).
        shutil.copy2(REPO / "node_modules" / "pyodide" / "python_stdlib.zip", kopie / "assets" / "pyodide" / "python_stdlib.zip")
        (kopie / "basislijn").mkdir()
        (kopie / "basislijn" / "index.html").write_text(BASISLIJN_HTML, encoding="utf-8")

        with Server(kopie) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_VLAGGEN, headless=True)
            scan_runs, basis_runs, latenties = [], [], []
            for run in range(opties.runs):
                # afwisselend, zodat beide dezelfde omstandigheden treffen
                b = koude_start(browser, server.url + "basislijn/")
                b["context"].close()
                basis_runs.append({k: v for k, v in b.items() if k not in ("page", "context")})
                s = koude_start(browser, server.url + "zelfscan/")
                if run == 0:
                    page = s["page"]
                    schuiven = [
                        "positionering-intern",
                        "proces-binnen-gemeente",
                        "proces-met-bewoners",
                        "bestuur-en-politiek",
                        "communicatie",
                    ]
                    for i in range(opties.bewegingen):
                        latenties.append(page.evaluate(BEWEGING, [schuiven[i % 5], (i * 3) % 11]))
                        page.wait_for_timeout(30)
                s["context"].close()
                scan_runs.append({k: v for k, v in s.items() if k not in ("page", "context")})
            browser.close()

    resultaat = {
        "datum": time.strftime("%Y-%m-%d %H:%M"),
        "machine": {"cores": __import__("os").cpu_count(), "platform": platform.platform()},
        "zelfscan": {k: samenvatting([r[k] for r in scan_runs]) for k in ("eerste_python_ms", "klaar_ms", "tbt_ms")},
        "basislijn_loadpyodide": {k: samenvatting([r[k] for r in basis_runs]) for k in ("klaar_ms", "tbt_ms")},
        "schuif_tot_uitkomst_ms": samenvatting(latenties),
    }
    resultaat["verhouding_klaar_t_o_v_basislijn"] = round(
        resultaat["zelfscan"]["klaar_ms"]["mediaan"] / resultaat["basislijn_loadpyodide"]["klaar_ms"]["mediaan"], 2
    )
    Path(opties.uit).parent.mkdir(parents=True, exist_ok=True)
    Path(opties.uit).write_text(json.dumps(resultaat, indent=2), encoding="utf-8")

    print(f"{'meting':40} {'mediaan':>9} {'p95':>9} {'n':>4}")
    for groep in ("zelfscan", "basislijn_loadpyodide"):
        for k, v in resultaat[groep].items():
            print(f"{groep + ' ' + k:40} {v['mediaan']:>9} {v['p95']:>9} {v['n']:>4}")
    v = resultaat["schuif_tot_uitkomst_ms"]
    print(f"{'schuif tot uitkomst (ms)':40} {v['mediaan']:>9} {v['p95']:>9} {v['n']:>4}")
    print(f"klaar t.o.v. basislijn: {resultaat['verhouding_klaar_t_o_v_basislijn']} (doel ≤ 0,5)")
    print(f"geschreven: {Path(opties.uit).relative_to(REPO) if Path(opties.uit).is_relative_to(REPO) else opties.uit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
