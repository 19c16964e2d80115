"""Herhaling meten (geen test): welk deel van de eigen zinnen staat op meer dan één pagina?

    .venv/bin/python -m benchmarks.herhaling [--site site] [--basis 12ecf8c] [--geen-basis]

Leest de gebouwde site (bash scripts/bouw.sh of mkdocs build), neemt per pagina de
lopende tekst in het artikel (p, li, dd; geen koppen, tabellen, citaatblokken,
bronregels of checklistitems) en knipt die in zinnen van zes woorden of meer.
Zinnen die letterlijk uit de bronnen komen (de 97 items, de waarden, de cellen en
fasen van het volwassenheidsmodel, de typering, kenmerken en opdracht van de
profielen) tellen niet mee: dat is geciteerde data, geen eigen tekst.

Als basis bouwt het script dezelfde meting op een eerdere versie (standaard
12ecf8c, de versie die de redactiereview las) in een tijdelijke map, in dezelfde
run. Twee maten: het deel van de verschillende eigen zinnen dat op meer dan één
pagina staat, en het deel van alle gelezen eigen zinnen dat ook elders staat (de
maat van de redactiereview). Schrijft benchmarks/resultaten/herhaling.json.
Doel: beide onder 10 %; de exitcode is 2 als de gelezen-maat erboven zit.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

from wijktool.laden import laad_handboek

REPO = Path(__file__).resolve().parent.parent

BLOKKEN = {"p", "li", "dd"}
OVERSLAAN_TAGS = {"table", "blockquote", "script", "style", "svg", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "noscript", "summary"}
OVERSLAAN_KLASSEN = {"bronregel", "bronvermelding", "bronnenlijst", "checklist", "headerlink", "md-source-file", "voorbeelden-kort"}
MIN_WOORDEN = 6
ZINGRENS = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9ÉÈ'‘“\"(])")


class Artikel(HTMLParser):
    """Verzamelt de lopende tekst binnen <article>, per blok."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_artikel = 0
        self.overslaan: list[str] = []
        self.blokken: list[list[str]] = []
        self.teksten: list[str] = []

    def handle_starttag(self, tag, attrs):
        attr = dict(attrs)
        if tag == "article":
            self.in_artikel += 1
        if not self.in_artikel or tag in ("br", "input", "img", "hr", "meta", "link"):
            return
        klassen = set((attr.get("class") or "").split())
        if self.overslaan or tag in OVERSLAAN_TAGS or klassen & OVERSLAAN_KLASSEN:
            self.overslaan.append(tag)
            return
        if tag in BLOKKEN:
            self.blokken.append([])

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_artikel -= 1
            return
        if not self.in_artikel:
            return
        if self.overslaan:
            if self.overslaan[-1] == tag:
                self.overslaan.pop()
            return
        if tag in BLOKKEN and self.blokken:
            tekst = " ".join("".join(self.blokken.pop()).split())
            if tekst:
                self.teksten.append(tekst)

    def handle_data(self, data):
        if self.in_artikel and not self.overslaan and self.blokken:
            self.blokken[-1].append(data)


def normaal(zin: str) -> str:
    return " ".join(re.sub(r"[‘’“”\"']", "", zin).split()).casefold()


def letterlijk(data: Path) -> list[str]:
    hb = laad_handboek(data)
    teksten = [i.tekst for o in hb.opgaven for i in o.items] + [o.omschrijving for o in hb.opgaven]
    teksten += [w.tekst for w in hb.waarden] if hasattr(hb, "waarden") else []
    teksten += [c.tekst for t in hb.themas for c in t.cellen] + [f.omschrijving for f in hb.fases]
    for p in hb.profielen:
        teksten += [p.typering, p.opdracht] + [s.kenmerk for s in p.standen]
    return [normaal(t) for t in teksten]


def zinnen(tekst: str) -> list[str]:
    return [z.strip() for z in ZINGRENS.split(tekst) if len(z.split()) >= MIN_WOORDEN]


