"""Invoer van de lezer controleren (uit de pagina, een link of een bestand).
Alleen standaardbibliotheek."""

from __future__ import annotations

from typing import Mapping, Sequence


def getal_per_sleutel(
    ruw: Mapping[str, object],
    sleutels: Sequence[str],
    laagste: int,
    hoogste: int,
    fout: type[ValueError],
    soort: str,
    eenheid: str,
    onbekend_woord: str = "onbekende",
) -> dict[str, int]:
    """Precies de gegeven sleutels, elk met een geheel getal van laagste tot en met
    hoogste. Voorbeeld van een melding: "schuif 'communicatie': 11 is geen stand van 0 tot 10"."""
    if not isinstance(ruw, Mapping):
        raise fout(f"verwacht een {soort} per naam, niet {type(ruw).__name__}")
    onbekend = sorted(set(ruw) - set(sleutels))
    if onbekend:
        # "onbekende schuif", maar "onbekend thema" (het-woord)
        raise fout(f"{onbekend_woord} {soort}: {', '.join(map(str, onbekend))}")
    uit = {}
    for sleutel in sleutels:
        if sleutel not in ruw:
            raise fout(f"de {eenheid} van {soort} '{sleutel}' ontbreekt")
        waarde = ruw[sleutel]
        if not isinstance(waarde, int) or isinstance(waarde, bool) or not laagste <= waarde <= hoogste:
            raise fout(f"{soort} '{sleutel}': {waarde!r} is geen {eenheid} van {laagste} tot {hoogste}")
        uit[sleutel] = waarde
    return uit
