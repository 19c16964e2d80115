"""HTML van de afvinklijst: de balans als tabel en als staafdiagram (HTML met SVG-staven).
Alleen standaardbibliotheek."""

from __future__ import annotations

from ..model.handboek import Handboek
from .html import balk, e, tag
from .links import Naar


def tabel(uitkomst: dict, naar: Naar) -> str:
    kop = tag("tr", "".join(tag("th", k, scope="col") for k in ("Opgave", "Kansen aanwezig", "Valkuilen aanwezig", "Aandacht")))
    rijen = "".join(
        tag(
            "tr",
            tag("th", tag("a", f"{r['nummer']}. {e(r['titel'])}", href=naar(f"opgaven/{r['opgave']}/")), scope="row")
            + tag("td", f"{r['kansen']} van {r['kansen_totaal']}")
            + tag("td", f"{r['valkuilen']} van {r['valkuilen_totaal']}")
            + tag("td", e(r["oordeel"])),
            data_testid="opgave-balans",
            data_opgave=r["opgave"],
            data_kansen=r["kansen"],
            data_valkuilen=r["valkuilen"],
        )
        for r in uitkomst["opgaven"]
    )
    return tag(
        "div",
        tag(
            "table",
            tag("caption", "De tien opgaven, waar de meeste aandacht nodig is bovenaan") + tag("thead", kop) + tag("tbody", rijen),
            klasse="balans-tabel",
        ),
        klasse="tabel-wrap",
        tabindex=0,  # een kader dat scrolt, moet met het toetsenbord te bereiken zijn (axe)
    )


def _staaf(deel: float, klasse: str) -> str:
    return balk(f"{100 * deel:.1f}", "bd-staaf", "bd-achter", klasse)


def diagram(uitkomst: dict) -> str:
    """Per opgave twee staven: aandeel aanwezige kansen en aanwezige valkuilen.
    Namen en getallen zijn HTML. De tabel op de pagina is het tekstalternatief."""
    legenda = tag(
        "p",
        tag("span", "", klasse="bd-blok bd-kans", aria_hidden="true")
        + " kansen aanwezig "
        + tag("span", "", klasse="bd-blok bd-valkuil", aria_hidden="true")
        + " valkuilen aanwezig",
        klasse="bd-legenda",
    )
    rijen = "".join(
        tag(
            "li",
            tag("span", f"{r['nummer']}. {e(r['titel'])}", klasse="bd-label")
            + tag(
                "span",
                _staaf(r["kansen"] / r["kansen_totaal"], "bd-kans") + _staaf(r["valkuilen"] / r["valkuilen_totaal"], "bd-valkuil"),
                klasse="bd-staven",
            )
            + tag("span", f"{r['kansen']}/{r['kansen_totaal']} · {r['valkuilen']}/{r['valkuilen_totaal']}", klasse="bd-getal"),
            data_opgave=r["opgave"],
        )
        for r in uitkomst["opgaven"]
    )
    return tag(
        "div",
        legenda + tag("ol", rijen, klasse="bd-rijen"),
        klasse="balans-diagram",
        role="img",
        aria_label="Staafdiagram: aanwezige kansen en valkuilen per opgave. Dezelfde cijfers staan in de tabel op deze pagina.",
    )


def aantal(uitkomst: dict) -> str:
    n = uitkomst["aangevinkt"]
    if n == 0:
        zin = (
            f"U hebt nog niets aangevinkt (0 van de {uitkomst['items']} punten). Er is dus nog geen balans. "
            "Vink op de pagina's van de opgaven aan welke kansen en valkuilen er bij u zijn."
        )
    else:
        zin = f"U hebt {n} van de {uitkomst['items']} punten aangevinkt."
    return tag("p", zin, data_testid="aantal-vinkjes", data_aantal=n)


def alles(uitkomst: dict, naar: Naar) -> dict[str, str]:
    return {"balans-tabel": tabel(uitkomst, naar), "balans-diagram": diagram(uitkomst), "balans-aantal": aantal(uitkomst)}


# --- de pagina: geen eigen bediening (de vinkjes staan op de opgavepagina's) -----


def bediening(hb: Handboek, invoer: list[int]) -> str:
    return ""


def config(hb: Handboek) -> dict:
    return {"items": [i.nr for i in hb.items]}


def _uitkomst(html: dict[str, str]) -> str:
    return tag(
        "div",
        tag("div", html["balans-aantal"], data_plek="balans-aantal", aria_live="polite")
        + tag("figure", tag("div", html["balans-diagram"], data_plek="balans-diagram"), klasse="balans-figuur")
        + tag("div", html["balans-tabel"], data_plek="balans-tabel"),
        klasse="balans-uitkomst",
    )


DELEN = {"uitkomst": _uitkomst}
