"""De eigen tekst van het handboek, zonder citaten uit de bronnen.

Gedeeld door tests/test_stijl.py en benchmarks/herhaling.py. Citaten zijn vrij:
een citaatblok (`> ...`, `??? quote`), tekst tussen aanhalingstekens, en de
datavelden die letterlijk uit een bron komen (items, waarden, cellen, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wijktool.model import Handboek

# Tekst tussen aanhalingstekens is een citaat of een naam uit de bron. Een
# apostrof in een woord (wijkagenda's, 's avonds) opent geen citaat.
_CITAAT = re.compile(r"(?<![\w])'[^'\n]*?'(?![\w])|‘[^’\n]*?’|\"[^\"\n]*?\"|“[^”\n]*?”")
_MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_LINK = re.compile(r"\]\([^)]*\)")
_HTML = re.compile(r"<[^>]+>")
_CODE = re.compile(r"`[^`]*`")


@dataclass(frozen=True)
class Regel:
    plek: str  # bv. "docs/index.md:12" of "data/voorbeelden.yml → gouda-goudapot → tekst"
    tekst: str


def zonder_citaten(tekst: str) -> str:
    return _CITAAT.sub(" ", tekst)


def markdown_regels(pad: Path, naam: str) -> list[Regel]:
    """Eigen tekst per regel uit één Markdown-pagina."""
    uit: list[Regel] = []
    regels = pad.read_text(encoding="utf-8").splitlines()
    in_code = in_voorkop = False
    citaat_inspringing: int | None = None
    for nr, regel in enumerate(regels, 1):
        kaal = regel.strip()
        if nr == 1 and kaal == "---":
            in_voorkop = True
            continue
        if in_voorkop:
            in_voorkop = kaal != "---"
            continue
        if kaal.startswith("```"):
            in_code = not in_code
            continue
        inspringing = len(regel) - len(regel.lstrip())
        if citaat_inspringing is not None:
            if kaal and inspringing <= citaat_inspringing:
                citaat_inspringing = None
            else:
                continue
        if re.match(r"(\?\?\?|!!!)\+? quote\b", kaal):
            citaat_inspringing = inspringing
            continue
        if in_code or kaal.startswith(">"):
            continue
        tekst = _HTML.sub(" ", _LINK.sub("]", _CODE.sub(" ", _MACRO.sub(" ", regel))))
        tekst = zonder_citaten(tekst)
        if tekst.strip():
            uit.append(Regel(f"{naam}:{nr}", tekst))
    return uit


def data_regels(hb: Handboek) -> list[Regel]:
    """De tekstvelden in data/ die het handboek zelf schreef. Niet: de 97 items,
    de waarden, de cellen en fasen van het volwassenheidsmodel, en de typering,
    standen en opdracht van de profielen; die komen letterlijk uit de bron."""
    velden: list[tuple[str, str | None]] = []
    for v in hb.voorbeelden:
        velden += [(f"data/voorbeelden.yml → {v.slug} → titel", v.titel), (f"data/voorbeelden.yml → {v.slug} → tekst", v.tekst)]
    for g in hb.gemeenten:
        for veld in ("samenvatting", "wijkomvang", "eenheid", "formatie", "plek", "wijkbudget", "wijkbudget_opmerking"):
            velden.append((f"data/gemeenten.yml → {g.slug} → {veld}", getattr(g, veld)))
    for b in hb.begrippen:
        velden.append((f"data/begrippen.yml → {b.term} → uitleg", b.uitleg))
    for k in hb.koppelingen:
        velden.append((f"data/koppelingen.yml → {k.schuif}/{k.opgave} → reden", k.reden))
    for s in hb.schuiven:
        velden += [(f"data/schuiven.yml → {s.slug} → {veld}", getattr(s, veld)) for veld in ("vraag", "laag", "hoog")]
    for t in hb.themas:
        velden.append((f"data/volwassenheid.yml → {t.slug} → omschrijving", t.omschrijving))
    return [Regel(plek, zonder_citaten(tekst)) for plek, tekst in velden if tekst]


def alle_regels(repo: Path, hb: Handboek) -> list[Regel]:
    docs = repo / "docs"
    regels: list[Regel] = []
    for pad in sorted(docs.rglob("*.md")):
        regels += markdown_regels(pad, str(pad.relative_to(repo)))
    return regels + data_regels(hb)
