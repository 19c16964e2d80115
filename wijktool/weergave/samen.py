"""HTML van Samen scannen: de agenda (schuiven of thema's op volgorde van
verschil), de deelnemers en de groep. Bij het bouwen en in de browser dezelfde.
In de SVG's staat geen tekst: namen en getallen zijn HTML, zodat ze op een smal
scherm leesbaar blijven. Alleen standaardbibliotheek."""

from __future__ import annotations

from ..model.handboek import STAND_MAX, Handboek
from .html import e, leeg, tag
from .links import Naar

PANEELNAAM = {"huidig": "huidige situatie", "ambitie": "ambitie"}
BREED = 200  # viewBox-breedte van een baan; de baan schaalt mee met haar kader


def _x(stand: float) -> float:
    return 8 + (BREED - 16) * stand / STAND_MAX


def _baan(rij: dict) -> str:
    """Eén baan 0–10: grijs het bereik van laag tot hoog, een rondje per deelnemer
    (gelijke standen boven elkaar), een streep voor het gemiddelde."""
    gezien: dict[int, int] = {}
    rondjes = []
    for nr, stand in enumerate(rij["standen"], 1):
        hoogte = gezien.get(stand, 0)
        gezien[stand] = hoogte + 1
        rondjes.append(tag("circle", klasse="sm-mens", cx=f"{_x(stand):.1f}", cy=30 - 8 * hoogte, r=3.5, data_nr=nr))
    hoogste = max(gezien.values())
    boven = 30 - 8 * (hoogste - 1) - 6
    inhoud = (
        tag("line", klasse="sm-lijn", x1=8, x2=BREED - 8, y1=36, y2=36)
        + "".join(tag("line", klasse="sm-streep", x1=f"{_x(s):.1f}", x2=f"{_x(s):.1f}", y1=33, y2=39) for s in (0, 5, 10))
        + tag("rect", klasse="sm-bereik", x=f"{_x(rij['min']):.1f}", y=33, width=f"{_x(rij['max']) - _x(rij['min']):.1f}", height=6)
        + "".join(rondjes)
        + tag("line", klasse="sm-gemiddeld", x1=f"{_x(rij['gemiddeld']):.1f}", x2=f"{_x(rij['gemiddeld']):.1f}", y1=max(boven, 0), y2=42)
    )
    return tag(
        "svg", inhoud, klasse="sm-baan", viewBox=f"0 {min(boven, 0)} {BREED} {44 - min(boven, 0)}", aria_hidden="true", focusable="false"
    )


def _komma(getal: float) -> str:
    return f"{getal:.1f}".replace(".", ",")


def _status(uitkomst: dict) -> str:
    n = uitkomst["aantal"]
    if n < uitkomst["minstens"]:
        zin = (
            f"Er {'is' if n == 1 else 'zijn'} nu {n} deelnemer{'' if n == 1 else 's'}. "
            f"Plak minstens {uitkomst['minstens']} deellinks (hooguit {uitkomst['hoogstens']}) en klik op Vergelijk."
        )
        return tag("p", zin, klasse="samen-status", data_testid="samen-status", data_aantal=n)
    scan = "schuifoefening" if uitkomst["scan"] == "schuifoefening" else "volwassenheidsscan"
    zin = f"{n} deelnemers, {scan}"
    if uitkomst["scan"] == "schuifoefening":
        zin += f", paneel {PANEELNAAM[uitkomst['paneel']]}"
    return tag("p", zin + ".", klasse="samen-status", data_testid="samen-status", data_aantal=n, data_scan=uitkomst["scan"])


def _wie(mensen: list[dict]) -> str:
    return tag("ol", "".join(tag("li", e(m["naam"]), value=m["nr"]) for m in mensen), klasse="samen-wie")


