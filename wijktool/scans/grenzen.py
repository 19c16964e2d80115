"""Invoer van buiten (een geïmporteerd bestand, een link, de opslag): de fout
als hij niet klopt, en grenzen die gecontroleerd worden vóór Python de JSON
ontleedt.

Een bestand met duizenden geneste haakjes laat de ontleder in Pyodide door zijn
stapel zakken (een 'fatal error' die de hele runtime onbruikbaar maakt). Daarom
telt `lees_json` eerst de diepte zonder recursie, en pas daarna ontleedt hij.
De pagina controleert dezelfde grenzen (ze gaan mee in de configuratie van de
scan), zodat een te groot bestand Python niet eens bereikt.
Alleen standaardbibliotheek."""

from __future__ import annotations

import json
from typing import Any


class OngeldigeInvoer(ValueError):
    """Invoer die niet klopt. De melding is Nederlands en zegt wat er mis is;
    de lezer krijgt hem zo te zien."""


GRENZEN = {
    "tekens": 200_000,  # een export is een paar kB; 200 000 tekens is ruim
    "diepte": 12,  # een export is hooguit 4 lagen diep
    "sleutels": 500,  # alle sleutels in alle tabellen samen
    "tekst": 500,  # de langste tekst (een datum, een naam)
}


def _diepte(tekst: str) -> int:
    """De grootste nesting van [ en { buiten teksten, zonder recursie."""
    diepte = grootste = 0
    in_tekst = escape = False
    for teken in tekst:
        if in_tekst:
            if escape:
                escape = False
            elif teken == "\\":
                escape = True
            elif teken == '"':
                in_tekst = False
        elif teken == '"':
            in_tekst = True
        elif teken in "[{":
            diepte += 1
            grootste = max(grootste, diepte)
        elif teken in "]}":
            diepte -= 1
    return grootste


def _zonder_dubbele_sleutels(paren: list[tuple[str, Any]]) -> dict:
    tabel: dict = {}
    for sleutel, waarde in paren:
        if sleutel in tabel:
            raise OngeldigeInvoer(f"de sleutel '{kort(sleutel)}' staat twee keer in dezelfde tabel")
        tabel[sleutel] = waarde
    return tabel


def _tel(waarde: Any) -> None:
    """Controleer aantal sleutels en lengte van teksten, zonder recursie."""
    sleutels = 0
    stapel = [waarde]
    while stapel:
        ding = stapel.pop()
        if isinstance(ding, dict):
            sleutels += len(ding)
            stapel.extend(ding.keys())
            stapel.extend(ding.values())
        elif isinstance(ding, list):
            stapel.extend(ding)
        elif isinstance(ding, str) and len(ding) > GRENZEN["tekst"]:
            raise OngeldigeInvoer(f"er staat een tekst in van {len(ding)} tekens; hooguit {GRENZEN['tekst']} mag")
    if sleutels > GRENZEN["sleutels"]:
        raise OngeldigeInvoer(f"er staan {sleutels} sleutels in; hooguit {GRENZEN['sleutels']} mag")


def lees_json(tekst: str) -> Any:
    """JSON van buiten, binnen de grenzen; anders OngeldigeInvoer met een Nederlandse melding."""
    if len(tekst) > GRENZEN["tekens"]:
        raise OngeldigeInvoer(f"Dit bestand is te groot ({len(tekst)} tekens; hooguit {GRENZEN['tekens']}).")
    if _diepte(tekst) > GRENZEN["diepte"]:
        raise OngeldigeInvoer(f"Dit bestand is te diep genest (meer dan {GRENZEN['diepte']} lagen haakjes).")
    try:
        waarde = json.loads(tekst, object_pairs_hook=_zonder_dubbele_sleutels)
    except OngeldigeInvoer as fout:
        raise OngeldigeInvoer(f"Dit bestand klopt niet: {fout}.") from None
    except (ValueError, RecursionError):
        raise OngeldigeInvoer("Dit bestand is geen geldige JSON.") from None
    try:
        _tel(waarde)
    except OngeldigeInvoer as fout:
        raise OngeldigeInvoer(f"Dit bestand is te groot: {fout}.") from None
    return waarde


def kort(waarde: object, lengte: int = 40) -> str:
    """Een waarde uit de invoer in een melding, ingekort: een melding blijft leesbaar."""
    tekst = waarde if isinstance(waarde, str) else json.dumps(waarde, ensure_ascii=False) if _json_baar(waarde) else str(waarde)
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"


def _json_baar(waarde: object) -> bool:
    return isinstance(waarde, (bool, int, float, type(None)))


def opsomming(namen: list[str], hooguit: int = 5) -> str:
    """'a, b, c' of 'a, b, c, d, e en 12 andere'."""
    getoond = ", ".join(kort(n) for n in namen[:hooguit])
    rest = len(namen) - hooguit
    return f"{getoond} en {rest} andere" if rest > 0 else getoond
