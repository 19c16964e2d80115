"""De woordvormen van een begrip krijgen een tooltip. Vroeger werden ze regels
`*[vorm]: uitleg` voor de abbr-extensie; een vorm met een backslash, een
regeleinde, `]` of `*[` zette dan `uitleg` als rauwe HTML onder elke pagina
(review betrouwbaarheid, D11).

Twee sloten: de validatie weigert zo'n vorm met een melding die het pad noemt,
en hooks/tooltips.py zet de uitleg altijd ge-escapet in een title."""

from __future__ import annotations

import re

import pytest

from hooks import tooltips
from hulp.fouten import noemt
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


@pytest.mark.parametrize("vorm", FOUTE_VORMEN, ids=repr)
def test_tooltip_geeft_nooit_rauwe_html_uit_de_uitleg_door(vorm):
    """Ook als de validatie wordt omzeild: hooks/tooltips.py zet de uitleg als
    ge-escapete titel, nooit als HTML op de pagina."""
    uitleg = {vorm: '<img src=x onerror="alert(1)">'}
    patroon = re.compile(r"(?<![\w])(" + re.escape(vorm) + r")(?![\w])")
    html = tooltips.met_tooltips(f"<p>Over {vorm} gesproken.</p>", patroon, uitleg)
    assert "<img" not in html
    assert "&lt;img" in html or vorm not in html.replace("<p>", "").replace("</p>", "")
