"""Paginabudget (geen test): per pagina het aantal verzoeken en de overgedragen bytes.

    .venv/bin/python benchmarks/paginabudget.py [--site site]

Laadt elke pagina van de gebouwde site in een verse browsercontext (lege cache)
in Debian's chromium, wacht bij scanpagina's tot Python klaar is, en telt alle
verzoeken (ook die van workers). Schrijft benchmarks/resultaten/paginabudget.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from _browser import CHROMIUM, CHROMIUM_VLAGGEN, Server  # noqa: E402

SCANS = ("zelfscan/", "zelfscan/volwassenheid/", "zelfscan/checklist/", "zelfscan/samen/")
PYODIDE = ("pyodide", "python_stdlib", ".whl", "model.json", ".snap")


def paginas(site: Path) -> list[str]:
    paden = sorted(str(p.relative_to(site).parent) for p in site.rglob("index.html") if "assets" not in p.parts)
    return ["" if p == "." else p + "/" for p in paden]


def meet(browser, url: str, scan: bool) -> dict:
    context = browser.new_context()
    verzoeken: list[tuple[str, int]] = []

    def klaar(antwoord):
        try:
            grootte = len(antwoord.body())
        except Exception:  # noqa: BLE001 - bv. een afgebroken verzoek
            grootte = int(antwoord.headers.get("content-length", 0))
        verzoeken.append((antwoord.url, grootte))

    context.on("response", klaar)
    page = context.new_page()
    page.goto(url)
    if scan:
        page.wait_for_selector("html[data-wijktool=klaar]", state="attached", timeout=120_000)
    page.wait_for_load_state("networkidle")
    context.close()
    return {
        "verzoeken": len(verzoeken),
        "bytes": sum(g for _, g in verzoeken),
        "pyodide": any(any(t in u for t in PYODIDE) for u, _ in verzoeken),
        "grootste": sorted(((g, u.split("/", 3)[-1]) for u, g in verzoeken), reverse=True)[:3],
    }


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--site", default=str(REPO / "site"))
    args.add_argument("--uit", default=str(REPO / "benchmarks" / "resultaten" / "paginabudget.json"))
    opties = args.parse_args()
    site = Path(opties.site)
    if not (site / "index.html").exists():
        print(f"Geen gebouwde site in {site}: draai eerst 'bash scripts/bouw.sh'.", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    uitkomst = {}
    with Server(site) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_VLAGGEN, headless=True)
        for pad in paginas(site):
            uitkomst[pad or "/"] = meet(browser, server.url + pad, pad in SCANS)
        browser.close()
    Path(opties.uit).write_text(json.dumps(uitkomst, indent=2), encoding="utf-8")
    print(f"{'pagina':45} {'verzoeken':>9} {'kB':>9}  pyodide")
    for pad, m in uitkomst.items():
        print(f"{pad:45} {m['verzoeken']:>9} {m['bytes'] / 1024:>9.0f}  {'ja' if m['pyodide'] else '-'}")
    gewone = [m["bytes"] for p, m in uitkomst.items() if p not in SCANS]
    print(f"gewone pagina's: grootste {max(gewone) / 1024:.0f} kB, mediaan {sorted(gewone)[len(gewone) // 2] / 1024:.0f} kB (budget 1024 kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
