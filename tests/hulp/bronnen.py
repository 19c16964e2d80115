"""De bronteksten in ../shared/bronnen lezen, los van data/*.yml.

Zo controleren de tests de data tegen de bron zelf, en niet tegen een tweede
kopie van dezelfde data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

AANHALINGSTEKENS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})


def witruimte(tekst: str) -> str:
    """Alle witruimte (ook regelafbrekingen) wordt één spatie."""
    return re.sub(r"\s+", " ", tekst).strip()


def normaal(tekst: str) -> str:
    """Witruimte samengevoegd en typografische aanhalingstekens recht."""
    return witruimte(tekst.translate(AANHALINGSTEKENS))


def zonder_afbreking(tekst: str) -> str:
    """Een woord dat met een streepje over twee regels is afgebroken weer aan
    elkaar ('domein-\\noverstijgend' -> 'domeinoverstijgend'), dan witruimte."""
    return witruimte(re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", tekst))


def zonder_witruimte(tekst: str) -> str:
    """Alle witruimte weg: voor tekst uit figuren, waar de extractie woorden
    midden in breekt ('bereid s / tappen')."""
    return re.sub(r"\s+", "", tekst)


# --- 003: de opgeschoonde Doe-Het-Zelf-checklist ----------------------------


@dataclass
class BronOpgave:
    nummer: int
    titel: str
    omschrijving: str = ""
    kansen: dict[int, str] = field(default_factory=dict)
    valkuilen: dict[int, str] = field(default_factory=dict)


_GENUMMERD = re.compile(r"^(?:-\s*)?(\d+)\.?\s+(.+?)\s*$")


def opgaven_uit_003(tekst: str) -> list[BronOpgave]:
    """De tien opgaven met hun genummerde kansen en valkuilen.

    De titels komen uit de opsomming "De tien opgaven voor de vervolgstap
    zijn:"; daarna begint een opgave bij een kop "N. Titel" (of "N Titel"),
    kiezen de regels "Kans" en "Valkuil" de soort, en is elke genummerde regel
    (ook "- N. tekst") een item. Het hoofdstuk eindigt bij "En nu?"."""
    regels = [r.strip() for r in tekst.splitlines()]
    start = regels.index("De tien opgaven voor de vervolgstap zijn:") + 1
    titels: list[str] = []
    i = start
    while len(titels) < 10:
        m = _GENUMMERD.match(regels[i])
        if m and int(m.group(1)) == len(titels) + 1:
            titels.append(m.group(2))
        elif regels[i]:
            raise AssertionError(f"onverwachte regel in de opsomming van opgaven: {regels[i]!r}")
        i += 1

    opgaven: list[BronOpgave] = []
    soort: str | None = None
    for regel in regels[i:]:
        if regel == "En nu?":
            break
        m = _GENUMMERD.match(regel)
        volgende = len(opgaven) + 1
        if m and volgende <= 10 and int(m.group(1)) == volgende and m.group(2) == titels[volgende - 1]:
            opgaven.append(BronOpgave(volgende, titels[volgende - 1]))
            soort = None
        elif regel in ("Kans", "Valkuil"):
            soort = "kansen" if regel == "Kans" else "valkuilen"
        elif m and soort and re.match(r"^(?:-\s*)?\d+\.\s", regel):
            getattr(opgaven[-1], soort)[int(m.group(1))] = m.group(2)
        elif regel and opgaven and soort is None and not opgaven[-1].omschrijving:
            opgaven[-1].omschrijving = regel
    return opgaven


def waarden_uit_003(tekst: str) -> dict[int, tuple[str, str]]:
    """De tien waarden: nummer -> (naam, tekst), uit '1. **Naam:** tekst'."""
    uit = {}
    for m in re.finditer(r"^(\d+)\. \*\*(.+?):\*\* (.+?)\s*$", tekst, re.MULTILINE):
        uit[int(m.group(1))] = (m.group(2), m.group(3))
    return uit