def meet(site: Path, data: Path) -> dict:
    bron = letterlijk(data)
    citaten = [b.citaat for b in laad_handboek(data).bronnen]
    paginas: dict[str, set[str]] = defaultdict(set)
    tellen: dict[str, int] = defaultdict(int)
    voorkomens = 0
    volledige_verwijzingen = 0
    for pad in sorted(site.rglob("index.html")):
        if "assets" in pad.parts:
            continue
        naam = str(pad.relative_to(site).parent)
        html = pad.read_text(encoding="utf-8")
        volledige_verwijzingen += sum(html.count(c.replace("&", "&amp;")) for c in citaten)
        lezer = Artikel()
        lezer.feed(html)
        for blok in lezer.teksten:
            for zin in zinnen(blok):
                sleutel = normaal(zin)
                if any(sleutel in b for b in bron):
                    continue
                voorkomens += 1
                tellen[sleutel] += 1
                paginas[sleutel].add(naam)
    herhaald = {z: p for z, p in paginas.items() if len(p) > 1}
    return {
        "eigen_zinnen": len(paginas),
        "op_meer_paginas": len(herhaald),
        "aandeel_procent": round(100 * len(herhaald) / max(len(paginas), 1), 1),
        "voorkomens": voorkomens,
        # Zoals de lezer het ziet: van alle gelezen eigen zinnen, hoeveel staan ook op een andere pagina?
        "aandeel_gelezen_procent": round(100 * sum(tellen[z] for z in herhaald) / max(voorkomens, 1), 1),
        "volledige_bronbeschrijvingen": volledige_verwijzingen,
        "vaakst_herhaald": sorted(((len(p), z[:90]) for z, p in herhaald.items()), reverse=True)[:10],
    }


def bouw_basis(rev: str, map_: Path) -> Path:
    """Bouwt versie `rev` in een tijdelijke map, met dezelfde .venv en node_modules."""
    subprocess.run(f"git -C {REPO} archive {rev} | tar -x -C {map_}", shell=True, check=True)
    (map_ / "node_modules").symlink_to(REPO / "node_modules")
    omgeving = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [str(REPO / ".venv" / "bin" / "mkdocs"), "build", "-q", "-f", str(map_ / "mkdocs.yml"), "-d", str(map_ / "site")],
        cwd=map_,
        check=True,
        env=omgeving,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return map_


def toon(naam: str, m: dict) -> None:
    print(
        f"{naam}: {m['op_meer_paginas']} van {m['eigen_zinnen']} eigen zinnen op meer dan één pagina = {m['aandeel_procent']} %"
        f"; van {m['voorkomens']} gelezen zinnen {m['aandeel_gelezen_procent']} % herhaald;"
        f" {m['volledige_bronbeschrijvingen']} volledige bronbeschrijvingen"
    )
    for aantal, zin in m["vaakst_herhaald"][:5]:
        print(f"    {aantal}× {zin}")


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--site", default=str(REPO / "site"))
    args.add_argument("--basis", default="12ecf8c", help="git-revisie om mee te vergelijken")
    args.add_argument("--geen-basis", action="store_true")
    args.add_argument("--uit", default=str(REPO / "benchmarks" / "resultaten" / "herhaling.json"))
    opties = args.parse_args()
    site = Path(opties.site)
    if not (site / "index.html").is_file():
        print(f"Geen gebouwde site in {site}: draai eerst bash scripts/bouw.sh", file=sys.stderr)
        return 1
    uitkomst = {"doel_procent": 10, "min_woorden": MIN_WOORDEN, "nu": meet(site, REPO / "data")}
    toon("nu", uitkomst["nu"])
    if not opties.geen_basis:
        with tempfile.TemporaryDirectory() as tmp:
            basis = bouw_basis(opties.basis, Path(tmp))
            uitkomst["basis"] = {"revisie": opties.basis, **meet(basis / "site", basis / "data")}
        toon(f"basis {opties.basis}", uitkomst["basis"])
    Path(opties.uit).write_text(json.dumps(uitkomst, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"geschreven: {opties.uit}")
    # Het doel geldt voor de strengste van de twee maten: de zinnen zoals de lezer ze leest
    # (zo telde de redactiereview: 23,5 % op 12ecf8c; dit script geeft daar 24,7 %).
    return 0 if uitkomst["nu"]["aandeel_gelezen_procent"] < uitkomst["doel_procent"] else 2


if __name__ == "__main__":
    raise SystemExit(main())
