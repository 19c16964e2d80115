"""HTML van de uitkomst van de schuifoefening.

Dezelfde functies maken de uitkomst bij het bouwen (voor het begin, zodat er
direct iets op het scherm staat) en in de browser (Pyodide), zodat beide er
precies hetzelfde uitzien. Alleen standaardbibliotheek."""

from __future__ import annotations

from ..model.handboek import STAND_MAX, STAND_MIDDEN, STAND_MIN, Handboek, Schuif
from .html import e, leeg, tag
from .links import Naar
from .mengpaneel import svg

GEKANTELD = "gekantelde-gemeente"
PANEELNAAM = {"huidig": "huidige situatie", "ambitie": "ambitie"}


def _profiel_link(slug: str, naam: str, naar: Naar) -> str:
    return tag("a", e(naam), href=naar(f"profielen/{slug}/"))


def beste(uitkomst: dict, paneel: str, naar: Naar) -> str:
    """Welk profiel het meest lijkt. Nooit 'beter' of 'beste': alleen 'lijkt op'."""
    top = uitkomst[paneel]["ranking"][0]
    zin = (
        f"Uw {PANEELNAAM[paneel]} lijkt het meest op {_profiel_link(top['profiel'], top['naam'], naar)} "
        f"(overeenkomst {top['overeenkomst']} van 100)."
    )
    if top["profiel"] == GEKANTELD:
        zin += " Let op: de gekantelde gemeente is een gedachte-experiment, geen bestaande gemeente."
    testid = "beste-profiel" if paneel == "huidig" else "beste-profiel-ambitie"
    return tag("p", zin, klasse="scan-beste", data_testid=testid, data_profiel=top["profiel"])


def _balk(overeenkomst: int) -> str:
    # SVG in plaats van style="width:…": de Content-Security-Policy staat geen inline stijl toe.
    return tag(
        "svg",
        tag("rect", klasse="scan-balk-achter", width=100, height=10) + tag("rect", klasse="scan-balk-voor", width=overeenkomst, height=10),
        klasse="scan-balk",
        viewBox="0 0 100 10",
        preserveAspectRatio="none",
        aria_hidden="true",
        focusable="false",
    )


def ranking(uitkomst: dict, paneel: str, naar: Naar) -> str:
    testid = "profiel-score" if paneel == "huidig" else "profiel-score-ambitie"
    rijen = "".join(
        tag(
            "li",
            tag("span", _profiel_link(r["profiel"], r["naam"], naar), klasse="scan-naam")
            + _balk(r["overeenkomst"])
            + tag("span", f"{r['overeenkomst']}" + tag("span", " van 100", klasse="sr-only"), klasse="scan-getal"),
            data_testid=testid,
            data_profiel=r["profiel"],
            data_score=r["overeenkomst"],
        )
        for r in uitkomst[paneel]["ranking"]
    )
    return tag("ol", rijen, klasse="scan-ranking", aria_label=f"Overeenkomst met de vijf profielen, {PANEELNAAM[paneel]}")


def waarnemingen(uitkomst: dict, paneel: str) -> str:
    items = uitkomst[paneel]["waarnemingen"]
    if not items:
        return tag("p", "Geen bijzonderheden bij deze standen.", klasse="scan-geen-waarneming")
    rijen = "".join(
        tag(
            "li",
            (tag("strong", "Let op:") + " " if w["niveau"] == "let-op" else "")
            + e(w["tekst"])
            + " "
            + tag("span", f"(Bron: {e(w['bron'])})", klasse="scan-bron"),
            klasse=f"scan-waarneming scan-{w['niveau']}",
            data_waarneming=w["code"],
        )
        for w in items
    )
    return tag("ul", rijen, klasse="scan-waarnemingen")


def gaten(uitkomst: dict, naar: Naar) -> str:
    if not uitkomst["gaten"]:
        return tag(
            "p",
            "Huidige situatie en ambitie verschillen nergens twee standen of meer. Zet het ambitiepaneel op de plek waar u naartoe wilt.",
            klasse="scan-geen-gat",
            data_testid="geen-gaten",
        )
    blokken = []
    for g in uitkomst["gaten"]:
        richting = "hoger" if g["verschil"] > 0 else "lager"
        opgaven = "".join(
            tag(
                "li",
                tag("a", e(a["titel"]), href=naar(f"opgaven/{a['opgave']}/")) + tag("span", f": {e(a['reden'])}", klasse="scan-reden"),
                data_opgave=a["opgave"],
            )
            for a in g["opgaven"]
        )
        blokken.append(
            tag(
                "section",
                tag("h3", f"{e(g['naam'])}: van {g['huidig']} naar {g['ambitie']} ({richting})")
                + tag("p", "Opgaven om te lezen:")
                + tag("ul", opgaven),
                klasse="scan-gat",
                data_testid="gat",
                data_schuif=g["schuif"],
                data_verschil=g["verschil"],
            )
        )
    return "".join(blokken)


