"""De macro's zelf: HTML uit het Handboek, ontleed met html.parser."""

from __future__ import annotations

from collections import Counter

import pytest

from hulp.html import ontleed
from hulp.slugs import OPGAVEN, PROFIELEN
from macros import checklist, mengpaneel, overzicht, volwassenheid
from wijktool.model import Onbekend, opbouw


def naar(doel: str) -> str:
    """Zoals de link-functie in macros/__init__.py: relatief aan de pagina."""
    return "../" + doel


def ids(boom) -> list[str]:
    return [k["id"] for k in boom.afstammelingen() if k.get("id")]


# --- checklist ----------------------------------------------------------------


@pytest.mark.parametrize("slug", OPGAVEN)
def test_checklist_bevat_elk_item_precies_een_keer(handboek, slug):
    opgave = handboek.opgave(slug)
    boom = ontleed(checklist.checklist(handboek, slug))
    items = boom.alle("li", data_item=True)
    assert Counter(li["data-item"] for li in items) == Counter(str(i.nr) for i in opgave.items)
    for li in items:
        item = handboek.item(int(li["data-item"]))
        assert li["data-soort"] == item.soort
        assert li.een("span", klasse="checklist-nr").tekst() == str(item.nr)
        assert li.een("label", klasse="checklist-tekst").tekst() == item.tekst
        assert f"checklist-{item.soort}" in li.klassen


@pytest.mark.parametrize("slug", OPGAVEN)
def test_checklist_eerst_kansen_dan_valkuilen(handboek, slug):
    opgave = handboek.opgave(slug)
    boom = ontleed(checklist.checklist(handboek, slug))
    assert boom.een("div", klasse="checklist")["data-opgave"] == slug
    kans, valkuil = boom.alle("section")
    assert [li["data-item"] for li in kans.alle("li")] == [str(i.nr) for i in opgave.kansen]
    assert [li["data-item"] for li in valkuil.alle("li")] == [str(i.nr) for i in opgave.valkuilen]
    assert kans.een("h3").tekst() == f"Kansen ({len(opgave.kansen)})"
    assert valkuil.een("h3").tekst() == f"Valkuilen ({len(opgave.valkuilen)})"


def test_checklist_lijst_verwijst_naar_zijn_kop(handboek):
    boom = ontleed(checklist.checklist(handboek, "profiel"))
    for lijst in boom.alle("ol"):
        assert len(boom.alle(id=lijst["aria-labelledby"])) == 1


def test_checklist_noemt_de_bron(handboek):
    html = checklist.checklist(handboek, "rugdekking")
    regel = ontleed(html).een("p", klasse="bronregel")
    assert regel.tekst() == f"Bron: {handboek.bron('vng-2009').citaat}"
    assert "VNG &amp; Ministerie" in html  # & is ge-escaped


def test_checklist_escapet_de_tekst(ruwe):
    gevaarlijk = 'Bestuur <script>alert("x")</script> & "wijk"'
    ruwe["opgaven"]["opgaven"][0]["kansen"][0]["tekst"] = gevaarlijk
    hb = opbouw.handboek(ruwe)
    html = checklist.checklist(hb, "breed-bereik")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    li = ontleed(html).een("li", data_item="1")
    assert li.een("label", klasse="checklist-tekst").tekst() == gevaarlijk


def test_checklist_onbekende_slug(handboek):
    with pytest.raises(Onbekend, match="'bestaat-niet'"):
        checklist.checklist(handboek, "bestaat-niet")


def test_checklist_alle_bevat_alle_97(handboek):
    boom = ontleed(checklist.checklist_alle(handboek))
    nummers = [li["data-item"] for li in boom.alle("li", data_item=True)]
    assert nummers == [str(i.nr) for o in handboek.opgaven for i in o.kansen + o.valkuilen]
    assert sorted(map(int, nummers)) == list(range(1, 98))
    assert [h.tekst() for h in boom.alle("h2")] == [f"{o.nummer}. {o.titel}" for o in handboek.opgaven]


