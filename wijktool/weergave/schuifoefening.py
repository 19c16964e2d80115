"""HTML van de uitkomst van de schuifoefening.

Dezelfde functies maken de uitkomst bij het bouwen (voor het begin, zodat er
direct iets op het scherm staat) en in de browser (Pyodide), zodat beide er
precies hetzelfde uitzien. Alleen standaardbibliotheek."""

from __future__ import annotations

from ..model.handboek import STAND_MAX, STAND_MIDDEN, STAND_MIN, Handboek, Schuif
from .html import balk, e, leeg, tag
from .links import Naar

GEKANTELD = "gekantelde-gemeente"
PANEELNAAM = {"huidig": "huidige situatie", "ambitie": "ambitie"}


def _profiel_link(slug: str, naam: str, naar: Naar) -> str:
    return tag("a", e(naam), href=naar(f"profielen/{slug}/"))


def _redenering(slug: str, naar: Naar, tekst: str = "onze redenering per stand") -> str:
    return tag("a", tekst, href=naar(f"profielen/{slug}/#standen"))


def beste(uitkomst: dict, paneel: str, naar: Naar) -> str:
    """Welk profiel het meest lijkt, in een woord (sterk, redelijk, weinig). Nooit
    'beter' of 'beste': alleen 'lijkt op'. Alle schuiven in het midden: nog geen keuzes."""
    p = uitkomst[paneel]
    top = p["ranking"][0]
    testid = "beste-profiel" if paneel == "huidig" else "beste-profiel-ambitie"
    if p["geen_keuze"]:
        zin = (
            f"In uw {PANEELNAAM[paneel]} zijn {tag('strong', 'nog geen keuzes gemaakt')}: alle schuiven staan in het midden. "
            "Platform31 zegt: een schuif staat in het midden als de gemeente op dat punt geen keuze heeft gemaakt. "
            "Welk profiel dan het meest lijkt, zegt nog niets. Zet de schuiven hoger of lager waar uw gemeente wel kiest."
        )
        return tag("p", zin, klasse="scan-beste scan-geen-keuze", data_testid=testid, data_profiel=top["profiel"], data_geen_keuze="ja")
    zin = (
        f"Uw {PANEELNAAM[paneel]} lijkt het meest op {_profiel_link(top['profiel'], top['naam'], naar)}: "
        f"{tag('strong', e(top['lijkt']))} (overeenkomst {top['overeenkomst']} van 100)."
    )
    if top["profiel"] == GEKANTELD:
        zin += " Let op: de gekantelde gemeente is een gedachte-experiment, geen bestaande gemeente."
    return tag("p", zin, klasse="scan-beste", data_testid=testid, data_profiel=top["profiel"], data_lijkt=top["lijkt"])


def _balk(overeenkomst: int) -> str:
    return balk(overeenkomst, "scan-balk", "scan-balk-achter", "scan-balk-voor")


def _schaal(uitkomst: dict) -> str:
    """'sterk: 85 of meer · redelijk: 70 tot 85 · weinig: onder 70' (grenzen uit data/scans.yml)."""
    delen, vorige = [], None
    for woord, vanaf in uitkomst["schaal"]:
        if vanaf is None:
            delen.append(f"{e(woord)}: onder {vorige}")
        elif vorige is None:
            delen.append(f"{e(woord)}: {vanaf} of meer")
        else:
            delen.append(f"{e(woord)}: {vanaf} tot {vorige}")
        vorige = vanaf if vanaf is not None else vorige
    return " · ".join(delen)


def ranking(uitkomst: dict, paneel: str, naar: Naar) -> str:
    testid = "profiel-score" if paneel == "huidig" else "profiel-score-ambitie"
    rijen = "".join(
        tag(
            "li",
            tag("span", _profiel_link(r["profiel"], r["naam"], naar), klasse="scan-naam")
            + _balk(r["overeenkomst"])
            + tag("span", e(r["lijkt"]), klasse="scan-lijkt")
            + tag("span", f"{r['overeenkomst']}" + tag("span", " van 100", klasse="sr-only"), klasse="scan-getal"),
            data_testid=testid,
            data_profiel=r["profiel"],
            data_score=r["overeenkomst"],
            data_lijkt=r["lijkt"],
        )
        for r in uitkomst[paneel]["ranking"]
    )
    lijst = tag("ol", rijen, klasse="scan-ranking", aria_label=f"Hoe sterk uw {PANEELNAAM[paneel]} op de vijf profielen lijkt")
    uitleg = tag(
        "p",
        "Zo leest u dit: eerst het woord, dan de overeenkomst (0–100). "
        + _schaal(uitkomst)
        + ". De standen van de profielen zijn de eigen lezing van dit handboek van de beschrijvingen van Platform31; "
        "de oefening zelf rust niet op harde cijfers. Op de pagina van elk profiel staat "
        + _redenering(uitkomst[paneel]["beste"], naar)
        + ".",
        klasse="scan-bron scan-lezing",
    )
    return lijst + uitleg


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
                + tag("p", e(g["uitleg"]), klasse="scan-richting")
                + tag("ul", opgaven),
                klasse="scan-gat",
                data_testid="gat",
                data_schuif=g["schuif"],
                data_verschil=g["verschil"],
                data_richting=richting,
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
        **merken(uitkomst),
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
    tabel = tag(
        "table",
        tag("caption", f"Het bestand{wanneer} vergeleken met nu") + tag("thead", kop) + tag("tbody", rijen),
        klasse="scan-vergelijking",
        data_testid="vergelijking",
    )
    return tag("div", tabel, klasse="tabel-wrap", tabindex=0)


