"""De schuifoefening als zelfscan: op welk profiel lijkt een mengpaneel?

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
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Mapping

from .invoer import getal_per_sleutel
from .model import STAND_MAX, STAND_MIDDEN, STAND_MIN, Handboek

HOOG = 7  # vanaf deze stand noemt de scan een schuif "hoog"
GAT = 2  # vanaf dit verschil tussen huidig en ambitie is er een echt gat
BIJNA_MAX = 9  # alle schuiven zo hoog of hoger: de gekantelde gemeente


# Een stand in woorden, voor schermlezers (aria-valuetext) en naast het getal.
WOORDEN = (
    "helemaal laag",
    "heel laag",
    "laag",
    "vrij laag",
    "net onder het midden",
    "midden: geen keuze gemaakt",
    "net boven het midden",
    "vrij hoog",
    "hoog",
    "heel hoog",
    "helemaal hoog",
)


class OngeldigPaneel(ValueError):
    """Een paneel met een ontbrekende, onbekende of ongeldige stand."""


@dataclass(frozen=True)
class Score:
    profiel: str
    naam: str
    overeenkomst: int
    afstand: float


@dataclass(frozen=True)
class Waarneming:
    code: str
    niveau: str  # "info" of "let-op"
    tekst: str
    bron: str  # waar de bron dit zegt


@dataclass(frozen=True)
class Advies:
    """Een opgave om te lezen bij een gat, met de reden uit data/koppelingen.yml."""

    opgave: str
    titel: str
    reden: str


@dataclass(frozen=True)
class Gat:
    schuif: str
    naam: str
    huidig: int
    ambitie: int
    verschil: int
    opgaven: tuple[Advies, ...]


def paneel(hb: Handboek, ruw: Mapping[str, object]) -> dict[str, int]:
    """Controleer een paneel: precies de vijf schuiven, elk een geheel getal 0–10."""
    return getal_per_sleutel(ruw, [s.slug for s in hb.schuiven], STAND_MIN, STAND_MAX, OngeldigPaneel, "schuif", "stand")


def midden(hb: Handboek) -> dict[str, int]:
    return {s.slug: STAND_MIDDEN for s in hb.schuiven}




def _grootste(aantal: int) -> float:
    return math.sqrt(aantal * (STAND_MAX - STAND_MIN) ** 2)


def rangschik(hb: Handboek, standen: Mapping[str, int]) -> tuple[Score, ...]:
    """Alle profielen, meest gelijkend eerst."""
    standen = paneel(hb, standen)
    grootste = _grootste(len(hb.schuiven))
    scores = []
    for volgorde, profiel in enumerate(hb.profielen):
        d = math.sqrt(sum((standen[s.slug] - profiel.stand(s.slug)) ** 2 for s in hb.schuiven))
        scores.append((d, volgorde, Score(profiel.slug, profiel.naam, round(100 * (1 - d / grootste)), round(d, 4))))
    return tuple(score for _, _, score in sorted(scores, key=lambda t: (t[0], t[1])))


def waarnemingen(hb: Handboek, standen: Mapping[str, int]) -> tuple[Waarneming, ...]:
    """Wat de bronnen over deze combinatie van standen zeggen."""
    s = paneel(hb, standen)
    uit: list[Waarneming] = []
    in_midden = [sl for sl, w in s.items() if w == STAND_MIDDEN]
    if len(in_midden) == len(s):
        uit.append(Waarneming(
            "alles-midden", "info",
            "Alle schuiven staan in het midden. Dat betekent: er zijn nog geen keuzes gemaakt. "
            "Zet een schuif hoger of lager waar uw gemeente wel een keuze heeft gemaakt.",
            "Platform31, §2.1 De schuifoefening",
        ))
    elif len(in_midden) >= 3:
        namen = ", ".join(hb.schuif(sl).naam.lower() for sl in in_midden)
        uit.append(Waarneming(
            "veel-midden", "info",
            f"Bij {len(in_midden)} schuiven is nog geen keuze gemaakt ({namen}). Het profiel dat het meest lijkt, zegt dan nog weinig.",
            "Platform31, §2.1 De schuifoefening",
        ))
    if all(w >= BIJNA_MAX for w in s.values()):
        uit.append(Waarneming(
            "alles-hoog", "let-op",
            "Alle schuiven staan (bijna) helemaal open. Dat is de gekantelde gemeente: een gedachte-experiment, geen doel op zich. "
            "Alles tegelijk maximaal is zwaar voor organisatie en wijkambtenaren.",
            "Platform31, hoofdstuk 7 en 9",
        ))
    buiten = s["proces-met-bewoners"] >= HOOG or s["communicatie"] >= HOOG
    if buiten and s["proces-binnen-gemeente"] < STAND_MIDDEN:
        uit.append(Waarneming(
            "buiten-zonder-binnen", "let-op",
            "U werkt sterk naar buiten (bewoners of communicatie), maar het proces binnen de gemeente staat laag. "
            "Samenwerken met de wijk lukt alleen goed als de gemeente ook intern goed samenwerkt.",
            "Van Hulst & De Jong, reflectie in Platform31, hoofdstuk 9",
        ))
    if s["proces-binnen-gemeente"] >= HOOG and s["proces-met-bewoners"] < STAND_MIDDEN:
        uit.append(Waarneming(
            "binnen-zonder-buiten", "let-op",
            "Het proces binnen de gemeente staat hoog, maar het proces met bewoners laag. "
            "Het risico is dat bewoners te weinig betrokken zijn.",
            "Van Hulst & De Jong, reflectie in Platform31, hoofdstuk 9",
        ))
    if s["bestuur-en-politiek"] >= HOOG and s["proces-binnen-gemeente"] < STAND_MIDDEN:
        uit.append(Waarneming(
            "bestuur-zonder-organisatie", "let-op",
            "Het bestuur is sterk betrokken, maar het proces binnen de gemeente staat laag. "
            "Het risico is dat de ambtelijke organisatie buitenspel komt te staan.",
            "Van Hulst & De Jong, reflectie in Platform31, hoofdstuk 9",
        ))
    return tuple(uit)


def gaten(hb: Handboek, huidig: Mapping[str, int], ambitie: Mapping[str, int]) -> tuple[Gat, ...]:
    """Per schuif waar ambitie en huidig minstens GAT verschillen: de opgaven om te lezen."""
    h, a = paneel(hb, huidig), paneel(hb, ambitie)
    uit = []
    for schuif in hb.schuiven:
        verschil = a[schuif.slug] - h[schuif.slug]
        if abs(verschil) >= GAT:
            opgaven = tuple(Advies(k.opgave, hb.opgave(k.opgave).titel, k.reden) for k in hb.koppelingen_van_schuif(schuif.slug))
            uit.append(Gat(schuif.slug, schuif.naam, h[schuif.slug], a[schuif.slug], verschil, opgaven))
    return tuple(uit)


def scan(hb: Handboek, huidig: Mapping[str, int], ambitie: Mapping[str, int]) -> dict:
    """De hele uitkomst als gewone dict (JSON-baar), voor pagina en tests."""
    def paneeluitkomst(standen: Mapping[str, int]) -> dict:
        ranking = rangschik(hb, standen)
        return {
            "standen": paneel(hb, standen),
            "ranking": [asdict(r) for r in ranking],
            "beste": ranking[0].profiel,
            "waarnemingen": [asdict(w) for w in waarnemingen(hb, standen)],
        }

    return _alleen_lijsten({
        "huidig": paneeluitkomst(huidig),
        "ambitie": paneeluitkomst(ambitie),
        "gaten": [asdict(g) for g in gaten(hb, huidig, ambitie)],
    })


def _alleen_lijsten(waarde):
    """Tuples worden lijsten, zodat CPython en de browser (JSON) hetzelfde zien."""
    if isinstance(waarde, dict):
        return {k: _alleen_lijsten(v) for k, v in waarde.items()}
    if isinstance(waarde, (list, tuple)):
        return [_alleen_lijsten(v) for v in waarde]
    return waarde


BESTANDSFORMAAT = "wijktool-zelfscan"


def exporteer(hb: Handboek, huidig: Mapping[str, int], ambitie: Mapping[str, int], datum: str) -> dict:
    """Wat 'Exporteer' in een bestand zet; lees_bestand in browser.py leest het terug."""
    return {"formaat": BESTANDSFORMAAT, "versie": 1, "datum": datum, "huidig": paneel(hb, huidig), "ambitie": paneel(hb, ambitie)}


def vergelijk(hb: Handboek, bestand: Mapping[str, Mapping[str, int]], nu: Mapping[str, Mapping[str, int]]) -> list[dict]:
    """Per paneel en schuif: de stand in het bestand, nu, en het verschil (nu − bestand)."""
    uit = []
    for naam in ("huidig", "ambitie"):
        oud, nieuw = paneel(hb, bestand[naam]), paneel(hb, nu[naam])
        for s in hb.schuiven:
            uit.append({"paneel": naam, "schuif": s.slug, "naam": s.naam, "bestand": oud[s.slug], "nu": nieuw[s.slug], "verschil": nieuw[s.slug] - oud[s.slug]})
    return uit
