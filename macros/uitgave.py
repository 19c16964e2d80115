"""Uitgever, contact, versie en datum van het handboek, uit `extra.uitgave` in mkdocs.yml.

De uitgevende organisatie vult die velden in vóór publicatie. Zolang een veld leeg is,
zeggen de pagina's dat eerlijk ("vult de uitgevende organisatie in") en meldt de bouw het.
De melding gaat via een eigen logger buiten 'mkdocs.*': de strenge bouw telt alleen
waarschuwingen van de mkdocs-loggers, dus de bouw slaagt, maar de melding is wel te zien."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping

from wijktool.model import velden
from wijktool.model.fouten import Pad
from wijktool.weergave.html import e, tag

VELDEN = {
    "uitgever": "de uitgevende organisatie",
    "contact": "het contactadres (e-mailadres of webformulier)",
    "versie": "het versienummer",
    "datum": "de datum van deze versie",
}
LEEG = "Nog niet ingevuld: de uitgevende organisatie vult dit in vóór publicatie."

_log = logging.getLogger("handboek.uitgave")
if not _log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("WAARSCHUWING (colofon) - %(message)s"))
    _log.addHandler(_handler)
    _log.propagate = False


def gegevens(extra: Mapping) -> dict[str, str]:
    """De vier velden als tekst ('' als niet ingevuld). Een veld met een ander type
    dan tekst of getal is een fout in mkdocs.yml, geen lege waarde: een DataFout met
    het pad, zoals bij een fout in data/."""
    pad = Pad("mkdocs.yml") / "extra" / "uitgave"
    ruw = velden.tabel(extra.get("uitgave") or {}, pad, verplicht=(), optioneel=tuple(VELDEN))
    uit = {}
    for veld in VELDEN:
        waarde = ruw.get(veld)
        if waarde is not None and (isinstance(waarde, bool) or not isinstance(waarde, (str, int, float))):
            raise (pad / veld).fout(f"moet een tekst zijn, niet {velden.typenaam(waarde)}")
        uit[veld] = "" if waarde is None else str(waarde).strip()
    return uit


def ontbrekend(extra: Mapping) -> list[str]:
    return [veld for veld, waarde in gegevens(extra).items() if not waarde]


def meld_ontbrekend(extra: Mapping) -> None:
    lijst = ontbrekend(extra)
    if lijst:
        _log.warning(
            "vul vóór publicatie in mkdocs.yml onder extra → uitgave in: "
            + "; ".join(f"{v} ({VELDEN[v]})" for v in lijst)
            + ". Tot dan staat er op colofon, privacy, toegankelijkheid en in de voet dat de uitgevende organisatie dit invult."
        )


def _contact_html(contact: str) -> str:
    if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", contact):
        return tag("a", e(contact), href=f"mailto:{contact}")
    if contact.startswith(("https://", "http://")):
        return tag("a", e(contact), href=contact)
    return e(contact)


def veld(extra: Mapping, naam: str) -> str:
    """Eén veld als HTML, of de zin dat de uitgevende organisatie het invult."""
    if naam not in VELDEN:
        raise ValueError(f"uitgave('{naam}'): onbekend veld (bekend: {', '.join(VELDEN)})")
    waarde = gegevens(extra)[naam]
    if not waarde:
        return tag("em", LEEG, klasse="uitgave-leeg")
    return _contact_html(waarde) if naam == "contact" else e(waarde)


def contactzin(extra: Mapping) -> str:
    """De zin voor privacy en toegankelijkheid: een echt adres, of eerlijk dat het er nog niet is."""
    contact = gegevens(extra)["contact"]
    if contact:
        return f"Neem contact op via {_contact_html(contact)}."
    return tag(
        "em",
        "Het contactadres vult de uitgevende organisatie in vóór publicatie. Tot dan is er op deze site nog geen contactadres.",
        klasse="uitgave-leeg",
    )


def colofon(extra: Mapping) -> str:
    """Ingevulde velden als lijst; de lege in één zin, niet vier keer dezelfde melding."""
    namen = {"uitgever": "Uitgever", "contact": "Contact", "versie": "Versie", "datum": "Datum"}
    waarden = gegevens(extra)
    rijen = "".join(tag("dt", namen[v]) + tag("dd", veld(extra, v)) for v in VELDEN if waarden[v])
    leeg = [namen[v].lower() for v in VELDEN if not waarden[v]]
    zin = ""
    if leeg:
        opsomming = leeg[0] if len(leeg) == 1 else ", ".join(leeg[:-1]) + " en " + leeg[-1]
        zin = tag(
            "p", tag("em", f"Nog niet ingevuld: {opsomming}. De uitgevende organisatie vult dit in vóór publicatie."), klasse="uitgave-leeg"
        )
    return (tag("dl", rijen, klasse="colofon") if rijen else "") + zin
