"""HTML van de balans van de afvinklijst: tabel en staafdiagram (inline SVG).
Alleen standaardbibliotheek."""

from __future__ import annotations

from html import escape

RIJ = 26
LABEL = 190
BREEDTE = 520


def _e(tekst: object) -> str:
    return escape(str(tekst), quote=True)


def tabel(uitkomst: dict, basis: str) -> str:
    kop = (
        '<tr><th scope="col">Opgave</th><th scope="col">Kansen aanwezig</th>'
        '<th scope="col">Valkuilen aanwezig</th><th scope="col">Aandacht</th></tr>'
    )
    rijen = "".join(
        f'<tr data-testid="opgave-balans" data-opgave="{_e(r["opgave"])}" data-kansen="{r["kansen"]}" data-valkuilen="{r["valkuilen"]}">'
        f'<th scope="row"><a href="{_e(basis)}opgaven/{_e(r["opgave"])}/">{r["nummer"]}. {_e(r["titel"])}</a></th>'
        f'<td>{r["kansen"]} van {r["kansen_totaal"]}</td><td>{r["valkuilen"]} van {r["valkuilen_totaal"]}</td>'
        f'<td>{_e(_woord(r["aandacht"]))}</td></tr>'
        for r in uitkomst["opgaven"]
    )
    return f'<table class="balans-tabel"><caption>De tien opgaven, waar de meeste aandacht nodig is bovenaan</caption><thead>{kop}</thead><tbody>{rijen}</tbody></table>'


def _woord(score: float) -> str:
    if score >= 0.5:
        return "veel aandacht nodig"
    if score > 0:
        return "aandacht nodig"
    if score == 0:
        return "in evenwicht"
    return "gaat goed"


def diagram(uitkomst: dict) -> str:
    """Per opgave twee staven: aandeel aanwezige kansen en aanwezige valkuilen.
    De tabel ernaast is het tekstalternatief (aria-describedby)."""
    schaal = BREEDTE - LABEL - 60
    delen = []
    for i, r in enumerate(uitkomst["opgaven"]):
        y = i * RIJ + 22
        k = schaal * r["kansen"] / r["kansen_totaal"]
        v = schaal * r["valkuilen"] / r["valkuilen_totaal"]
        delen.append(
            f'<text x="{LABEL - 8}" y="{y + 14}" text-anchor="end" class="bd-label">{r["nummer"]}. {_e(r["titel"])}</text>'
            f'<rect x="{LABEL}" y="{y + 2}" width="{k:.1f}" height="9" class="bd-kans"/>'
            f'<rect x="{LABEL}" y="{y + 12}" width="{v:.1f}" height="9" class="bd-valkuil"/>'
            f'<text x="{LABEL + max(k, v) + 6:.1f}" y="{y + 15}" class="bd-getal">{r["kansen"]}/{r["kansen_totaal"]} · {r["valkuilen"]}/{r["valkuilen_totaal"]}</text>'
        )
    hoogte = len(uitkomst["opgaven"]) * RIJ + 30
    legenda = (
        f'<rect x="{LABEL}" y="2" width="12" height="9" class="bd-kans"/><text x="{LABEL + 16}" y="11" class="bd-legenda">kansen aanwezig</text>'
        f'<rect x="{LABEL + 130}" y="2" width="12" height="9" class="bd-valkuil"/><text x="{LABEL + 146}" y="11" class="bd-legenda">valkuilen aanwezig</text>'
    )
    return (
        f'<svg class="balans-diagram" viewBox="0 0 {BREEDTE} {hoogte}" role="img" aria-labelledby="bd-titel" '
        f'aria-describedby="bd-uitleg" xmlns="http://www.w3.org/2000/svg"><title id="bd-titel">Staafdiagram: aanwezige kansen en valkuilen per opgave</title>'
        f'<desc id="bd-uitleg">Dezelfde cijfers staan in de tabel op deze pagina.</desc>{legenda}{"".join(delen)}</svg>'
    )


def alles(uitkomst: dict, basis: str = "../../") -> dict[str, str]:
    return {
        "balans-tabel": tabel(uitkomst, basis),
        "balans-diagram": diagram(uitkomst),
        "balans-aantal": f'<p data-testid="aantal-vinkjes" data-aantal="{uitkomst["aangevinkt"]}">U hebt {uitkomst["aangevinkt"]} van de 97 punten aangevinkt.</p>',
    }
