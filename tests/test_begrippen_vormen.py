"""De woordvormen van een begrip worden regels `*[vorm]: uitleg` voor de
abbr-extensie van Markdown. Een vorm met een backslash, een regeleinde, `]` of
`*[` past niet in die regel: dan bleef de hele regel als gewone tekst staan en
kwam `uitleg` als rauwe HTML onder elke pagina (review betrouwbaarheid, D11).

Twee sloten: de validatie weigert zo'n vorm met een melding die het pad noemt,
en de macro geeft nooit een regel door die Markdown niet als definitie leest."""

from __future__ import annotations

import dataclasses

import markdown
import pytest

from _fouten import noemt
from macros import begrippen as begrippen_macro
from wijktool.model import opbouw
from wijktool.model.fouten import DataFout

FOUTE_VORMEN = ["wijk\\team", "wijk\nteam", "wijk]team", "wijk*[team", "wijkteam]"]


@pytest.mark.parametrize("vorm", FOUTE_VORMEN, ids=repr)
def test_validatie_weigert_vorm_die_geen_tooltipregel_kan_zijn(ruwe, vorm):
    begrip = ruwe["begrippen"]["begrippen"][0]
    begrip["vormen"] = [begrip["vormen"][0], vorm]
    with pytest.raises(DataFout) as fout:
        opbouw.handboek(ruwe)
    regel = noemt(fout.value, "data/begrippen.yml", f"begrip 1 ({begrip['term']})", "vormen[2]", melding="kan geen tooltip krijgen")
    # De melding is Nederlands en laat het teken zien, niet een Python-weergave.
    assert "repr" not in regel and "str" not in regel.split(": ", 1)[1]


def test_gewone_vormen_blijven_geldig(ruwe):
    begrip = ruwe["begrippen"]["begrippen"][0]
    begrip["vormen"] = [*begrip["vormen"], "wijk-team", "wijk (team)", "Wijkteam's"]
    opbouw.handboek(ruwe)


def _render(hb) -> str:
    tekst = "Een alinea.\n\n" + begrippen_macro.afkortingen(hb) + "\n"
    return markdown.markdown(tekst, extensions=["abbr"])


def test_alle_echte_vormen_worden_definities(handboek):
    """Met de echte data blijft er van de definities niets als tekst staan."""
    html = _render(handboek)
    assert html == "<p>Een alinea.</p>"


@pytest.mark.parametrize("vorm", FOUTE_VORMEN, ids=repr)
def test_macro_geeft_nooit_rauwe_tekst_door(handboek, vorm):
    """Ook als de validatie wordt omzeild (een Begrip met de hand gemaakt),
    stopt de macro met een melding in plaats van HTML uit `uitleg` door te geven."""
    eerste = handboek.begrippen[0]
    kapot = dataclasses.replace(eerste, vormen=(vorm,), uitleg='<img src=x onerror="alert(1)">')
    hb = dataclasses.replace(handboek, begrippen=(kapot, *handboek.begrippen[1:]))
    with pytest.raises(ValueError) as fout:
        _render(hb)
    assert eerste.term in str(fout.value) and "tooltip" in str(fout.value)