def test_checklist_alle_heeft_unieke_ids(handboek):
    alle = ids(ontleed(checklist.checklist_alle(handboek)))
    assert len(alle) == len(set(alle))


# --- overzichten ---------------------------------------------------------------


def test_opgaven_tabel(handboek):
    boom = ontleed(overzicht.opgaven_tabel(handboek, naar))
    rijen = boom.een("tbody").alle("tr")
    assert [r["data-opgave"] for r in rijen] == OPGAVEN
    for rij, opgave in zip(rijen, handboek.opgaven, strict=True):
        cellen = [td.tekst() for td in rij.alle("td")]
        assert cellen == [str(opgave.nummer), opgave.titel, opgave.omschrijving, str(len(opgave.kansen)), str(len(opgave.valkuilen))]
        assert rij.een("a")["href"] == f"../opgaven/{opgave.slug}/"


def test_opgaven_tabel_totalen(handboek):
    boom = ontleed(overzicht.opgaven_tabel(handboek, naar))
    kansen, valkuilen = (int(td.tekst()) for td in boom.een("tfoot").alle("td"))
    assert kansen == sum(len(o.kansen) for o in handboek.opgaven)
    assert valkuilen == sum(len(o.valkuilen) for o in handboek.opgaven)
    assert kansen + valkuilen == 97


def test_waarden_lijst(handboek):
    boom = ontleed(overzicht.waarden_lijst(handboek))
    items = boom.een("ol", klasse="waarden").alle("li")
    assert len(items) == 10
    for li, waarde in zip(items, handboek.waarden, strict=True):
        assert li["value"] == str(waarde.nummer)
        assert li.een("strong").tekst() == waarde.naam
        assert li.tekst() == f"{waarde.naam}: {waarde.tekst}"


def test_waarden_lijst_escapet(handboek):
    html = overzicht.waarden_lijst(handboek)
    assert "college van B&amp;W" in html  # waarde 10


# --- mengpaneel --------------------------------------------------------------------


@pytest.mark.parametrize("slug", PROFIELEN)
def test_mengpaneel_svg_is_toegankelijk(handboek, slug):
    boom = ontleed(mengpaneel.mengpaneel(handboek, slug))
    svg = boom.een("svg")
    assert svg["role"] == "img"
    verwijzingen = svg["aria-labelledby"].split()
    assert len(verwijzingen) == 2
    titel, desc = (svg.een(id=v) for v in verwijzingen)
    assert (titel.tag, desc.tag) == ("title", "desc")
    assert titel.tekst() == f"Mengpaneel van {handboek.profiel(slug).naam}"
    for schuif in handboek.schuiven:
        assert f"{schuif.naam}: {handboek.profiel(slug).stand(schuif.slug)} van 10" in desc.tekst()


@pytest.mark.parametrize("slug", PROFIELEN)
def test_mengpaneel_knoppen_staan_als_in_het_profiel(handboek, slug):
    profiel = handboek.profiel(slug)
    boom = ontleed(mengpaneel.mengpaneel(handboek, slug))
    assert boom.een("figure")["data-profiel"] == slug
    schuiven = boom.alle("g", klasse="mp-schuif")
    assert [g["data-schuif"] for g in schuiven] == [s.slug for s in handboek.schuiven]
    knoppen = [g.een("rect", klasse="mp-knop") for g in schuiven]
    assert [int(k["data-stand"]) for k in knoppen] == [s.stand for s in profiel.standen]


def test_hogere_stand_staat_hoger_in_de_tekening(handboek):
    boom = ontleed(mengpaneel.mengpaneel(handboek, "organisatiegerichte-gemeente"))
    knoppen = sorted(boom.alle("rect", klasse="mp-knop"), key=lambda k: int(k["data-stand"]))
    ys = [float(k["y"]) for k in knoppen]
    assert ys == sorted(ys, reverse=True)  # y loopt naar beneden in SVG
    assert ys[0] > ys[-1]


