"""HTML van de uitkomst van de zelfscan.

Dezelfde functies maken de uitkomst bij het bouwen (voor de standaardstanden,
zodat er direct iets op het scherm staat) en in de browser (Pyodide), zodat
beide er precies hetzelfde uitzien. Alleen standaardbibliotheek."""

from __future__ import annotations

from html import escape

GEKANTELD = "gekantelde-gemeente"
PANEELNAAM = {"huidig": "huidige situatie", "ambitie": "ambitie"}


def _e(tekst: object) -> str:
    return escape(str(tekst), quote=True)


def _profiel_link(slug: str, naam: str, basis: str) -> str:
    return f'<a href="{_e(basis)}profielen/{_e(slug)}/">{_e(naam)}</a>'


def beste(uitkomst: dict, paneel: str, basis: str) -> str:
    """Welk profiel het meest lijkt. Nooit 'beter' of 'beste': alleen 'lijkt op'."""
    top = uitkomst[paneel]["ranking"][0]
    testid = "beste-profiel" if paneel == "huidig" else "beste-profiel-ambitie"
    zin = (
        f"Uw {PANEELNAAM[paneel]} lijkt het meest op {_profiel_link(top['profiel'], top['naam'], basis)} "
        f"(overeenkomst {top['overeenkomst']} van 100)."
    )
    if top["profiel"] == GEKANTELD:
        zin += " Let op: de gekantelde gemeente is een gedachte-experiment, geen bestaande gemeente."
    return f'<p class="scan-beste" data-testid="{testid}" data-profiel="{_e(top["profiel"])}">{zin}</p>'


def ranking(uitkomst: dict, paneel: str, basis: str) -> str:
    testid = "profiel-score" if paneel == "huidig" else "profiel-score-ambitie"
    rijen = "".join(
        f'<li data-testid="{testid}" data-profiel="{_e(r["profiel"])}" data-score="{r["overeenkomst"]}">'
        f'<span class="scan-naam">{_profiel_link(r["profiel"], r["naam"], basis)}</span>'
        # SVG in plaats van style="width:…": de Content-Security-Policy staat geen inline stijl toe.
        f'<svg class="scan-balk" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">'
        f'<rect class="scan-balk-achter" width="100" height="10"/><rect class="scan-balk-voor" width="{r["overeenkomst"]}" height="10"/></svg>'
        f'<span class="scan-getal">{r["overeenkomst"]}<span class="sr-only"> van 100</span></span></li>'
        for r in uitkomst[paneel]["ranking"]
    )
    return f'<ol class="scan-ranking" aria-label="Overeenkomst met de vijf profielen, {PANEELNAAM[paneel]}">{rijen}</ol>'


def waarnemingen(uitkomst: dict, paneel: str) -> str:
    items = uitkomst[paneel]["waarnemingen"]
    if not items:
        return '<p class="scan-geen-waarneming">Geen bijzonderheden bij deze standen.</p>'
    rijen = "".join(
        f'<li class="scan-waarneming scan-{_e(w["niveau"])}" data-waarneming="{_e(w["code"])}">'
        f'{"<strong>Let op:</strong> " if w["niveau"] == "let-op" else ""}{_e(w["tekst"])} '
        f'<span class="scan-bron">(Bron: {_e(w["bron"])})</span></li>'
        for w in items
    )
    return f'<ul class="scan-waarnemingen">{rijen}</ul>'


def gaten(uitkomst: dict, basis: str) -> str:
    if not uitkomst["gaten"]:
        return (
            '<p class="scan-geen-gat" data-testid="geen-gaten">Huidige situatie en ambitie verschillen nergens '
            "twee standen of meer. Zet het ambitiepaneel op de plek waar u naartoe wilt.</p>"
        )
    blokken = []
    for g in uitkomst["gaten"]:
        richting = "hoger" if g["verschil"] > 0 else "lager"
        opgaven = "".join(
            f'<li data-opgave="{_e(a["opgave"])}"><a href="{_e(basis)}opgaven/{_e(a["opgave"])}/">{_e(a["titel"])}</a><span class="scan-reden">: {_e(a["reden"])}</span></li>'
            for a in g["opgaven"]
        )
        blokken.append(
            f'<section class="scan-gat" data-testid="gat" data-schuif="{_e(g["schuif"])}" data-verschil="{g["verschil"]}">'
            f'<h3>{_e(g["naam"])}: van {g["huidig"]} naar {g["ambitie"]} ({richting})</h3>'
            f'<p>Opgaven om te lezen:</p><ul>{opgaven}</ul></section>'
        )
    return "".join(blokken)


def alles(uitkomst: dict, basis: str = "../") -> dict[str, str]:
    """Elk deel van de uitkomst als HTML, per plek op de pagina."""
    return {
        "beste-huidig": beste(uitkomst, "huidig", basis),
        "beste-ambitie": beste(uitkomst, "ambitie", basis),
        "ranking-huidig": ranking(uitkomst, "huidig", basis),
        "ranking-ambitie": ranking(uitkomst, "ambitie", basis),
        "waarnemingen-huidig": waarnemingen(uitkomst, "huidig"),
        "waarnemingen-ambitie": waarnemingen(uitkomst, "ambitie"),
        "gaten": gaten(uitkomst, basis),
    }


def vergelijking(verschil: list[dict], datum: str | None) -> str:
    """Tabel: de panelen uit een geïmporteerd bestand naast de panelen van nu."""
    kop = "<tr><th scope=\"col\">Paneel</th><th scope=\"col\">Schuif</th><th scope=\"col\">In het bestand</th><th scope=\"col\">Nu</th><th scope=\"col\">Verschil</th></tr>"
    rijen = "".join(
        f'<tr data-paneel="{_e(r["paneel"])}" data-schuif="{_e(r["schuif"])}" data-verschil="{r["verschil"]}">'
        f'<td>{_e(PANEELNAAM[r["paneel"]])}</td><th scope="row">{_e(r["naam"])}</th><td>{r["bestand"]}</td><td>{r["nu"]}</td>'
        f'<td>{"+" if r["verschil"] > 0 else ""}{r["verschil"]}</td></tr>'
        for r in verschil
    )
    wanneer = f" van {_e(datum)}" if datum else ""
    return f'<table class="scan-vergelijking" data-testid="vergelijking"><caption>Het bestand{wanneer} vergeleken met nu</caption><thead>{kop}</thead><tbody>{rijen}</tbody></table>'
