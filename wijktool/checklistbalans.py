"""De balans van de afvinklijst: per opgave de aanwezige kansen en valkuilen.

Alleen standaardbibliotheek: dit module draait ongewijzigd in Pyodide.

Zo rekent de balans (ook uitgelegd op de pagina zelfscan/checklist/):

* Per opgave telt de balans de aangevinkte kansen ("deze kans is er bij ons")
  en de aangevinkte valkuilen ("deze valkuil komt bij ons voor").
* Aandachtsscore = aandeel aanwezige valkuilen − aandeel aanwezige kansen,
  van −1 (alle kansen, geen valkuil) tot +1 (alle valkuilen, geen kans).
* Volgorde: hoogste aandachtsscore eerst; bij gelijke score eerst de opgave
  met de meeste aanwezige valkuilen, daarna het nummer van de opgave.
"""

from __future__ import annotations

from typing import Iterable

from .model import Handboek


class OngeldigeAfvinking(ValueError):
    """Een itemnummer dat niet bestaat of geen geheel getal is."""


def aangevinkt(hb: Handboek, ruw: Iterable[object]) -> set[int]:
    bekend = {i.nr for i in hb.items}
    uit = set()
    for nr in ruw:
        if not isinstance(nr, int) or isinstance(nr, bool) or nr not in bekend:
            raise OngeldigeAfvinking(f"{nr!r} is geen itemnummer van 1 tot {max(bekend)}")
        uit.add(nr)
    return uit


def balans(hb: Handboek, ruw: Iterable[object]) -> dict:
    vinkjes = aangevinkt(hb, ruw)
    rijen = []
    for o in hb.opgaven:
        kansen = sum(1 for i in o.kansen if i.nr in vinkjes)
        valkuilen = sum(1 for i in o.valkuilen if i.nr in vinkjes)
        score = valkuilen / len(o.valkuilen) - kansen / len(o.kansen)
        rijen.append({
            "opgave": o.slug,
            "nummer": o.nummer,
            "titel": o.titel,
            "kansen": kansen,
            "kansen_totaal": len(o.kansen),
            "valkuilen": valkuilen,
            "valkuilen_totaal": len(o.valkuilen),
            "aandacht": round(score, 4),
        })
    rijen.sort(key=lambda r: (-r["aandacht"], -r["valkuilen"], r["nummer"]))
    return {"opgaven": rijen, "aangevinkt": len(vinkjes)}
