"""De volwassenheidsscan: per thema een fase (1–4), en wat dat samen zegt.

Alleen standaardbibliotheek: dit module draait ongewijzigd in Pyodide.

Zo rekent de scan (ook uitgelegd op de pagina zelfscan/volwassenheid/):

* Per thema kiest de lezer de fase waarvan de tekst het best past. Een thema
  zonder fase is nog niet beantwoord: het telt nergens mee. De scan begint leeg.
* Totaalbeeld: de fase waarin de meeste beantwoorde thema's staan. Staan er evenveel
  thema's in twee of meer fases, dan telt de laagste van die fases: een
  organisatie is zo ver als het grootste deel van haar thema's, en bij twijfel
  rekenen we niet rijker.
* Aandacht nodig: de thema's in de laagste gekozen fase, maar alleen als niet
  alle thema's in dezelfde fase staan. Die thema's houden de rest tegen.
* Volgende stap per thema: de tekst van de cel in de volgende fase. In fase 4
  is er geen volgende fase meer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..model.handboek import Handboek
from ..model.velden import typenaam
from ..weergave import volwassenheidsscan as weergave
from .contract import OngeldigeInvoer, Scan, getal_per_sleutel


class OngeldigeKeuze(OngeldigeInvoer):
    """Een onbekend thema of een fase buiten 1–4."""


def lees(hb: Handboek, ruw: object) -> dict[str, int]:
    """Controleer de keuzes: per beantwoord thema een fase 1–4. Een thema mag
    ontbreken (of None zijn): dan is het nog niet beantwoord. Volgorde: die van de thema's."""
    if not isinstance(ruw, Mapping):
        raise OngeldigeKeuze(f"verwacht een fase per thema, niet {typenaam(ruw)}")
    beantwoord = {k: w for k, w in ruw.items() if w is not None}
    slugs = [t.slug for t in hb.themas if t.slug in beantwoord]
    fases = [f.nummer for f in hb.fases]
    onbekend = sorted(set(map(str, beantwoord)) - {t.slug for t in hb.themas})
    if onbekend:
        raise OngeldigeKeuze(f"onbekend thema: {', '.join(onbekend)}")
    return getal_per_sleutel(beantwoord, slugs, min(fases), max(fases), OngeldigeKeuze, "thema", "fase", "onbekend")


def begin(hb: Handboek) -> dict[str, int]:
    """Het begin: nog geen enkel thema beantwoord (geen fase vooraf gekozen)."""
    return {}


def totaalbeeld(gekozen: Mapping[str, int]) -> int:
    telling = Counter(gekozen.values())
    meeste = max(telling.values())
    return min(fase for fase, aantal in telling.items() if aantal == meeste)


def aandacht(gekozen: Mapping[str, int]) -> list[str]:
    laagste = min(gekozen.values())
    if laagste == max(gekozen.values()):
        return []
    return [slug for slug, fase in gekozen.items() if fase == laagste]


def reken(hb: Handboek, gekozen: Mapping[str, int]) -> dict:
    """De hele uitkomst als gewone dict (JSON-baar). Alleen beantwoorde thema's
    krijgen een uitkomst; zonder antwoord is er nog geen totaalbeeld."""
    hoogste = max(f.nummer for f in hb.fases)
    themas = []
    for thema in hb.themas:
        if thema.slug not in gekozen:
            continue
        fase = gekozen[thema.slug]
        volgende = None
        if fase < hoogste:
            volgende = {"fase": fase + 1, "naam": hb.fase(fase + 1).naam, "tekst": thema.cel(fase + 1).tekst}
        themas.append(
            {
                "thema": thema.slug,
                "naam": thema.naam,
                "fase": fase,
                "fasenaam": hb.fase(fase).naam,
                "tekst": thema.cel(fase).tekst,
                "volgende": volgende,
            }
        )
    beantwoord = {"aantal": len(gekozen), "van": len(hb.themas)}
    if not gekozen:
        return {"themas": [], "totaal": None, "aandacht": [], "beantwoord": beantwoord}
    totaal = totaalbeeld(gekozen)
    return {
        "themas": themas,
        "totaal": {"fase": totaal, "naam": hb.fase(totaal).naam, "spreiding": max(gekozen.values()) - min(gekozen.values())},
        "aandacht": aandacht(gekozen),
        "beantwoord": beantwoord,
    }


SCAN = Scan.van(__name__, weergave, woord="keuzes", versie=2)
