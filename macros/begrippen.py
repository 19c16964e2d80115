"""De begrippenlijst. De tooltips op alle pagina's maakt hooks/tooltips.py."""

from __future__ import annotations

from wijktool.model.handboek import Handboek
from wijktool.weergave.html import e, tag

from .bron import kort


def begrippenlijst(hb: Handboek) -> str:
    rijen = []
    for b in sorted(hb.begrippen, key=lambda b: b.term.casefold()):
        herkomst = f"Steunt op: {kort(hb.bron(b.bron))}" if b.bron else "Uitleg van dit handboek"
        anker = "begrip-" + "-".join(b.term.casefold().split())
        rijen.append(tag("dt", e(b.term), id=anker) + tag("dd", tag("p", e(b.uitleg)) + tag("p", herkomst, klasse="begrip-bron")))
    return tag("dl", "".join(rijen), klasse="begrippen")
