"""De pagina van de schuifoefening: schuiven per paneel, de uitkomst van het
begin (bij het bouwen berekend met dezelfde Python-code als in de browser) en
de knoppen. docs/assets/js/scans/schuifoefening.js koppelt de schuiven aan de
paginacontroller."""

from __future__ import annotations

from wijktool.model.handboek import STAND_MAX, STAND_MIDDEN, STAND_MIN, Handboek
from wijktool.scans import schuifoefening as scan
from wijktool.weergave.html import e, leeg, tag

from . import scanpagina
from .mengpaneel import svg
from .scanpagina import Naar

PANELEN = (("huidig", "Huidige situatie", "Zo werkt uw gemeente nu."), ("ambitie", "Ambitie", "Zo wilt u over een jaar werken."))


def _schuif(hb: Handboek, paneel: str, schuif, waarde: int) -> str:
    id_ = f"{paneel}-{schuif.slug}"
    woord = f"{waarde}: {hb.regels.woorden[waarde]}"
    return tag(
        "div",
        tag("label", e(schuif.naam), for_=id_, klasse="scan-label")
        + tag("span", e(schuif.vraag), id=f"{id_}-vraag", klasse="scan-vraag")
        + leeg(
            "input",
            type_="range",
            id=id_,
            name=schuif.slug,
            min=STAND_MIN,
            max=STAND_MAX,
            step=1,
            value=waarde,
            aria_describedby=f"{id_}-vraag",
            aria_valuetext=woord,
        )
        + tag("output", e(woord), for_=id_, klasse="scan-woord", data_woord=""),
        klasse="scan-schuif",
    )


def panelen(hb: Handboek, naar: Naar) -> str:
    begin = scan.begin(hb)
    delen = []
    for paneel, titel, uitleg in PANELEN:
        schuiven = "".join(_schuif(hb, paneel, s, begin[paneel][s.slug]) for s in hb.schuiven)
        tekening = svg(hb.schuiven, begin[paneel], f"Mengpaneel {titel.lower()}", f"scan-mp-{paneel}")
        delen.append(
            tag(
                "fieldset",
                tag("legend", e(titel)) + tag("p", e(uitleg), klasse="scan-paneel-uitleg") + schuiven + tag("div", tekening, klasse="scan-tekening", aria_hidden="true"),
                klasse="scan-paneel",
                data_paneel=paneel,
            )
        )
    inhoud = tag("div", "".join(delen), klasse="scan-panelen")
    return scanpagina.wortel(scan.SCAN, naar, inhoud, schuiven=[s.slug for s in hb.schuiven], woorden=list(hb.regels.woorden), midden=STAND_MIDDEN)


def _begin(hb: Handboek, naar: Naar) -> dict[str, str]:
    return scan.SCAN.weergave(scan.SCAN.uitkomst(hb, scan.begin(hb)), naar)


def uitkomst(hb: Handboek, naar: Naar) -> str:
    """Ranking en waarnemingen per paneel, voor het begin."""
    html = _begin(hb, naar)
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


def gaten(hb: Handboek, naar: Naar) -> str:
    return tag("div", _begin(hb, naar)["gaten"], klasse="scan-gaten", data_plek="gaten")
