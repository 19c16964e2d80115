"""De ingang voor de browser: de worker roept deze functies aan met JSON.

Alleen standaardbibliotheek. Het model wordt één keer opgebouwd (start) en
daarna bij elke schuifbeweging hergebruikt (bereken)."""

from __future__ import annotations

import json

from . import balansweergave, checklistbalans, opbouw, scan, scanweergave, volwassenheidsscan, volwassenheidweergave
from .model import Handboek

_handboek: Handboek | None = None


def start(model_json: str) -> str:
    """Bouw en valideer het model uit de ruwe data (model.json van de site)."""
    global _handboek
    _handboek = opbouw.handboek(json.loads(model_json))
    return json.dumps({"schuiven": [s.slug for s in _handboek.schuiven]})


def _hb() -> Handboek:
    if _handboek is None:
        raise RuntimeError("start() is nog niet aangeroepen")
    return _handboek


def bereken(verzoek_json: str) -> str:
    """{'huidig': {...}, 'ambitie': {...}} -> uitkomst plus de HTML per plek."""
    verzoek = json.loads(verzoek_json)
    return _uitkomst_met_html(
        lambda: scan.scan(_hb(), verzoek["huidig"], verzoek["ambitie"]), scanweergave.alles, scan.OngeldigPaneel, verzoek.get("basis", "../")
    )


def lees_bestand(tekst: str) -> str:
    """Een geëxporteerd bestand controleren; geeft de panelen of een foutmelding."""
    try:
        data = json.loads(tekst)
    except ValueError:
        return json.dumps({"fout": "Dit bestand is geen geldige JSON."})
    if not isinstance(data, dict) or data.get("formaat") != scan.BESTANDSFORMAAT:
        return json.dumps({"fout": "Dit bestand is geen export van de zelfscan."})
    try:
        panelen = {p: scan.paneel(_hb(), data[p]) for p in ("huidig", "ambitie")}
    except (scan.OngeldigPaneel, KeyError, TypeError, AttributeError) as fout:
        return json.dumps({"fout": f"Het bestand heeft ongeldige standen: {fout}"})
    return json.dumps({"panelen": panelen, "datum": data.get("datum")})


def vergelijk(verzoek_json: str) -> str:
    """Verschil tussen de panelen uit een bestand en de huidige panelen, als HTML."""
    verzoek = json.loads(verzoek_json)
    verschil = scan.vergelijk(_hb(), verzoek["bestand"], verzoek["nu"])
    return json.dumps({"verschil": verschil, "html": scanweergave.vergelijking(verschil, verzoek.get("datum"))})


def exporteer(verzoek_json: str) -> str:
    """De inhoud van het exportbestand (JSON-tekst)."""
    verzoek = json.loads(verzoek_json)
    return json.dumps(scan.exporteer(_hb(), verzoek["huidig"], verzoek["ambitie"], verzoek["datum"]), indent=2)


def _uitkomst_met_html(reken, weergave, fouttype: type[Exception], basis: str) -> str:
    """Reken, en geef de uitkomst plus de HTML per plek; foute invoer wordt een melding."""
    try:
        uitkomst = reken()
    except (fouttype, KeyError, TypeError) as fout:
        return json.dumps({"fout": str(fout)})
    return json.dumps({"uitkomst": uitkomst, "html": weergave(uitkomst, basis)})


def volwassenheid(verzoek_json: str) -> str:
    """{'keuzes': {thema: fase}} -> uitkomst plus HTML per plek."""
    verzoek = json.loads(verzoek_json)
    return _uitkomst_met_html(
        lambda: volwassenheidsscan.scan(_hb(), verzoek["keuzes"]),
        volwassenheidweergave.alles,
        volwassenheidsscan.OngeldigeKeuze,
        verzoek.get("basis", "../../"),
    )


def balans(verzoek_json: str) -> str:
    """{'vinkjes': [nr, ...]} -> balans per opgave plus HTML per plek."""
    verzoek = json.loads(verzoek_json)
    return _uitkomst_met_html(
        lambda: checklistbalans.balans(_hb(), verzoek["vinkjes"]),
        balansweergave.alles,
        checklistbalans.OngeldigeAfvinking,
        verzoek.get("basis", "../../"),
    )


# Exportbestanden van de andere twee scans: zelfde vorm, eigen formaat en inhoud.
FORMATEN = {
    "volwassenheid": ("wijktool-volwassenheid", "keuzes"),
    "checklist": ("wijktool-checklist", "vinkjes"),
}


def exporteer_inhoud(verzoek_json: str) -> str:
    """{'soort': 'volwassenheid'|'checklist', 'inhoud': ..., 'datum': ...} -> bestandstekst (na controle)."""
    verzoek = json.loads(verzoek_json)
    formaat, veld = FORMATEN[verzoek["soort"]]
    inhoud = _controleer(verzoek["soort"], verzoek["inhoud"])
    return json.dumps({"formaat": formaat, "versie": 1, "datum": verzoek["datum"], veld: inhoud}, indent=2)


def _controleer(soort: str, inhoud):
    if soort == "volwassenheid":
        return volwassenheidsscan.keuzes(_hb(), inhoud)
    return sorted(checklistbalans.aangevinkt(_hb(), inhoud))


def lees_inhoud(verzoek_json: str) -> str:
    """Een geëxporteerd bestand van een van beide scans teruglezen."""
    verzoek = json.loads(verzoek_json)
    formaat, veld = FORMATEN[verzoek["soort"]]
    try:
        data = json.loads(verzoek["tekst"])
    except ValueError:
        return json.dumps({"fout": "Dit bestand is geen geldige JSON."})
    if not isinstance(data, dict) or data.get("formaat") != formaat:
        return json.dumps({"fout": "Dit bestand is geen export van deze scan."})
    try:
        inhoud = _controleer(verzoek["soort"], data[veld])
    except (volwassenheidsscan.OngeldigeKeuze, checklistbalans.OngeldigeAfvinking, KeyError, TypeError, AttributeError) as fout:
        return json.dumps({"fout": f"Het bestand heeft ongeldige inhoud: {fout}"})
    return json.dumps({"inhoud": inhoud, "datum": data.get("datum")})