@pytest.mark.parametrize("slug", PROFIELEN)
def test_mengpaneel_tabel_als_tekstalternatief(handboek, slug):
    profiel = handboek.profiel(slug)
    boom = ontleed(mengpaneel.mengpaneel(handboek, slug))
    rijen = boom.een("table").een("tbody").alle("tr")
    assert len(rijen) == 5
    for rij, stand in zip(rijen, profiel.standen, strict=True):
        assert rij["data-schuif"] == stand.schuif
        assert rij.een("th").tekst() == handboek.schuif(stand.schuif).naam
        assert [td.tekst() for td in rij.alle("td")] == [str(stand.stand), stand.kenmerk, stand.redenering]
        # een anker per stand: de scan en het overzicht linken naar de redenering
        assert rij["id"] == f"stand-{stand.schuif}"


def test_mengpaneel_onbekende_slug(handboek):
    with pytest.raises(Onbekend, match="'bestaat-niet'"):
        mengpaneel.mengpaneel(handboek, "bestaat-niet")


def test_mengpanelen(handboek):
    boom = ontleed(mengpaneel.mengpanelen(handboek, naar))
    figuren = boom.alle("figure")
    assert [f["data-profiel"] for f in figuren] == PROFIELEN
    for figuur in figuren:
        slug = figuur["data-profiel"]
        assert [a["href"] for a in figuur.alle("a")] == [f"../profielen/{slug}/", f"../profielen/{slug}/#standen"]
        knoppen = figuur.alle("rect", klasse="mp-knop")
        assert [int(k["data-stand"]) for k in knoppen] == [s.stand for s in handboek.profiel(slug).standen]
        for verwijzing in figuur.een("svg")["aria-labelledby"].split():
            figuur.een(id=verwijzing)


def test_mengpanelen_tabel_5_bij_5(handboek):
    boom = ontleed(mengpaneel.mengpanelen(handboek, naar))
    tabel = boom.een("table")
    assert [th.tekst() for th in tabel.een("thead").alle("th")][1:] == [s.naam for s in handboek.schuiven]
    rijen = tabel.een("tbody").alle("tr")
    assert [r["data-profiel"] for r in rijen] == PROFIELEN
    for rij in rijen:
        profiel = handboek.profiel(rij["data-profiel"])
        assert [td.tekst() for td in rij.alle("td")] == [str(s.stand) for s in profiel.standen]


def test_mengpanelen_unieke_ids(handboek):
    alle = ids(ontleed(mengpaneel.mengpanelen(handboek, naar)))
    assert len(alle) == len(set(alle)) == 10  # titel en desc per profiel


# --- volwassenheid ---------------------------------------------------------------


def test_volwassenheidsraster_6_bij_4(handboek):
    boom = ontleed(volwassenheid.volwassenheidsraster(handboek))
    koppen = [th.tekst() for th in boom.een("thead").alle("th")]
    assert koppen == ["Thema"] + [f"Fase {f.nummer}: {f.naam}" for f in handboek.fases]
    rijen = boom.een("tbody").alle("tr")
    assert [r["data-thema"] for r in rijen] == [t.slug for t in handboek.themas]
    for rij, thema in zip(rijen, handboek.themas, strict=True):
        assert rij.een("th").tekst() == thema.naam
        cellen = rij.alle("td")
        assert [td["data-fase"] for td in cellen] == ["1", "2", "3", "4"]
        assert [td.tekst() for td in cellen] == [c.tekst for c in thema.cellen]


def test_fases_lijst(handboek):
    items = ontleed(volwassenheid.fases_lijst(handboek)).een("ol").alle("li")
    assert [li["value"] for li in items] == ["1", "2", "3", "4"]
    assert items[1].een("strong").tekst() == "Fase 2: Samen op weg."
