"""HTML van de uitkomst van de volwassenheidsscan (bij het bouwen en in de browser).
Alleen standaardbibliotheek."""

from __future__ import annotations

from ..model.handboek import Handboek
from .html import e, leeg, tag
from .links import Naar


def _beantwoord(uitkomst: dict) -> str:
    b = uitkomst["beantwoord"]
    if b["aantal"] == b["van"]:
        return f"U hebt alle {b['van']} thema's beantwoord."
    return f"U hebt {b['aantal']} van de {b['van']} thema's beantwoord."


def totaal(uitkomst: dict) -> str:
    t = uitkomst["totaal"]
    b = uitkomst["beantwoord"]
    if t is None:
        zin = "U hebt nog geen thema beantwoord. Kies hierboven per thema de fase die nu het best past. Dan verschijnt hier uw uitkomst."
        return tag("p", zin, klasse="vs-totaal", data_testid="totaalbeeld", data_fase="", data_beantwoord=0)
    zin = _beantwoord(uitkomst) + " Uw totaalbeeld: " + tag("strong", f"fase {t['fase']}, {e(t['naam'])}") + "."
    if b["aantal"] == 1:
        zin += " Dat rust op één thema; kies ook bij de andere thema's een fase."
    elif t["spreiding"] == 0:
        zin += " Alle beantwoorde thema's staan in dezelfde fase."
    else:
        zin += f" Tussen uw hoogste en laagste thema zitten {t['spreiding']} fase{'s' if t['spreiding'] > 1 else ''}."
    return tag("p", zin, klasse="vs-totaal", data_testid="totaalbeeld", data_fase=t["fase"], data_beantwoord=b["aantal"])


def aandacht(uitkomst: dict) -> str:
    if uitkomst["totaal"] is None:
        return ""
    if not uitkomst["aandacht"]:
        return tag("p", "Geen thema blijft achter bij de rest. Werk de thema's samen naar de volgende fase.", klasse="vs-geen-aandacht")
    namen = {t["thema"]: t["naam"] for t in uitkomst["themas"]}
    items = "".join(tag("li", tag("a", e(namen[s]), href=f"#vs-{s}"), data_testid="aandacht", data_thema=s) for s in uitkomst["aandacht"])
    return tag("p", "Deze thema's blijven achter en vragen extra aandacht:") + tag("ul", items, klasse="vs-aandacht")


def _stap(volgende: dict | None) -> str:
    if not volgende:
        return tag("p", "Dit thema staat in de hoogste fase. Houd het vast.", klasse="vs-stap")
    kop = tag("strong", f"Volgende stap (fase {volgende['fase']}, {e(volgende['naam'])}):")
    return tag("p", f"{kop} {e(volgende['tekst'])}", klasse="vs-stap")


def themas(uitkomst: dict, naar: Naar) -> str:
    return "".join(
        tag(
            "section",
            tag("h3", f"{e(t['naam'])}: fase {t['fase']}, {e(t['fasenaam'])}")
            + tag("p", f"{tag('strong', 'Nu:')} {e(t['tekst'])}", klasse="vs-nu")
            + _stap(t["volgende"])
            + tag("p", tag("a", "Meer over dit thema", href=naar(f"wat-is-wijkgericht-werken/#thema-{t['thema']}")), klasse="vs-meer"),
            klasse="vs-thema vs-aandacht-thema" if t["thema"] in uitkomst["aandacht"] else "vs-thema",
            id=f"vs-{t['thema']}",
            data_testid="fase-thema",
            data_thema=t["thema"],
            data_fase=t["fase"],
        )
        for t in uitkomst["themas"]
    )


def alles(uitkomst: dict, naar: Naar) -> dict[str, str]:
    return {"vs-totaal": totaal(uitkomst), "vs-aandacht": aandacht(uitkomst), "vs-themas": themas(uitkomst, naar)}


# --- de pagina: bediening en de plekken voor de uitkomst ------------------------


def bediening(hb: Handboek, invoer: dict) -> str:
    """Per thema de vier fases als keuzerondjes, met de tekst van elke cel."""
    velden = []
    for t in hb.themas:
        opties = "".join(
            tag(
                "label",
                leeg("input", type_="radio", name=t.slug, value=c.fase, checked=invoer.get(t.slug) == c.fase)
                + " "
                + tag("span", f"Fase {c.fase}: {e(hb.fase(c.fase).naam)}", klasse="vs-fase")
                + " "
                + tag("span", e(c.tekst), klasse="vs-cel"),
                klasse="vs-optie",
            )
            for c in t.cellen
        )
        velden.append(
            tag(
                "fieldset",
                tag("legend", e(t.naam)) + tag("p", e(t.omschrijving), klasse="vs-vraag") + opties,
                klasse="vs-keuze",
                data_thema=t.slug,
            )
        )
    return "".join(velden)


def config(hb: Handboek) -> dict:
    return {"themas": [t.slug for t in hb.themas], "fases": [f.nummer for f in hb.fases]}


def _uitkomst(html: dict[str, str]) -> str:
    return tag(
        "div",
        tag("div", html["vs-totaal"], data_plek="vs-totaal", aria_live="polite")
        + tag("div", html["vs-aandacht"], data_plek="vs-aandacht")
        + tag("div", html["vs-themas"], data_plek="vs-themas"),
        klasse="vs-uitkomst",
    )


DELEN = {"uitkomst": _uitkomst}
