"""mkdocs-macros: zet het gevalideerde model van wijktool om in HTML.

Hier staat geen logica over de inhoud; elke macro formatteert alleen. Een
datafout of een onbekende slug stopt de bouw met een duidelijke melding."""

from __future__ import annotations

from pathlib import Path

from mkdocs.utils import get_relative_url

from wijktool import scans as register
from wijktool.laden import laad_handboek

from . import (
    begrippen,
    bron,
    checklist,
    koppelingen,
    mengpaneel,
    overzicht,
    praktijk,
    scans,
    uitgave,
    volwassenheid,
)


def define_env(env) -> None:
    hb = laad_handboek(Path(env.project_dir) / "data")
    env.variables["handboek"] = hb

    def naar(doel: str) -> str:
        """Link naar een pagina van de site (bv. 'opgaven/profiel/'), relatief
        aan de huidige pagina, zodat de site onder elk pad werkt. 'runtime:wiel'
        enz.: het bestand met hash in de naam dat hooks/runtime.py klaarzette."""
        if doel.startswith("runtime:"):
            namen = env.conf["extra"].get("wijktool_runtime") or {}
            if doel[8:] not in namen:
                raise KeyError(f"{doel}: onbekend; zet hooks/runtime.py de runtime wel klaar (mkdocs.yml, hooks)?")
            doel = namen[doel[8:]]
        return get_relative_url(doel, env.page.url)

    def vraagt(script: str, waarde, html: str) -> str:
        """Zet in de metadata van de pagina welk script ze nodig heeft;
        overrides/main.html laadt het dan (en alleen dan)."""
        env.page.meta[script] = waarde
        return html

    bron.koppel(naar)
    extra = env.conf.get("extra") or {}
    uitgave.gegevens(extra)  # een fout in mkdocs.yml stopt de bouw meteen, met de naam van het veld

    macros = {
        "checklist": lambda slug: vraagt("checklist", True, checklist.checklist(hb, slug, overzicht=naar("zelfscan/checklist/"))),
        "checklist_alle": lambda: vraagt("checklist", True, checklist.checklist_alle(hb, naar("zelfscan/checklist/"))),
        "opgaven_tabel": lambda: overzicht.opgaven_tabel(hb, naar),
        "waarden_lijst": lambda: overzicht.waarden_lijst(hb),
        "schuiven_lijst": lambda: overzicht.schuiven_lijst(hb),
        "mengpaneel": lambda slug: mengpaneel.mengpaneel(hb, slug),
        "mengpanelen": lambda: mengpaneel.mengpanelen(hb, naar),
        "themas_lijst": lambda: volwassenheid.themas_lijst(hb),
        "fases_lijst": lambda: volwassenheid.fases_lijst(hb),
        "volwassenheidsraster": lambda: volwassenheid.volwassenheidsraster(hb),
        "koppelingen_bij_opgave": lambda slug: koppelingen.koppelingen_bij_opgave(hb, slug, naar),
        "opgaven_bij_schuif": lambda slug: koppelingen.opgaven_bij_schuif(hb, slug, naar),
        "koppelingen_overzicht": lambda: koppelingen.koppelingen_overzicht(hb, naar),
        "voorbeelden": lambda **filter_: praktijk.voorbeelden(hb, naar, **filter_),
        "voorbeelden_pagina": lambda: praktijk.voorbeelden_pagina(hb, naar),
        "gemeenten_tabel": lambda: praktijk.gemeenten_tabel(hb, naar),
        "gemeente_feiten": lambda slug: praktijk.gemeente_feiten(hb, slug),
        "begrippenlijst": lambda: begrippen.begrippenlijst(hb),
        "bron": lambda onderwerp: bron.bron_van(hb, onderwerp),
        "bronvermelding": lambda *slugs: bron.bronvermelding(hb, *slugs),
        "bronnenlijst": lambda: bron.bronnenlijst(hb),
        "scan_bediening": lambda naam: vraagt("scan", naam, scans.bediening(hb, register.scan(naam), naar)),
        "scan_uitkomst": lambda naam, deel="uitkomst": scans.uitkomst(hb, register.scan(naam), naar, deel),
        "scan_knoppen": lambda deellink=True, bewaar=True: scans.knoppen(deellink, bewaar),
        "uitgave_veld": lambda veld: uitgave.veld(extra, veld),
        "contactzin": lambda: uitgave.contactzin(extra),
        "colofon": lambda: uitgave.colofon(extra),
    }
    for naam, functie in macros.items():
        env.macro(functie, naam)


def on_post_build(env) -> None:
    """Eén melding per bouw, aan het eind, zodat hij niet wegvalt tussen de paginameldingen."""
    uitgave.meld_ontbrekend(env.conf.get("extra") or {})
