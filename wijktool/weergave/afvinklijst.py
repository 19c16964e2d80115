"""HTML van de afvinklijst: de balans als tabel en als staafdiagram (inline SVG).
Alleen standaardbibliotheek."""

from __future__ import annotations

from ..model.handboek import Handboek
from .html import e, tag
from .links import Naar

RIJ = 26
LABEL = 190
BREEDTE = 520


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
        "table",
        tag("caption", "De tien opgaven, waar de meeste aandacht nodig is bovenaan") + tag("thead", kop) + tag("tbody", rijen),
        klasse="balans-tabel",
    )


def _rect(x: float, y: float, breedte: float, klasse: str) -> str:
    return tag("rect", x=x, y=y, width=f"{breedte:.1f}", height=9, klasse=klasse)


def _tekst(x: float, y: float, inhoud: str, klasse: str, **extra: object) -> str:
    return tag("text", inhoud, x=f"{x:.1f}" if isinstance(x, float) else x, y=y, klasse=klasse, **extra)


def diagram(uitkomst: dict) -> str:
    """Per opgave twee staven: aandeel aanwezige kansen en aanwezige valkuilen.
    De tabel ernaast is het tekstalternatief (aria-describedby)."""
    schaal = BREEDTE - LABEL - 60
    delen = [
        _rect(LABEL, 2, 12, "bd-kans"),
        _tekst(LABEL + 16, 11, "kansen aanwezig", "bd-legenda"),
        _rect(LABEL + 130, 2, 12, "bd-valkuil"),
        _tekst(LABEL + 146, 11, "valkuilen aanwezig", "bd-legenda"),
    ]
    for i, r in enumerate(uitkomst["opgaven"]):
        y = i * RIJ + 22
        k = schaal * r["kansen"] / r["kansen_totaal"]
        v = schaal * r["valkuilen"] / r["valkuilen_totaal"]
        delen += [
            _tekst(LABEL - 8, y + 14, f"{r['nummer']}. {e(r['titel'])}", "bd-label", text_anchor="end"),
            _rect(LABEL, y + 2, k, "bd-kans"),
            _rect(LABEL, y + 12, v, "bd-valkuil"),
            _tekst(
                LABEL + max(k, v) + 6, y + 15, f"{r['kansen']}/{r['kansen_totaal']} · {r['valkuilen']}/{r['valkuilen_totaal']}", "bd-getal"
            ),
        ]
    hoogte = len(uitkomst["opgaven"]) * RIJ + 30
    return tag(
        "svg",
        tag("title", "Staafdiagram: aanwezige kansen en valkuilen per opgave", id="bd-titel")
        + tag("desc", "Dezelfde cijfers staan in de tabel op deze pagina.", id="bd-uitleg")
        + "".join(delen),
        klasse="balans-diagram",
        viewBox=f"0 0 {BREEDTE} {hoogte}",
        role="img",
        aria_labelledby="bd-titel",
        aria_describedby="bd-uitleg",
        xmlns="http://www.w3.org/2000/svg",
    )


def aantal(uitkomst: dict) -> str:
    n = uitkomst["aangevinkt"]
    return tag("p", f"U hebt {n} van de {uitkomst['items']} punten aangevinkt.", data_testid="aantal-vinkjes", data_aantal=n)


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
