"""Kleine controles op ruwe data (dicts en lijsten uit YAML of JSON).

Elke functie krijgt het Pad van de waarde mee en gooit bij een fout een
DataFout die dat pad noemt. Alleen standaardbibliotheek."""

from __future__ import annotations

import re
from typing import Any

from .fouten import Pad

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

_TYPENAAM = {
    dict: "een tabel (sleutel: waarde)",
    list: "een lijst",
    str: "een tekst",
    int: "een geheel getal",
    bool: "ja/nee",
    float: "een kommagetal",
    type(None): "leeg",
}


def typenaam(waarde: Any) -> str:
    return _TYPENAAM.get(type(waarde), type(waarde).__name__)


def tabel(waarde: Any, pad: Pad, verplicht: tuple[str, ...], optioneel: tuple[str, ...] = ()) -> dict:
    """Controleer dat waarde een tabel is met precies de toegestane sleutels."""
    if not isinstance(waarde, dict):
        raise pad.fout(f"moet {_TYPENAAM[dict]} zijn, niet {typenaam(waarde)}")
    for sleutel in verplicht:
        if sleutel not in waarde:
            raise (pad / sleutel).fout("ontbreekt")
    toegestaan = set(verplicht) | set(optioneel)
    for sleutel in waarde:
        if sleutel not in toegestaan:
            namen = ", ".join(sorted(toegestaan))
            raise (pad / str(sleutel)).fout(f"onbekende sleutel (toegestaan: {namen})")
    return waarde


def tekst(tabel_: dict, sleutel: str, pad: Pad) -> str:
    waarde = tabel_[sleutel]
    if not isinstance(waarde, str):
        raise (pad / sleutel).fout(f"moet {_TYPENAAM[str]} zijn, niet {typenaam(waarde)}")
    if not waarde.strip():
        raise (pad / sleutel).fout("is leeg")
    return waarde.strip()


def tekst_of_niets(tabel_: dict, sleutel: str, pad: Pad) -> str | None:
    if tabel_.get(sleutel) is None:
        return None
    return tekst(tabel_, sleutel, pad)


def geheel(tabel_: dict, sleutel: str, pad: Pad, minimum: int | None = None, maximum: int | None = None) -> int:
    waarde = tabel_[sleutel]
    # bool is in Python een subklasse van int; "ja" als stand is een fout.
    if not isinstance(waarde, int) or isinstance(waarde, bool):
        raise (pad / sleutel).fout(f"moet {_TYPENAAM[int]} zijn, niet {typenaam(waarde)}")
    if (minimum is not None and waarde < minimum) or (maximum is not None and waarde > maximum):
        if maximum is None:
            raise (pad / sleutel).fout(f"{waarde} is te klein (minstens {minimum})")
        if minimum is None:
            raise (pad / sleutel).fout(f"{waarde} is te groot (hooguit {maximum})")
        raise (pad / sleutel).fout(f"{waarde} ligt buiten {minimum}–{maximum}")
    return waarde


def geheel_of_niets(tabel_: dict, sleutel: str, pad: Pad) -> int | None:
    if tabel_.get(sleutel) is None:
        return None
    return geheel(tabel_, sleutel, pad)


def lijst(tabel_: dict, sleutel: str, pad: Pad, leeg_mag: bool = False) -> list:
    waarde = tabel_[sleutel]
    if not isinstance(waarde, list):
        raise (pad / sleutel).fout(f"moet {_TYPENAAM[list]} zijn, niet {typenaam(waarde)}")
    if not waarde and not leeg_mag:
        raise (pad / sleutel).fout("is een lege lijst")
    return waarde


def teksten(tabel_: dict, sleutel: str, pad: Pad) -> tuple[str, ...]:
    rij = lijst(tabel_, sleutel, pad)
    uit = []
    for i, waarde in enumerate(rij, 1):
        if not isinstance(waarde, str) or not waarde.strip():
            raise (pad / f"{sleutel}[{i}]").fout(f"moet een niet-lege tekst zijn, niet {typenaam(waarde)}")
        uit.append(waarde.strip())
    return tuple(uit)


def slug(tabel_: dict, sleutel: str, pad: Pad) -> str:
    waarde = tekst(tabel_, sleutel, pad)
    if not SLUG.match(waarde):
        raise (pad / sleutel).fout(f"'{waarde}' is geen geldige slug (kleine letters, cijfers en streepjes)")
    return waarde


def bekende_slug(tabel_: dict, sleutel: str, pad: Pad, bekend: tuple[str, ...] | set[str], soort: str) -> str:
    """Een slug die in `bekend` moet staan, bijvoorbeeld een schuif uit data/schuiven.yml."""
    waarde = slug(tabel_, sleutel, pad)
    if waarde not in bekend:
        raise (pad / sleutel).fout(f"onbekende {soort} '{waarde}' (bekend: {', '.join(sorted(bekend))})")
    return waarde


def ja_nee(tabel_: dict, sleutel: str, pad: Pad) -> bool:
    waarde = tabel_[sleutel]
    if not isinstance(waarde, bool):
        raise (pad / sleutel).fout(f"moet {_TYPENAAM[bool]} (true/false) zijn, niet {typenaam(waarde)}")
    return waarde


def getal_of_niets(tabel_: dict, sleutel: str, pad: Pad, minimum: float = 0) -> float | None:
    waarde = tabel_.get(sleutel)
    if waarde is None:
        return None
    if not isinstance(waarde, (int, float)) or isinstance(waarde, bool):
        raise (pad / sleutel).fout(f"moet een getal zijn, niet {typenaam(waarde)}")
    if waarde < minimum:
        raise (pad / sleutel).fout(f"{waarde} is kleiner dan {minimum}")
    return float(waarde)


def keuze(tabel_: dict, sleutel: str, pad: Pad, opties: tuple[str, ...]) -> str:
    waarde = tekst(tabel_, sleutel, pad)
    if waarde not in opties:
        raise (pad / sleutel).fout(f"'{waarde}' is geen geldige keuze (kies uit: {', '.join(opties)})")
    return waarde


def slugs(tabel_: dict, sleutel: str, pad: Pad, bekend: tuple[str, ...] | set[str], soort: str) -> tuple[str, ...]:
    """Een (mogelijk lege) lijst slugs die allemaal in `bekend` moeten staan."""
    rij = lijst(tabel_, sleutel, pad, leeg_mag=True)
    uit = []
    for i, waarde in enumerate(rij, 1):
        if not isinstance(waarde, str) or waarde not in bekend:
            raise (pad / f"{sleutel}[{i}]").fout(f"onbekende {soort} '{waarde}' (bekend: {', '.join(sorted(bekend))})")
        if waarde in uit:
            raise (pad / f"{sleutel}[{i}]").fout(f"{soort} '{waarde}' staat twee keer in de lijst")
        uit.append(waarde)
    return tuple(uit)
