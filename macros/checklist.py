"""De checklist van een opgave: kansen en valkuilen, genummerd als in de bron."""

from __future__ import annotations

from wijktool.model.handboek import Handboek, Item, Opgave
from wijktool.weergave.html import e, tag

from .bron import bronregel

KOP = {"kans": "Kansen", "valkuil": "Valkuilen"}
PRINTTEKST = "Print deze checklist"


def printknop(overzicht: str | None = None) -> str:
    """De printknoppen en de uitleg bij het aanvinken. Verborgen tot
    docs/assets/js/checklist.js ze aanzet: zonder JavaScript doen ze niets.
    Nooit op papier (print.css)."""
    knop = tag("button", PRINTTEKST, type="button", klasse="md-button checklist-printknop", data_checklist_print="")
    met = tag("button", "Print met mijn antwoorden", type="button", klasse="md-button", data_checklist_print="antwoorden")
    wis = tag("button", "Wis de vinkjes op deze pagina", type="button", klasse="md-button", data_checklist_wis="")
    uitleg = tag(
        "p",
        "Vink aan welke kansen er bij u zijn en welke valkuilen bij u voorkomen. "
        "Uw vinkjes blijven alleen in deze browser."
        + (
            " Het overzicht van alle opgaven staat op de pagina " + tag("a", "Uw checklist in één oogopslag", href=overzicht) + "."
            if overzicht
            else ""
        ),
        klasse="checklist-vinkuitleg",
    )
    melding = tag("p", "", klasse="checklist-melding", role="status", hidden=True)
    return tag("div", tag("p", knop + " " + met + " " + wis) + uitleg + melding, klasse="checklist-print", hidden="")


VINKVRAAG = {"kans": "Deze kans is er bij ons", "valkuil": "Deze valkuil komt bij ons voor"}


def item_html(item: Item) -> str:
    """Eén item. Het vakje is een echt aanvinkvakje (opgeslagen per apparaat
    door checklist.js); op papier is het leeg, tenzij de lezer kiest voor
    'print met mijn antwoorden'. Spaties tussen de delen houden de tekst
    leesbaar in de zoekresultaten."""
    id_ = f"item-{item.nr}"
    vakje = f'<input type="checkbox" id="vink-{item.nr}" data-item="{item.nr}" aria-labelledby="{id_}-nr {id_}-soort {id_}-tekst" title="{e(VINKVRAAG[item.soort])}">'
    inhoud = " ".join(
        (
            tag("span", vakje, klasse="checklist-vak"),
            tag("span", str(item.nr), klasse="checklist-nr", id=f"{id_}-nr"),
            tag("span", item.soort, klasse="checklist-soort", id=f"{id_}-soort"),
            tag("label", e(item.tekst), klasse="checklist-tekst", id=f"{id_}-tekst", for_=f"vink-{item.nr}"),
        )
    )
    return tag("li", inhoud, klasse=f"checklist-item checklist-{item.soort}", data_item=item.nr, data_soort=item.soort)


def groep_html(opgave: Opgave, soort: str, items: tuple[Item, ...]) -> str:
    kop_id = f"{opgave.slug}-{soort}"
    lijst = tag("ol", "".join(item_html(i) for i in items), klasse="checklist-items", aria_labelledby=kop_id)
    kop = tag("h3", f"{KOP[soort]} ({len(items)})", id=kop_id, klasse="checklist-kop")
    return tag("section", kop + lijst, klasse=f"checklist-groep checklist-groep-{soort}")


def checklist(hb: Handboek, slug: str, knop: bool = True, overzicht: str | None = None, met_bron: bool = True) -> str:
    opgave = hb.opgave(slug)
    inhoud = (
        (printknop(overzicht) if knop else "")
        + tag("p", e(opgave.omschrijving), klasse="checklist-omschrijving")
        + groep_html(opgave, "kans", opgave.kansen)
        + groep_html(opgave, "valkuil", opgave.valkuilen)
        # Op papier werkt geen link: daar staat de hele bronbeschrijving.
        + (bronregel(hb.bron_van("opgaven"), volledig=True) if met_bron else "")
    )
    return tag("div", inhoud, klasse="checklist", data_opgave=opgave.slug, data_items_totaal=len(hb.items))


def checklist_alle(hb: Handboek, overzicht: str | None = None) -> str:
    """Alle 97 items, per opgave, om in één keer te printen."""
    delen = [printknop(overzicht)]
    for opgave in hb.opgaven:
        kop = tag("h2", f"{opgave.nummer}. {e(opgave.titel)}", id=opgave.slug)
        delen.append(tag("section", kop + checklist(hb, opgave.slug, knop=False, met_bron=False), klasse="checklist-opgave"))
    # Eén bronbeschrijving voor alle 97 punten, niet tien keer dezelfde.
    delen.append(bronregel(hb.bron_van("opgaven"), volledig=True))
    return "\n".join(delen)
