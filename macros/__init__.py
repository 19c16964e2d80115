"""mkdocs-macros: zet het gevalideerde model van wijktool om in HTML.

Hier staat geen logica over de inhoud; elke macro formatteert alleen. Een
datafout of een onbekende slug stopt de bouw met een duidelijke melding."""

from __future__ import annotations

from pathlib import Path

from wijktool.laden import laad_handboek

from . import bron, checklist, mengpaneel, overzicht, volwassenheid


def define_env(env) -> None:
    hb = laad_handboek(Path(env.project_dir) / "data")
    env.variables["handboek"] = hb

    macros = {
        "checklist": lambda slug: checklist.checklist(hb, slug),
        "checklist_alle": lambda: checklist.checklist_alle(hb),
        "opgaven_tabel": lambda basis="": overzicht.opgaven_tabel(hb, basis),
        "waarden_lijst": lambda: overzicht.waarden_lijst(hb),
        "mengpaneel": lambda slug: mengpaneel.mengpaneel(hb, slug),
        "mengpanelen": lambda basis="": mengpaneel.mengpanelen(hb, basis),
        "volwassenheidsraster": lambda: volwassenheid.volwassenheidsraster(hb),
        "fases_lijst": lambda: volwassenheid.fases_lijst(hb),
        "bron": lambda onderwerp: bron.bron_van(hb, onderwerp),
        "bronnenlijst": lambda: bron.bronnenlijst(hb),
    }
    for naam, functie in macros.items():
        env.macro(functie, naam)
