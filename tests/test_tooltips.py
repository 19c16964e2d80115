"""hooks/tooltips.py: tooltips in de HTML van elke pagina, ook in tekst uit de macro's."""

from __future__ import annotations

import re

from hooks import tooltips

UITLEG = {"fte": "Een volledige baan.", "planning- en controlcyclus": "De jaarlijkse ronde.", "GSO": 'Gelders "beleid".'}
PATROON = re.compile(r"(?<![\w])(" + "|".join(re.escape(v) for v in sorted(UITLEG, key=len, reverse=True)) + r")(?![\w])")


def zet(html: str) -> str:
    return tooltips.met_tooltips(html, PATROON, UITLEG)


def test_tooltip_in_gewone_tekst_en_in_een_label():
    uit = zet('<p>Tien fte.</p><label for="x">Volgens de planning- en controlcyclus</label>')
    assert '<abbr title="Een volledige baan.">fte</abbr>' in uit
    assert '<abbr title="De jaarlijkse ronde.">planning- en controlcyclus</abbr>' in uit


def test_niet_in_links_koppen_of_bestaande_abbr():
    html = '<h2 id="fte">fte</h2><a href="#">fte</a><abbr title="x">fte</abbr><dt>fte</dt>'
    assert zet(html) == html


def test_na_een_link_weer_wel():
    assert zet('<p><a href="#">GSO</a> en GSO-geld</p>').count("<abbr") == 1


def test_geen_deel_van_een_woord_en_titel_ge_escapet():
    assert zet("<p>ftes en softe</p>") == "<p>ftes en softe</p>"
    assert 'title="Gelders &quot;beleid&quot;."' in zet("<p>GSO</p>")


def test_alle_begrippen_van_de_echte_data(datamap):
    patroon, uitleg = tooltips._begrippen(str(datamap))
    assert "SMART" in uitleg and "fte" in uitleg and "frontlijnwerker" not in uitleg
    assert patroon.search("de planning- en controlcyclus").group(1) == "planning- en controlcyclus"


def test_niet_in_een_bronbeschrijving_wel_erna():
    html = '<p class="bronregel">Bron: fte <a href="#">x</a> fte<br>fte</p><p>fte</p>'
    assert zet(html) == '<p class="bronregel">Bron: fte <a href="#">x</a> fte<br>fte</p><p><abbr title="Een volledige baan.">fte</abbr></p>'
