"""Controle op de meldingen van een DataFout: bestand, item, veld."""

from __future__ import annotations

import pytest

from wijktool.model.fouten import PIJL, DataFout


def _is_deelrij(gezocht: tuple[str, ...], rij: list[str]) -> bool:
    """Staan de delen van `gezocht` in deze volgorde in `rij` (er mag iets tussen)?"""
    rest = iter(rij)
    return all(any(deel == stuk for stuk in rest) for deel in gezocht)


def noemt(fout: DataFout, bestand: str, *delen: str, melding: str) -> str:
    """De melding van `fout` die begint met `bestand`, daarna de `delen` in
    volgorde noemt (bijv. "opgave 3 (open-podium)", "valkuilen[2]", "tekst"),
    met het laatste deel als veld vlak voor de dubbele punt, en `melding` zegt.

    Faalt met alle meldingen erbij als er geen zo'n melding is."""
    assert isinstance(fout, DataFout), f"verwacht een DataFout, kreeg {type(fout).__name__}: {fout}"
    for regel in fout.meldingen:
        pad, _, wat = regel.partition(": ")
        stukken = pad.split(PIJL)
        if stukken[0] != bestand or melding not in wat:
            continue
        if delen and (stukken[-1] != delen[-1] or not _is_deelrij(delen, stukken[1:])):
            continue
        # De melding staat ook in de tekst van de fout (wat de bouw laat zien).
        assert regel in str(fout)
        return regel
    verwacht = PIJL.join((bestand, *delen)) + f": …{melding}…"
    pytest.fail(f"geen melding als {verwacht!r}; de meldingen waren:\n" + "\n".join(fout.meldingen))
