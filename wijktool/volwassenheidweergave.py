"""HTML van de uitkomst van de volwassenheidsscan (bij het bouwen en in de browser).
Alleen standaardbibliotheek."""

from __future__ import annotations

from html import escape


def _e(tekst: object) -> str:
    return escape(str(tekst), quote=True)


def totaal(uitkomst: dict) -> str:
    t = uitkomst["totaal"]
    zin = f'Uw totaalbeeld: <strong>fase {t["fase"]}, {_e(t["naam"])}</strong>.'
    if t["spreiding"] == 0:
        zin += " Alle thema's staan in dezelfde fase."
    else:
        zin += f' Tussen uw hoogste en laagste thema zitten {t["spreiding"]} fase{"s" if t["spreiding"] > 1 else ""}.'
    return f'<p class="vs-totaal" data-testid="totaalbeeld" data-fase="{t["fase"]}">{zin}</p>'


def aandacht(uitkomst: dict, basis: str) -> str:
    if not uitkomst["aandacht"]:
        return '<p class="vs-geen-aandacht">Geen thema blijft achter bij de rest. Werk de thema\'s samen naar de volgende fase.</p>'
    namen = {t["thema"]: t["naam"] for t in uitkomst["themas"]}
    items = "".join(
        f'<li data-testid="aandacht" data-thema="{_e(s)}"><a href="#vs-{_e(s)}">{_e(namen[s])}</a></li>' for s in uitkomst["aandacht"]
    )
    return f'<p>Deze thema\'s blijven achter en vragen extra aandacht:</p><ul class="vs-aandacht">{items}</ul>'


def themas(uitkomst: dict, basis: str) -> str:
    rijen = []
    for t in uitkomst["themas"]:
        if t["volgende"]:
            stap = f'<p class="vs-stap"><strong>Volgende stap (fase {t["volgende"]["fase"]}, {_e(t["volgende"]["naam"])}):</strong> {_e(t["volgende"]["tekst"])}</p>'
        else:
            stap = '<p class="vs-stap">Dit thema staat in de hoogste fase. Houd het vast.</p>'
        extra = " vs-aandacht-thema" if t["thema"] in uitkomst["aandacht"] else ""
        rijen.append(
            f'<section class="vs-thema{extra}" id="vs-{_e(t["thema"])}" data-testid="fase-thema" data-thema="{_e(t["thema"])}" data-fase="{t["fase"]}">'
            f'<h3>{_e(t["naam"])}: fase {t["fase"]}, {_e(t["fasenaam"])}</h3>'
            f'<p class="vs-nu"><strong>Nu:</strong> {_e(t["tekst"])}</p>{stap}'
            f'<p class="vs-meer"><a href="{_e(basis)}wat-is-wijkgericht-werken/#thema-{_e(t["thema"])}">Meer over dit thema</a></p></section>'
        )
    return "".join(rijen)


def alles(uitkomst: dict, basis: str = "../../") -> dict[str, str]:
    return {"vs-totaal": totaal(uitkomst), "vs-aandacht": aandacht(uitkomst, basis), "vs-themas": themas(uitkomst, basis)}
