"""De ingang voor de browser: de worker geeft elk verzoek als JSON aan `verwerk`.

Een algemene verdeler over het register van scans (wijktool.scans): hij kent
geen enkele scan bij naam. Het model wordt één keer opgebouwd (start) en
daarna bij elke vraag hergebruikt. Alleen standaardbibliotheek.

Verzoeken: {"actie": ..., "scan": naam, ...}
- reken:        invoer, basis           → {"uitkomst", "html"}
- exporteer:    invoer, datum           → {"tekst"} (de inhoud van het bestand)
- lees-bestand: tekst, nu (optioneel)   → {"invoer", "datum", "vergelijking"?}
Foute invoer wordt {"fout": melding in het Nederlands}. Een fout in het programma
zelf ook, met de technische reden apart in "detail" (voor de console, niet voor de
lezer): de lezer ziet nooit een Python-fout."""

from __future__ import annotations

import json

from . import scans
from .model import opbouw
from .model.handboek import Handboek
from .scans.contract import OngeldigeInvoer, alleen_lijsten
from .weergave.links import vanaf

_handboek: Handboek | None = None


def start(model_json: str) -> str:
    """Bouw en valideer het model uit de ruwe data (model.json van de site)."""
    global _handboek
    _handboek = opbouw.handboek(json.loads(model_json))
    return json.dumps({"scans": list(scans.REGISTER)})


def _hb() -> Handboek:
    if _handboek is None:
        raise RuntimeError("start() is nog niet aangeroepen")
    return _handboek


def _reken(scan: scans.Scan, verzoek: dict) -> dict:
    try:
        naar = vanaf(verzoek.get("basis", ""))
    except (TypeError, ValueError):
        raise OngeldigeInvoer("de pagina gaf een ongeldige weg naar de andere pagina's") from None
    uitkomst = scan.uitkomst(_hb(), verzoek.get("invoer"))
    return {"uitkomst": uitkomst, "html": scan.weergave.alles(uitkomst, naar)}


def _exporteer(scan: scans.Scan, verzoek: dict) -> dict:
    datum = verzoek.get("datum")
    if not isinstance(datum, str):
        raise OngeldigeInvoer("de datum van de export ontbreekt")
    return {"tekst": json.dumps(scan.exporteer(_hb(), verzoek.get("invoer"), datum), indent=2, ensure_ascii=False)}


def _lees_bestand(scan: scans.Scan, verzoek: dict) -> dict:
    tekst = verzoek.get("tekst")
    if not isinstance(tekst, str):
        raise OngeldigeInvoer("Er is geen bestand gelezen.")
    invoer, datum = scan.lees_bestand(_hb(), tekst)
    antwoord = {"invoer": alleen_lijsten(invoer), "datum": datum}
    if scan.vergelijk is not None and "nu" in verzoek:
        antwoord["vergelijking"] = scan.vergelijk(_hb(), invoer, scan.lees(_hb(), verzoek["nu"]), datum)
    return antwoord


ACTIES = {"reken": _reken, "exporteer": _exporteer, "lees-bestand": _lees_bestand}


def verwerk(verzoek_json: str) -> str:
    """Eén verzoek van de pagina; het antwoord is altijd JSON."""
    try:
        try:
            verzoek = json.loads(verzoek_json)
        except ValueError:
            raise OngeldigeInvoer("het verzoek aan de rekenhulp is geen geldige JSON") from None
        if not isinstance(verzoek, dict) or verzoek.get("actie") not in ACTIES:
            raise OngeldigeInvoer("onbekend verzoek aan de rekenhulp")
        antwoord = ACTIES[verzoek["actie"]](scans.scan(verzoek.get("scan")), verzoek)
    except OngeldigeInvoer as fout:
        return json.dumps({"fout": str(fout)}, ensure_ascii=False)
    except Exception as fout:  # noqa: BLE001 - elke andere fout is een fout in wijktool zelf
        return json.dumps({"fout": PROGRAMMAFOUT, "detail": f"{type(fout).__name__}: {fout}"[:500]}, ensure_ascii=False)
    return json.dumps(antwoord, ensure_ascii=False)


PROGRAMMAFOUT = "De rekenhulp kon dit niet verwerken door een fout in het programma. Uw invoer is niet veranderd."
