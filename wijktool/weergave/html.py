"""De enige HTML-hulp van het project: voor de macro's (bij het bouwen) en de
renderers van de scans (ook in de browser). Elke tekst en elk attribuut gaat
door `e`, zodat inhoud uit data/ of van de lezer nooit als HTML telt.
Alleen standaardbibliotheek."""

from __future__ import annotations


def e(tekst: object) -> str:
    """Hetzelfde als html.escape(tekst, quote=True). Niet uit de module html: die laadt
    html.entities (97 kB bytecode), en die zou dan mee moeten in de kleine stdlib van
    de browser (30 kB met brotli) terwijl de scan hem nooit gebruikt."""
    return str(tekst).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")


def attrs(**waarden: object) -> str:
    """attrs(data_item=3, klasse="x", hidden=True) -> ' data-item="3" class="x" hidden'.
    None en False slaan over."""
    delen = []
    for naam, waarde in waarden.items():
        if waarde is None or waarde is False:
            continue
        naam = {"klasse": "class", "for_": "for", "type_": "type"}.get(naam, naam.replace("_", "-"))
        delen.append(f" {naam}" if waarde is True else f' {naam}="{e(waarde)}"')
    return "".join(delen)


def tag(naam: str, inhoud: str = "", **waarden: object) -> str:
    """Een element met inhoud; de inhoud is al HTML (gebruik e() voor tekst)."""
    return f"<{naam}{attrs(**waarden)}>{inhoud}</{naam}>"


def leeg(naam: str, **waarden: object) -> str:
    """Een element zonder inhoud en zonder eindtag, zoals input of rect."""
    return f"<{naam}{attrs(**waarden)}>"


def balk(breedte: object, klasse: str, achter: str, voor: str) -> str:
    """Een staaf van 0 tot 100 als SVG (zonder tekst): style="width:…" mag niet onder
    de Content-Security-Policy, en tekst in een SVG zou meeschalen."""
    return tag(
        "svg",
        tag("rect", klasse=achter, width=100, height=10) + tag("rect", klasse=voor, width=breedte, height=10),
        klasse=klasse,
        viewBox="0 0 100 10",
        preserveAspectRatio="none",
        aria_hidden="true",
        focusable="false",
    )