# --- de pagina: bediening en de plekken voor de uitkomst ------------------------

PANELEN = (("huidig", "Huidige situatie", "Zo werkt uw gemeente nu."), ("ambitie", "Ambitie", "Zo wilt u over een jaar werken."))


def merk(uitkomst: dict, paneel: str, slug: str) -> str:
    """Een streepje naast de schuif: de stand van het profiel dat het meest lijkt.
    De plek volgt uit een klasse (mp-stand-0 … mp-stand-10): de CSP staat geen inline stijl toe."""
    p = uitkomst[paneel]
    stand = p["beste_standen"][slug]
    eigen = p["standen"][slug]
    return tag(
        "span",
        tag("span", str(stand), klasse="mp-merk-getal"),
        klasse=f"mp-merk mp-stand-{stand}" + (" mp-merk-gelijk" if stand == eigen else ""),
        data_stand=stand,
        aria_hidden="true",
    )


def merken(uitkomst: dict) -> dict[str, str]:
    uit = {}
    for paneel, _, _ in PANELEN:
        p = uitkomst[paneel]
        for slug in p["standen"]:
            uit[f"merk-{paneel}-{slug}"] = merk(uitkomst, paneel, slug)
        top = p["ranking"][0]
        verschil = [uitkomst["schuifnamen"][s].lower() for s, w in p["standen"].items() if w != p["beste_standen"][s]]
        waar = f"U wijkt af bij: {e(', '.join(verschil))}." if verschil else "U wijkt nergens af."
        uit[f"legenda-{paneel}"] = tag(
            "p",
            tag("span", "", klasse="mp-merk-voorbeeld", aria_hidden="true")
            + f" Streepje met getal: de stand van {e(top['naam'].lower())}, het profiel dat het meest lijkt "
            + f"(zoals dit handboek de bron leest). {waar}",
            klasse="mp-legenda",
            data_testid=f"legenda-{paneel}",
            data_profiel=top["profiel"],
        )
    return uit


def _woord(hb: Handboek, waarde: int) -> str:
    return f"{waarde}: {hb.regels.woorden[waarde]}"


def _schuif(hb: Handboek, paneel: str, schuif: Schuif, waarde: int, merkje: str) -> str:
    """Eén verticale schuif (een gewone input type=range, rechtop gezet met CSS),
    met boven en onder wat hoog en laag betekent, en de stand in woorden."""
    id_ = f"{paneel}-{schuif.slug}"
    return tag(
        "div",
        tag("label", e(schuif.naam), for_=id_, klasse="mp-naam")
        + tag("span", tag("span", "hoog: ", klasse="sr-only") + e(schuif.hoog_kort), id=f"{id_}-hoog", klasse="mp-eind mp-eind-hoog")
        + tag(
            "div",
            leeg(
                "input",
                type_="range",
                id=id_,
                name=schuif.slug,
                min=STAND_MIN,
                max=STAND_MAX,
                step=1,
                value=waarde,
                aria_orientation="vertical",
                aria_describedby=f"{id_}-vraag {id_}-hoog {id_}-laag",
                aria_valuetext=_woord(hb, waarde),
            )
            + tag("span", "", klasse="mp-middenstreep", aria_hidden="true")
            + tag("span", merkje, data_plek=f"merk-{paneel}-{schuif.slug}"),
            klasse="mp-rail",
        )
        + tag("span", tag("span", "laag: ", klasse="sr-only") + e(schuif.laag_kort), id=f"{id_}-laag", klasse="mp-eind mp-eind-laag")
        + tag("output", e(_woord(hb, waarde)), for_=id_, klasse="scan-woord", data_woord="")
        + tag("span", e(schuif.vraag), id=f"{id_}-vraag", klasse="sr-only"),
        klasse="scan-schuif mp-fader",
        data_schuif=schuif.slug,
    )


def bediening(hb: Handboek, invoer: dict) -> str:
    """Per paneel een mengpaneel van vijf verticale schuiven: de schuiven zijn de tekening."""
    from ..scans.schuifoefening import reken  # hier pas: de scan gebruikt deze module ook

    uitkomst = reken(hb, invoer)
    pleks = merken(uitkomst)
    delen = []
    for paneel, titel, uitleg in PANELEN:
        schuiven = "".join(_schuif(hb, paneel, s, invoer[paneel][s.slug], pleks[f"merk-{paneel}-{s.slug}"]) for s in hb.schuiven)
        delen.append(
            tag(
                "fieldset",
                tag("legend", e(titel))
                + tag("p", e(uitleg), klasse="scan-paneel-uitleg")
                + tag("div", schuiven, klasse="mp-faders")
                + tag("div", pleks[f"legenda-{paneel}"], data_plek=f"legenda-{paneel}"),
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