def _schuiven(s: dict) -> str:
    rijen = []
    for plek, rij in enumerate(s["schuiven"], 1):
        if rij["spreiding"] >= s["gat"]:
            oordeel = tag("strong", f"verschil {rij['spreiding']} standen: bespreek dit")
        elif rij["spreiding"] == 0:
            oordeel = "iedereen zet dezelfde stand"
        else:
            oordeel = f"verschil {rij['spreiding']} stand{'en' if rij['spreiding'] > 1 else ''}: dicht bij elkaar"
        wie = " · ".join(f"{nr}: {stand}" for nr, stand in enumerate(rij["standen"], 1))
        rijen.append(
            tag(
                "li",
                tag("h4", f"{plek}. {e(rij['naam'])}", klasse="sm-kop")
                + tag("p", oordeel, klasse="sm-oordeel")
                + tag(
                    "div",
                    tag("span", "▼ " + e(rij["laag"]), klasse="sm-eind")
                    + _baan(rij)
                    + tag("span", "▲ " + e(rij["hoog"]), klasse="sm-eind sm-eind-hoog"),
                    klasse="sm-rij",
                )
                + tag(
                    "p",
                    f"Laagste {rij['min']}, hoogste {rij['max']}, gemiddeld {_komma(rij['gemiddeld'])}. Per deelnemer: {wie}.",
                    klasse="sm-getallen",
                ),
                klasse="sm-schuif",
                data_testid="samen-schuif",
                data_schuif=rij["schuif"],
                data_min=rij["min"],
                data_max=rij["max"],
                data_gemiddeld=f"{rij['gemiddeld']:.1f}",
                data_spreiding=rij["spreiding"],
            )
        )
    return tag("ol", "".join(rijen), klasse="sm-agenda")


def _mensen_schuifoefening(s: dict, naar: Naar) -> str:
    items = []
    for m in s["deelnemers"]:
        if m["geen_keuze"]:
            wat = "nog geen keuzes gemaakt (alle schuiven in het midden)"
        else:
            link = tag("a", e(m["profielnaam"]), href=naar(f"profielen/{m['profiel']}/"))
            wat = f"lijkt {tag('strong', e(m['lijkt']))} op {link} ({m['overeenkomst']})"
        items.append(
            tag("li", f"{tag('strong', e(m['naam']))}: {wat}", value=m["nr"], data_testid="samen-deelnemer", data_profiel=m["profiel"])
        )
    return tag("ol", "".join(items), klasse="samen-deelnemers")


def _groep(s: dict, naar: Naar) -> str:
    g = s["groep"]
    link = tag("a", e(g["profielnaam"]), href=naar(f"profielen/{g['profiel']}/"))
    zin = f"Het gemiddelde paneel van de groep lijkt {tag('strong', e(g['lijkt']))} op {link} ({g['overeenkomst']})."
    if g["verschillend"] > 1:
        zin += f" Let op: de deelnemers lijken zelf op {g['verschillend']} verschillende profielen. Een gemiddelde verbergt dat; bespreek eerst de verschillen."
    return tag("p", zin, klasse="samen-groep", data_testid="samen-groep", data_profiel=g["profiel"])


def _themas(v: dict) -> str:
    fases = v["fases"]
    rijen = []
    for plek, rij in enumerate(v["themas"], 1):
        if rij["beantwoord"] == 0:
            oordeel = "nog door niemand beantwoord"
        elif rij["spreiding"] == 0:
            oordeel = f"iedereen kiest fase {rij['min']}"
        else:
            oordeel = tag(
                "strong" if rij["spreiding"] >= 2 else "span", f"van fase {rij['min']} tot fase {rij['max']}: verschil {rij['spreiding']}"
            )
        wie = {f: [str(nr) for nr, g in enumerate(rij["fases"], 1) if g == f] for f, _ in fases}
        kolommen = "".join(
            tag(
                "li",
                tag("span", f"Fase {f}", klasse="sv-fase") + tag("span", ", ".join(wie[f]) or "–", klasse="sv-wie"),
                klasse="sv-kolom" + (" sv-bezet" if wie[f] else ""),
            )
            for f, _ in fases
        )
        rijen.append(
            tag(
                "li",
                tag("h4", f"{plek}. {e(rij['naam'])}", klasse="sm-kop")
                + tag("p", oordeel, klasse="sm-oordeel")
                + tag("ol", kolommen, klasse="sv-fases", aria_label="Welke deelnemers (nummers) kozen welke fase"),
                klasse="sm-schuif",
                data_testid="samen-thema",
                data_thema=rij["thema"],
                data_min="" if rij["min"] is None else rij["min"],
                data_max="" if rij["max"] is None else rij["max"],
                data_spreiding=rij["spreiding"],
            )
        )
    return tag("ol", "".join(rijen), klasse="sm-agenda")


