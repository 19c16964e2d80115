"""Lighthouse-rapport (geen test): scores per paginatype tegen de gebouwde site.

    .venv/bin/python -m benchmarks.lighthouse [--site site]

Installeert Lighthouse (vastgepind in benchmarks/lighthouse/package.json) met
`npm ci` als dat nog niet gebeurd is, draait het met Debian's chromium en
schrijft de scores voor performance, accessibility, best-practices en SEO naar
benchmarks/resultaten/lighthouse.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.hulp.browser import CHROMIUM, CHROMIUM_VLAGGEN, Server
from tests.hulp.paden import REPO

MAP = REPO / "benchmarks" / "lighthouse"
PAGINATYPEN = {
    "home": "",
    "opgave": "opgaven/open-podium/",
    "profiel": "profielen/participatieve-gemeente/",
    "praktijk": "praktijk/nijmegen/",
    "begrippen": "begrippen/",
    "zelfscan": "zelfscan/",
    "volwassenheidsscan": "zelfscan/volwassenheid/",
}
CATEGORIEEN = ("performance", "accessibility", "best-practices", "seo")


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--site", default=str(REPO / "site"))
    args.add_argument("--uit", default=str(REPO / "benchmarks" / "resultaten" / "lighthouse.json"))
    opties = args.parse_args()
    site = Path(opties.site)
    if not (site / "index.html").exists():
        print(f"Geen gebouwde site in {site}: draai eerst 'bash scripts/bouw.sh'.", file=sys.stderr)
        return 2
    if not (MAP / "node_modules" / ".bin" / "lighthouse").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=MAP, check=True)

    vlaggen = " ".join(["--headless=new", *CHROMIUM_VLAGGEN])
    scores = {}
    with Server(site) as server, tempfile.TemporaryDirectory() as tmp:
        for naam, pad in PAGINATYPEN.items():
            rapport = Path(tmp) / f"{naam}.json"
            subprocess.run(
                [
                    str(MAP / "node_modules" / ".bin" / "lighthouse"),
                    server.url + pad,
                    "--output=json",
                    f"--output-path={rapport}",
                    f"--chrome-flags={vlaggen}",
                    "--quiet",
                    f"--only-categories={','.join(CATEGORIEEN)}",
                ],
                env={**os.environ, "CHROME_PATH": CHROMIUM},
                check=True,
                timeout=300,
            )
            data = json.loads(rapport.read_text())
            scores[naam] = {c: round(100 * data["categories"][c]["score"]) for c in CATEGORIEEN}
    Path(opties.uit).write_text(json.dumps(scores, indent=2), encoding="utf-8")
    print(f"{'paginatype':20}" + "".join(f"{c:>16}" for c in CATEGORIEEN))
    for naam, s in scores.items():
        print(f"{naam:20}" + "".join(f"{s[c]:>16}" for c in CATEGORIEEN))
    print(
        "Let op: lokaal geserveerd zonder compressie of cachekoppen; de performancescore is daardoor lager dan achter nginx (deploy/nginx.conf)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
