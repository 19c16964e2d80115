"""De afvinklijst: per opgave de aanwezige kansen en valkuilen (de balans).

Alleen standaardbibliotheek: dit module draait ongewijzigd in Pyodide.

Zo rekent de balans (ook uitgelegd op de pagina zelfscan/checklist/):

* Per opgave telt de balans de aangevinkte kansen ("deze kans is er bij ons")
  en de aangevinkte valkuilen ("deze valkuil komt bij ons voor").
* Aandachtsscore = aandeel aanwezige valkuilen − aandeel aanwezige kansen,
  van −1 (alle kansen, geen valkuil) tot +1 (alle valkuilen, geen kans).
* Is bij een opgave nog niets aangevinkt, dan is er niets te wegen: het oordeel
  zegt dat (data/scans.yml), niet "in evenwicht".
* Volgorde: hoogste aandachtsscore eerst; bij gelijke score eerst de opgave
  met de meeste aanwezige valkuilen, daarna het nummer van de opgave.
"""

from __future__ import annotations

from ..model.handboek import Handboek
from ..model.velden import typenaam
from ..weergave import afvinklijst as weergave
from .contract import OngeldigeInvoer, Scan


class OngeldigeAfvinking(OngeldigeInvoer):
    """Een itemnummer dat niet bestaat of geen geheel getal is."""


def lees(hb: Handboek, ruw: object) -> list[int]:
    """De aangevinkte itemnummers, oplopend en elk één keer."""
    if not isinstance(ruw, (list, tuple, set, frozenset)):
        raise OngeldigeAfvinking(f"verwacht een lijst met itemnummers, niet {typenaam(ruw)}")
    bekend = {i.nr for i in hb.items}
    uit = set()
    for nr in ruw:
        if not isinstance(nr, int) or isinstance(nr, bool) or nr not in bekend:
            raise OngeldigeAfvinking(f"{nr!r} is geen itemnummer van 1 tot {max(bekend)}")
        uit.add(nr)
    return sorted(uit)


def begin(hb: Handboek) -> list[int]:
    return []


def reken(hb: Handboek, aangevinkte: list[int]) -> dict:
    vinkjes = set(aangevinkte)
    rijen = []
    for o in hb.opgaven:
        kansen = sum(1 for i in o.kansen if i.nr in vinkjes)
        valkuilen = sum(1 for i in o.valkuilen if i.nr in vinkjes)
        score = valkuilen / len(o.valkuilen) - kansen / len(o.kansen)
        rijen.append(
            {
                "opgave": o.slug,
                "nummer": o.nummer,
                "titel": o.titel,
                "kansen": kansen,
                "kansen_totaal": len(o.kansen),
                "valkuilen": valkuilen,
                "valkuilen_totaal": len(o.valkuilen),
                "aandacht": round(score, 4),
                "oordeel": hb.regels.oordeel(score) if kansen + valkuilen else hb.regels.niets_aangevinkt,
            }
        )
    rijen.sort(key=lambda r: (-r["aandacht"], -r["valkuilen"], r["nummer"]))
    return {"opgaven": rijen, "aangevinkt": len(vinkjes), "items": len(hb.items)}


SCAN = Scan.van(__name__, weergave, woord="vinkjes", versie=2)