def _mensen_volwassenheid(v: dict) -> str:
    namen = dict(v["fases"])
    items = []
    for m in v["deelnemers"]:
        totaal = f"totaalbeeld fase {m['totaal']}, {e(namen[m['totaal']])}" if m["totaal"] else "nog niets beantwoord"
        items.append(
            tag(
                "li",
                f"{tag('strong', e(m['naam']))}: {totaal} ({m['beantwoord']} van {len(v['themas'])} thema's beantwoord)",
                value=m["nr"],
                data_testid="samen-deelnemer",
                data_totaal=m["totaal"] or "",
            )
        )
    return tag("ol", "".join(items), klasse="samen-deelnemers")


def alles(uitkomst: dict, naar: Naar) -> dict[str, str]:
    uit = {"samen-status": _status(uitkomst), "samen-agenda": "", "samen-deelnemers": "", "samen-groep": ""}
    if uitkomst["scan"] == "schuifoefening":
        s = uitkomst["schuifoefening"]
        uit["samen-agenda"] = _schuiven(s)
        uit["samen-deelnemers"] = _mensen_schuifoefening(s, naar)
        uit["samen-groep"] = _groep(s, naar)
    elif uitkomst["scan"] == "volwassenheidsscan":
        v = uitkomst["volwassenheidsscan"]
        uit["samen-agenda"] = _themas(v)
        uit["samen-deelnemers"] = _mensen_volwassenheid(v)
    return uit


# --- de pagina ------------------------------------------------------------------------


def bediening(hb: Handboek, invoer: dict) -> str:
    """Het tekstvak met de deellinks, bestanden toevoegen, het paneel en de knop."""
    regels = "\n".join((f"{d['naam']}: " if d["naam"] else "") + d["link"] for d in invoer["deelnemers"])
    panelen = "".join(
        tag("label", leeg("input", type_="radio", name="paneel", value=p, checked=invoer["paneel"] == p) + " " + e(t), klasse="samen-keuze")
        for p, t in (("huidig", "Huidige situatie"), ("ambitie", "Ambitie"))
    )
    return (
        tag("label", "Deellinks, één per regel", for_="samen-deellinks", klasse="samen-label")
        + tag(
            "p",
            "Zet eventueel een naam of rol vóór de link, met een dubbele punt. Bijvoorbeeld: Wijkambtenaar: https://…/zelfscan/#huidig=…",
            id="samen-uitleg",
            klasse="samen-hulp",
        )
        + tag(
            "textarea",
            e(regels),
            name="deellinks",
            id="samen-deellinks",
            rows=6,
            spellcheck="false",
            aria_describedby="samen-uitleg",
            klasse="samen-links",
        )
        + tag(
            "p",
            tag(
                "label",
                "Of voeg deelnemers toe uit geëxporteerde bestanden "
                + leeg("input", type_="file", accept="application/json,.json", multiple=True, data_samen="bestand"),
                klasse="md-button scan-importeer",
            ),
            klasse="samen-bestanden",
        )
        + tag("fieldset", tag("legend", "Welk paneel van de schuifoefening vergelijkt u?") + panelen, klasse="samen-paneel")
        + tag("p", tag("button", "Vergelijk", type_="button", klasse="md-button md-button--primary", data_testid="samen-vergelijk"))
    )


def config(hb: Handboek) -> dict:
    return {"minstens": 2, "hoogstens": 8}


def _uitkomst(html: dict[str, str]) -> str:
    return tag(
        "div",
        tag("div", html["samen-status"], data_plek="samen-status", aria_live="polite")
        + tag("h3", "Waar verschilt u het meest? Begin het gesprek bovenaan", klasse="samen-kop")
        + tag("div", html["samen-agenda"], data_plek="samen-agenda")
        + tag("h3", "Per deelnemer", klasse="samen-kop")
        + tag("div", html["samen-deelnemers"], data_plek="samen-deelnemers")
        + tag("div", html["samen-groep"], data_plek="samen-groep"),
        klasse="samen-uitkomst",
    )


DELEN = {"uitkomst": _uitkomst}
