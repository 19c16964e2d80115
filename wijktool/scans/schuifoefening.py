"""De schuifoefening: op welk profiel lijkt een mengpaneel?

Alleen standaardbibliotheek: dit module draait ongewijzigd in Pyodide.

Zo rekent de zelfscan (ook uitgelegd op de pagina zelfscan/):

* Een paneel is een stand (0–10) per schuif. Een profiel is dat ook.
* Afstand tot een profiel: de gewone (euclidische) afstand tussen de twee
  rijtjes van vijf standen, d = √(Σ (paneel − profiel)²).
* De grootst mogelijke afstand is √(5 × 10²) ≈ 22,4 (elke schuif 0 tegen 10).
* Overeenkomst = 100 × (1 − d / grootste afstand), afgerond op een heel getal.
  Gelijke standen geven 100; het verst mogelijke paneel geeft 0.
* De volgorde: kleinste afstand eerst; bij gelijke afstand de volgorde van
  de profielen in de bron. Zo is de uitkomst altijd dezelfde.
* Een schuif dichter bij een profiel zetten verkleint d, dus de overeenkomst
  met dat profiel daalt nooit.

Wat laag, midden en hoog is, de waarnemingen en hun teksten, en vanaf welk
verschil er een gat is, staan in data/scans.yml (Handboek.regels).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from ..model.handboek import STAND_MAX, STAND_MIDDEN, STAND_MIN, Handboek, Voorwaarde
from ..weergave import schuifoefening as weergave
from .contract import OngeldigeInvoer, Scan, getal_per_sleutel

PANELEN = ("huidig", "ambitie")


class OngeldigPaneel(OngeldigeInvoer):
    """Een paneel met een ontbrekende, onbekende of ongeldige stand."""


@dataclass(frozen=True)
class Score:
    """Hoe sterk een paneel op een profiel lijkt: overeenkomst 0–100 en de afstand."""

    profiel: str
    naam: str
    overeenkomst: int
    afstand: float
    lijkt: str  # 'sterk', 'redelijk' of 'weinig' (data/scans.yml)


@dataclass(frozen=True)
class Waarneming:
    """Een waarnemingsregel uit data/scans.yml die op dit paneel van toepassing is."""

    code: str
    niveau: str  # "info" of "let-op"
    tekst: str
    bron: str  # waar de bron dit zegt


@dataclass(frozen=True)
class Gat:
    """Een schuif waar huidige situatie en ambitie flink verschillen, met opgaven om te lezen."""

    schuif: str
    naam: str
    huidig: int
    ambitie: int
    verschil: int
    uitleg: str  # per richting (data/scans.yml): hoger is niet beter dan lager
    opgaven: tuple[Advies, ...]


@dataclass(frozen=True)
class Advies:
    """Een opgave om te lezen bij een gat, met de reden uit data/koppelingen.yml."""

    opgave: str
    titel: str
    reden: str


def paneel(hb: Handboek, ruw: object) -> dict[str, int]:
    """Controleer een paneel: precies de vijf schuiven, elk een geheel getal 0–10."""
    return getal_per_sleutel(ruw, [s.slug for s in hb.schuiven], STAND_MIN, STAND_MAX, OngeldigPaneel, "schuif", "stand")


def lees(hb: Handboek, ruw: object) -> dict[str, dict[str, int]]:
    """Controleer de invoer van de scan: {'huidig': paneel, 'ambitie': paneel}."""
    if not isinstance(ruw, Mapping) or set(ruw) != set(PANELEN):
        raise OngeldigPaneel("verwacht precies twee panelen: huidig en ambitie")
    return {naam: paneel(hb, ruw[naam]) for naam in PANELEN}


def midden(hb: Handboek) -> dict[str, int]:
    return {s.slug: STAND_MIDDEN for s in hb.schuiven}


def begin(hb: Handboek) -> dict[str, dict[str, int]]:
    return {naam: midden(hb) for naam in PANELEN}


def _grootste(aantal: int) -> float:
    return math.sqrt(aantal * (STAND_MAX - STAND_MIN) ** 2)


def rangschik(hb: Handboek, standen: Mapping[str, int]) -> tuple[Score, ...]:
    """Alle profielen, meest gelijkend eerst."""
    return rangschik_vrij(hb, paneel(hb, standen))


def rangschik_vrij(hb: Handboek, standen: Mapping[str, float]) -> tuple[Score, ...]:
    """Als rangschik, maar ook voor een paneel met kommagetallen (het gemiddelde
    van een groep, wijktool/scans/samen.py). Niet gecontroleerd: de aanroeper doet dat."""
    grootste = _grootste(len(hb.schuiven))
    scores = []
    for volgorde, profiel in enumerate(hb.profielen):
        d = math.sqrt(sum((standen[s.slug] - profiel.stand(s.slug)) ** 2 for s in hb.schuiven))
        overeenkomst = round(100 * (1 - d / grootste))
        scores.append((d, volgorde, Score(profiel.slug, profiel.naam, overeenkomst, round(d, 4), hb.regels.lijkt(overeenkomst))))
    return tuple(score for _, _, score in sorted(scores, key=lambda t: (t[0], t[1])))


def geen_keuze(standen: Mapping[str, float]) -> bool:
    """Alle schuiven in het midden: volgens de bron is er dan nog geen keuze gemaakt (§2.1)."""
    return all(w == STAND_MIDDEN for w in standen.values())


def profielstanden(hb: Handboek, profiel: str) -> dict[str, int]:
    return {s.slug: hb.profiel(profiel).stand(s.slug) for s in hb.schuiven}


def _voldoen(hb: Handboek, standen: Mapping[str, int], voorwaarde: Voorwaarde) -> list[str] | None:
    """De schuiven die aan de eis voldoen, of None als de voorwaarde niet opgaat."""
    genoemd = voorwaarde.schuiven or tuple(s.slug for s in hb.schuiven)
    if voorwaarde.niveau is not None:
        voldoen = [s for s in genoemd if hb.regels.niveau(standen[s]) == voorwaarde.niveau]
    elif voorwaarde.stand is not None:
        voldoen = [s for s in genoemd if standen[s] == voorwaarde.stand]
    else:
        voldoen = [s for s in genoemd if standen[s] >= voorwaarde.vanaf]
    minstens = len(genoemd) if voorwaarde.minstens is None else voorwaarde.minstens
    hooguit = len(genoemd) if voorwaarde.hooguit is None else voorwaarde.hooguit
    return voldoen if minstens <= len(voldoen) <= hooguit else None


def waarnemingen(hb: Handboek, standen: Mapping[str, int]) -> tuple[Waarneming, ...]:
    """Wat de bronnen over deze combinatie van standen zeggen (regels: data/scans.yml)."""
    s = paneel(hb, standen)
    uit = []
    for regel in hb.regels.waarnemingen:
        treffers = [_voldoen(hb, s, voorwaarde) for voorwaarde in regel.als]
        if all(t is not None for t in treffers):
            eerste = treffers[0] or []
            namen = ", ".join(hb.schuif(slug).naam.lower() for slug in eerste)
            tekst = regel.tekst.replace("{aantal}", str(len(eerste))).replace("{namen}", namen)
            uit.append(Waarneming(regel.code, regel.soort, tekst, regel.bron))
    return tuple(uit)


def gaten(hb: Handboek, huidig: Mapping[str, int], ambitie: Mapping[str, int]) -> tuple[Gat, ...]:
    """Per schuif waar ambitie en huidig minstens het gat uit data/scans.yml verschillen: de opgaven om te lezen."""
    h, a = paneel(hb, huidig), paneel(hb, ambitie)
    uit = []
    for schuif in hb.schuiven:
        verschil = a[schuif.slug] - h[schuif.slug]
        if abs(verschil) >= hb.regels.gat:
            opgaven = tuple(Advies(k.opgave, hb.opgave(k.opgave).titel, k.reden) for k in hb.koppelingen_van_schuif(schuif.slug))
            uitleg = hb.regels.gat_hoger if verschil > 0 else hb.regels.gat_lager
            uit.append(Gat(schuif.slug, schuif.naam, h[schuif.slug], a[schuif.slug], verschil, uitleg, opgaven))
    return tuple(uit)


def reken(hb: Handboek, invoer: Mapping[str, Mapping[str, int]]) -> dict:
    """De hele uitkomst als gewone dict (JSON-baar), voor pagina en tests."""

    def paneeluitkomst(standen: Mapping[str, int]) -> dict:
        ranking = rangschik(hb, standen)
        return {
            "standen": paneel(hb, standen),
            "ranking": [asdict(r) for r in ranking],
            "beste": ranking[0].profiel,
            # De standen van het profiel dat het meest lijkt: streepjes naast de schuiven.
            "beste_standen": profielstanden(hb, ranking[0].profiel),
            "geen_keuze": geen_keuze(standen),
            "waarnemingen": [asdict(w) for w in waarnemingen(hb, standen)],
        }

    return {
        "huidig": paneeluitkomst(invoer["huidig"]),
        "ambitie": paneeluitkomst(invoer["ambitie"]),
        "gaten": [asdict(g) for g in gaten(hb, invoer["huidig"], invoer["ambitie"])],
        "schaal": [[g.woord, g.vanaf] for g in hb.regels.gelijkenis],
        "schuifnamen": {s.slug: s.naam for s in hb.schuiven},
    }


def scan(hb: Handboek, huidig: Mapping[str, int], ambitie: Mapping[str, int]) -> dict:
    """reken() met de twee panelen los, zoals de tests en de macros ze hebben."""
    return SCAN.uitkomst(hb, {"huidig": huidig, "ambitie": ambitie})


def verschillen(hb: Handboek, bestand: Mapping[str, Mapping[str, int]], nu: Mapping[str, Mapping[str, int]]) -> list[dict]:
    """Per paneel en schuif: de stand in het bestand, nu, en het verschil (nu − bestand)."""
    uit = []
    for naam in PANELEN:
        oud, nieuw = paneel(hb, bestand[naam]), paneel(hb, nu[naam])
        for s in hb.schuiven:
            uit.append(
                {
                    "paneel": naam,
                    "schuif": s.slug,
                    "naam": s.naam,
                    "bestand": oud[s.slug],
                    "nu": nieuw[s.slug],
                    "verschil": nieuw[s.slug] - oud[s.slug],
                }
            )
    return uit


def vergelijk(hb: Handboek, bestand: Mapping, nu: Mapping, datum: str | None) -> str:
    return weergave.vergelijking(verschillen(hb, bestand, nu), datum)


SCAN = Scan.van(__name__, weergave, woord="standen", versie=2)