def alles(uitkomst: dict, naar: Naar) -> dict[str, str]:
    """Elk deel van de uitkomst als HTML, per plek op de pagina."""
    return {
        "beste-huidig": beste(uitkomst, "huidig", naar),
        "beste-ambitie": beste(uitkomst, "ambitie", naar),
        "ranking-huidig": ranking(uitkomst, "huidig", naar),
        "ranking-ambitie": ranking(uitkomst, "ambitie", naar),
        "waarnemingen-huidig": waarnemingen(uitkomst, "huidig"),
        "waarnemingen-ambitie": waarnemingen(uitkomst, "ambitie"),
        "gaten": gaten(uitkomst, naar),
    }


def vergelijking(verschil: list[dict], datum: str | None) -> str:
    """Tabel: de panelen uit een geïmporteerd bestand naast de panelen van nu."""
    kop = tag("tr", "".join(tag("th", k, scope="col") for k in ("Paneel", "Schuif", "In het bestand", "Nu", "Verschil")))
    rijen = "".join(
        tag(
            "tr",
            tag("td", e(PANEELNAAM[r["paneel"]]))
            + tag("th", e(r["naam"]), scope="row")
            + tag("td", str(r["bestand"]))
            + tag("td", str(r["nu"]))
            + tag("td", f"{'+' if r['verschil'] > 0 else ''}{r['verschil']}"),
            data_paneel=r["paneel"],
            data_schuif=r["schuif"],
            data_verschil=r["verschil"],
        )
        for r in verschil
    )
    wanneer = f" van {e(datum)}" if datum else ""
    return tag(
        "table",
        tag("caption", f"Het bestand{wanneer} vergeleken met nu") + tag("thead", kop) + tag("tbody", rijen),
        klasse="scan-vergelijking",
        data_testid="vergelijking",
    )


# --- de pagina: bediening en de plekken voor de uitkomst ------------------------

PANELEN = (("huidig", "Huidige situatie", "Zo werkt uw gemeente nu."), ("ambitie", "Ambitie", "Zo wilt u over een jaar werken."))


def _schuif(hb: Handboek, paneel: str, schuif: Schuif, waarde: int) -> str:
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


def bediening(hb: Handboek, invoer: dict) -> str:
    """Per paneel de vijf schuiven en de tekening van het mengpaneel."""
    delen = []
    for paneel, titel, uitleg in PANELEN:
        schuiven = "".join(_schuif(hb, paneel, s, invoer[paneel][s.slug]) for s in hb.schuiven)
        tekening = svg(hb.schuiven, invoer[paneel], f"Mengpaneel {titel.lower()}", f"scan-mp-{paneel}")
        delen.append(
            tag(
                "fieldset",
                tag("legend", e(titel))
                + tag("p", e(uitleg), klasse="scan-paneel-uitleg")
                + schuiven
                + tag("div", tekening, klasse="scan-tekening", aria_hidden="true"),
                klasse="scan-paneel",
                data_paneel=paneel,
            )
        )
    return tag("div", "".join(delen), klasse="scan-panelen")


def config(hb: Handboek) -> dict:
    return {"schuiven": [s.slug for s in hb.schuiven], "woorden": list(hb.regels.woorden), "midden": STAND_MIDDEN}


def _uitkomst(html: dict[str, str]) -> str:
    """Ranking en waarnemingen per paneel."""
    return tag(
        "div",
        "".join(
            tag(
                "section",
                tag("h3", e(titel))
                + tag("div", html[f"beste-{paneel}"], data_plek=f"beste-{paneel}", aria_live="polite" if paneel == "huidig" else None)
                + tag("div", html[f"ranking-{paneel}"], data_plek=f"ranking-{paneel}")
                + tag("div", html[f"waarnemingen-{paneel}"], data_plek=f"waarnemingen-{paneel}"),
                klasse="scan-uitkomst-paneel",
            )
            for paneel, titel, _ in PANELEN
        ),
        klasse="scan-uitkomst",
    )


def _gaten(html: dict[str, str]) -> str:
    return tag("div", html["gaten"], klasse="scan-gaten", data_plek="gaten")


DELEN = {"uitkomst": _uitkomst, "gaten": _gaten}
