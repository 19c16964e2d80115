"""De zelfscan-pagina: schuiven per paneel, de uitkomst van de standaardstanden
(bij het bouwen berekend met dezelfde Python-code als in de browser) en de
knoppen. JavaScript (docs/assets/js/zelfscan.js) koppelt alles aan de worker."""

from __future__ import annotations

from typing import Callable

from wijktool import scan, scanweergave
from wijktool.model import STAND_MAX, STAND_MIDDEN, STAND_MIN, Handboek

from . import scanpagina
from .html import e, tag
from .mengpaneel import svg

PANELEN = (("huidig", "Huidige situatie", "Zo werkt uw gemeente nu."), ("ambitie", "Ambitie", "Zo wilt u over een jaar werken."))


def _schuif(paneel: str, schuif, waarde: int) -> str:
    id_ = f"{paneel}-{schuif.slug}"
    woord = scan.WOORDEN[waarde]
    return tag(
        "div",
        tag("label", e(schuif.naam), for_=id_, klasse="scan-label")
        + tag("span", e(schuif.vraag), id=f"{id_}-vraag", klasse="scan-vraag")
        + f'<input type="range" id="{id_}" name="{e(schuif.slug)}" min="{STAND_MIN}" max="{STAND_MAX}" step="1" value="{waarde}" '
        f'aria-describedby="{id_}-vraag" aria-valuetext="{waarde}: {e(woord)}">'
        + tag("output", f"{waarde}: {e(woord)}", for_=id_, klasse="scan-woord", data_woord=""),
        klasse="scan-schuif",
    )


def panelen(hb: Handboek, naar: Callable[[str], str]) -> str:
    standen = scan.midden(hb)
    delen = []
    for paneel, titel, uitleg in PANELEN:
        schuiven = "".join(_schuif(paneel, s, standen[s.slug]) for s in hb.schuiven)
        tekening = svg(hb.schuiven, standen, f"Mengpaneel {titel.lower()}", f"scan-mp-{paneel}")
        delen.append(
            tag("fieldset", tag("legend", e(titel)) + tag("p", e(uitleg), klasse="scan-paneel-uitleg") + schuiven + tag("div", tekening, klasse="scan-tekening", aria_hidden="true"), klasse="scan-paneel", data_paneel=paneel)
        )
    config = scanpagina.config(naar, schuiven=[s.slug for s in hb.schuiven], woorden=list(scan.WOORDEN), midden=STAND_MIDDEN)
    return tag("div", scanpagina.status() + tag("div", "".join(delen), klasse="scan-panelen"), klasse="zelfscan", id="zelfscan", data_config=config)


def _standaard(hb: Handboek) -> dict[str, str]:
    return scanweergave.alles(scan.scan(hb, scan.midden(hb), scan.midden(hb)))


def uitkomst(hb: Handboek) -> str:
    """Ranking en waarnemingen per paneel, voor de standaardstanden."""
    html = _standaard(hb)
    delen = []
    for paneel, titel, _ in PANELEN:
        delen.append(
            tag(
                "section",
                tag("h3", e(titel))
                + tag("div", html[f"beste-{paneel}"], data_plek=f"beste-{paneel}", aria_live="polite" if paneel == "huidig" else None)
                + tag("div", html[f"ranking-{paneel}"], data_plek=f"ranking-{paneel}")
                + tag("div", html[f"waarnemingen-{paneel}"], data_plek=f"waarnemingen-{paneel}"),
                klasse="scan-uitkomst-paneel",
            )
        )
    return tag("div", "".join(delen), klasse="scan-uitkomst")


def gaten(hb: Handboek) -> str:
    return tag("div", _standaard(hb)["gaten"], klasse="scan-gaten", data_plek="gaten")


def bediening() -> str:
    return scanpagina.knoppen()
