"""Leest data/*.yml en bouwt er het Handboek van. Alleen voor het bouwen van
de site en de tests: dit module gebruikt PyYAML en draait niet in de browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .model import opbouw
from .model.fouten import DataFout, Pad, Verzameling
from .model.handboek import Handboek

# De lader van libyaml (C) als die er is: ruim tien keer zo snel als de Python-lader
# (alle data: 14 tegen 171 ms), en elke bouw en veel tests lezen alle data.
_Basis = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrikteLader(_Basis):
    """SafeLoader die een dubbele sleutel weigert: PyYAML zou de eerste
    stilzwijgend overschrijven, en dan gaat er inhoud verloren."""


def _tabel_zonder_dubbelen(lader: _StrikteLader, knoop: yaml.MappingNode) -> dict:
    gezien: dict[Any, int] = {}
    for sleutelknoop, _ in knoop.value:
        sleutel = lader.construct_object(sleutelknoop, deep=True)
        regel = sleutelknoop.start_mark.line + 1
        try:
            hash(sleutel)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, f"een sleutel moet een tekst zijn, niet {type(sleutel).__name__}", sleutelknoop.start_mark
            ) from None
        if sleutel in gezien:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"sleutel '{sleutel}' staat twee keer in dezelfde tabel (eerder op regel {gezien[sleutel]})",
                sleutelknoop.start_mark,
            )
        gezien[sleutel] = regel
    return lader.construct_mapping(knoop, deep=True)


_StrikteLader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _tabel_zonder_dubbelen)


def lees_yaml(pad: Path, naam: str) -> Any:
    """Lees één YAML-bestand; een syntaxfout wordt een DataFout met regelnummer."""
    try:
        tekst = pad.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Pad(naam).fout("bestand ontbreekt") from None
    except UnicodeDecodeError as fout:
        raise Pad(naam).fout(f"is geen geldige UTF-8 (byte {fout.start})") from None
    try:
        waarde = yaml.load(tekst, Loader=_StrikteLader)
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None)
        waar = f"regel {plek.line + 1}, kolom {plek.column + 1}" if plek else "onbekende plek"
        wat = getattr(fout, "problem", None) or str(fout)
        raise Pad(naam).fout(f"ongeldige YAML op {waar}: {wat}") from None
    if waarde is None:
        raise Pad(naam).fout("is leeg")
    return waarde


def lees_ruw(datamap: Path) -> dict[str, Any]:
    """Alle databestanden als ruwe Python-waarden, per onderwerp."""
    verz = Verzameling()
    ruwe = {}
    for onderwerp in opbouw.BESTANDEN:
        naam = opbouw.bestandsnaam(onderwerp)
        waarde = verz.probeer(lees_yaml, datamap / f"{onderwerp}.yml", naam)
        if waarde is not None:
            ruwe[onderwerp] = waarde
    verz.stop_bij_fouten()
    return ruwe


def laad_handboek(datamap: Path | str) -> Handboek:
    """Lees en valideer data/. Gooit DataFout met alle gevonden fouten."""
    return opbouw.handboek(lees_ruw(Path(datamap)))


__all__ = ["DataFout", "laad_handboek", "lees_ruw", "lees_yaml"]
