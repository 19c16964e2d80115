"""De begrippenlijst en de tooltips (afkortingen van Markdown's abbr)."""

from __future__ import annotations

from markdown.extensions.abbr import AbbrBlockprocessor

from wijktool.model.handboek import Handboek
from wijktool.model.opbouw import VERBODEN_IN_VORM

from wijktool.weergave.html import e, tag


def begrippenlijst(hb: Handboek) -> str:
    rijen = []
    for b in sorted(hb.begrippen, key=lambda b: b.term.casefold()):
        bron = f" (bron: {e(hb.bron(b.bron).kort)})" if b.bron else ""
        anker = "begrip-" + "-".join(b.term.casefold().split())
        rijen.append(tag("dt", e(b.term), id=anker) + tag("dd", e(b.uitleg) + bron))
    return tag("dl", "".join(rijen), klasse="begrippen")


def afkortingen(hb: Handboek) -> str:
    """Markdown-regels `*[vorm]: uitleg` voor de abbr-extensie; elke pagina
    krijgt ze achteraan, zodat een begrip overal een tooltip heeft."""
    regels = []
    for b in hb.begrippen:
        uitleg = " ".join(b.uitleg.split())
        for vorm in b.vormen:
            regel = f"*[{vorm}]: {uitleg}"
            _moet_definitie_zijn(regel, vorm, uitleg, b.term)
            regels.append(regel)
    return "\n".join(regels)


def _moet_definitie_zijn(regel: str, vorm: str, uitleg: str, term: str) -> None:
    """Een regel die Markdown niet als definitie leest, blijft als tekst op elke
    pagina staan, met `uitleg` als rauwe HTML. De validatie houdt zulke vormen
    al tegen; dit slot stopt de bouw als het toch gebeurt."""
    gevonden = AbbrBlockprocessor.RE.fullmatch(regel)
    goed = gevonden and gevonden["abbr"] == vorm and gevonden["title"] == uitleg
    if not goed or any(teken in vorm for teken in VERBODEN_IN_VORM):
        raise ValueError(f"begrip '{term}': de vorm '{' '.join(vorm.split())}' kan geen tooltip worden; kies een vorm zonder \\, ], *[ of regeleinde")
