"""De checklist van een opgave: kansen en valkuilen, genummerd als in de bron."""

from __future__ import annotations

from wijktool.model import Handboek, Item, Opgave

from .bron import bronregel
from .html import e, tag

KOP = {"kans": "Kansen", "valkuil": "Valkuilen"}
PRINTTEKST = "Print deze checklist"


def printknop() -> str:
    """De knop die de pagina print. Verborgen tot docs/assets/js/checklist.js
    hem aanzet: zonder JavaScript doet hij niets. Nooit op papier (print.css)."""
    knop = tag("button", PRINTTEKST, type="button", klasse="md-button checklist-printknop", data_checklist_print="")
    return tag("p", knop, klasse="checklist-print", hidden="")


def item_html(item: Item) -> str:
    inhoud = (
        tag("span", "", klasse="checklist-vak", aria_hidden="true")
        + tag("span", str(item.nr), klasse="checklist-nr")
        + tag("span", item.soort, klasse="checklist-soort")
        + tag("span", e(item.tekst), klasse="checklist-tekst")
    )
    return tag("li", inhoud, klasse=f"checklist-item checklist-{item.soort}", data_item=item.nr, data_soort=item.soort)


def groep_html(opgave: Opgave, soort: str, items: tuple[Item, ...]) -> str:
    kop_id = f"{opgave.slug}-{soort}"
    lijst = tag("ol", "".join(item_html(i) for i in items), klasse="checklist-items", aria_labelledby=kop_id)
    kop = tag("h3", f"{KOP[soort]} ({len(items)})", id=kop_id, klasse="checklist-kop")
    return tag("section", kop + lijst, klasse=f"checklist-groep checklist-groep-{soort}")


def checklist(hb: Handboek, slug: str, knop: bool = True) -> str:
    opgave = hb.opgave(slug)
    inhoud = (
        (printknop() if knop else "")
        + tag("p", e(opgave.omschrijving), klasse="checklist-omschrijving")
        + groep_html(opgave, "kans", opgave.kansen)
        + groep_html(opgave, "valkuil", opgave.valkuilen)
        + bronregel(hb.bron_van("opgaven"))
    )
    return tag("div", inhoud, klasse="checklist", data_opgave=opgave.slug)


def checklist_alle(hb: Handboek) -> str:
    """Alle 97 items, per opgave, om in één keer te printen."""
    delen = [printknop()]
    for opgave in hb.opgaven:
        kop = tag("h2", f"{opgave.nummer}. {e(opgave.titel)}", id=opgave.slug)
        delen.append(tag("section", kop + checklist(hb, opgave.slug, knop=False), klasse="checklist-opgave"))
    return "\n".join(delen)
