"""De echte site: `mkdocs build --strict` en wat er op de pagina's staat.
Plus twee bouwpogingen op een kopie van het project die moeten mislukken."""

from __future__ import annotations

import zipfile

import pytest

from hulp.bronnen import opgaven_uit_003
from hulp.html import ontleed  # noqa: F401
from hulp.site import SCANS, Bouw, bouw
from hulp.slugs import OPGAVEN, PROFIELEN


@pytest.fixture(scope="module")
def site(gebouwde_site) -> Bouw:
    return gebouwde_site


def _fouten_en_waarschuwingen(uitvoer: str) -> str:
    regels = [r for r in uitvoer.splitlines() if r.startswith(("ERROR", "WARNING")) or "Error" in r or "Aborted" in r]
    return "\n".join(regels[-40:]) or uitvoer[-3000:]


def test_site_bouwt_strikt(site):
    assert site.code == 0, "mkdocs build --strict mislukte:\n" + _fouten_en_waarschuwingen(site.uitvoer)


def test_404_pagina_is_nederlands_en_wijst_de_weg(site):
    """nginx toont 404.html op elk adres dat niet bestaat: de links zijn absoluut en
    leiden naar gebouwde pagina's."""
    inhoud = site.pagina("404.html").een("article", klasse="md-content__inner")
    assert inhoud.een("h1").tekst() == "404: deze pagina bestaat niet"
    assert "Not found" not in inhoud.tekst()
    links = [a["href"] for a in inhoud.alle("a") if not (a.get("href") or "").startswith("#")]
    assert len(links) == 3
    for link in links:
        assert link.startswith("/"), link
        assert (site.site / link.lstrip("/") / "index.html").is_file(), link


@pytest.mark.parametrize("pad", SCANS)
def test_scanpagina_haalt_wasm_en_stdlib_vooraf_op(site, pad):
    """De preload (overrides/main.html) wijst naar precies de bestanden die de worker
    straks vraagt: dezelfde map van Pyodide als in de config, en ze bestaan."""
    hrefs = sorted(link["href"] for link in site.pagina(pad + "index.html").alle("link", rel="preload"))
    pyodide = site.scanconfig(pad)["pyodide"]
    assert hrefs == [pyodide + "pyodide.asm.wasm", pyodide + "python_stdlib.zip"]
    for href in hrefs:
        assert (site.site / pad / href).resolve().is_file(), href


@pytest.mark.parametrize("pad", SCANS)
def test_scanpagina_start_de_worker_vanuit_de_head_met_dezelfde_runtime(site, pad):
    """rekenhulp-vroeg.js start de worker met de adressen uit zijn data-attributen;
    rekenhulp.js neemt hem alleen over als die gelijk zijn aan zijn eigen config."""
    (script,) = [s for s in site.pagina(pad + "index.html").een("head").alle("script") if "rekenhulp-vroeg.js" in (s.get("src") or "")]
    assert "async" in script.attrs
    config = site.scanconfig(pad)
    for sleutel in ("worker", "pyodide", "wiel", "model"):
        assert script[f"data-{sleutel}"] == config[sleutel]
        assert (site.site / pad / config[sleutel]).resolve().exists(), config[sleutel]


def test_kleine_stdlib_is_bytecode_zonder_docstrings(site):
    """scripts/runtime/stdlib-deel.mjs: alleen .pyc, en de docstrings zijn eruit
    (de code zelf blijft: de namen van functies staan er nog in)."""
    pyodide = site.scanconfig("zelfscan/")["pyodide"]
    with zipfile.ZipFile((site.site / "zelfscan" / pyodide / "python_stdlib.zip").resolve()) as z:
        namen = z.namelist()
        assert namen and all(n.endswith(".pyc") or not n.endswith(".py") for n in namen)
        json_pyc = z.read("json/__init__.pyc")
    assert b"JSON (JavaScript Object Notation)" not in json_pyc  # de moduledocstring van json
    assert b"Serialize ``obj`` to a JSON formatted ``str``" not in json_pyc  # die van json.dumps
    assert b"dumps" in json_pyc and b"JSONDecoder" in json_pyc


def test_gewone_pagina_haalt_geen_runtime_vooraf_op(site):
    for pad in ("index.html", "begrippen/index.html", "opgaven/rugdekking/index.html", "404.html"):
        assert site.pagina(pad).alle("link", rel="preload") == [], pad
        assert not [s for s in site.pagina(pad).alle("script") if "rekenhulp-vroeg" in (s.get("src") or "")], pad


# --- opgaven ------------------------------------------------------------------------


@pytest.mark.parametrize("slug", OPGAVEN)
def test_opgavepagina_heeft_precies_haar_eigen_items(site, handboek, slug):
    opgave = handboek.opgave(slug)
    items = site.pagina(f"opgaven/{slug}/index.html").alle("li", data_item=True)
    assert sorted(int(li["data-item"]) for li in items) == [i.nr for i in opgave.items]  # elk één keer, geen andere
    for li in items:
        item = handboek.item(int(li["data-item"]))
        assert li["data-soort"] == item.soort
        assert li.een("span", klasse="checklist-nr").tekst() == li["data-item"]
        assert li.een("label", klasse="checklist-tekst").tekst() == item.tekst


@pytest.mark.parametrize("nummer", range(1, 11))
def test_opgavepagina_nummers_als_in_de_bron(site, bron_003, nummer):
    """Los van de data: de kansen en valkuilen op de pagina zijn die van de bron."""
    bron = opgaven_uit_003(bron_003)[nummer - 1]
    items = site.pagina(f"opgaven/{OPGAVEN[nummer - 1]}/index.html").alle("li", data_item=True)
    assert sorted(int(li["data-item"]) for li in items if li["data-soort"] == "kans") == sorted(bron.kansen)
    assert sorted(int(li["data-item"]) for li in items if li["data-soort"] == "valkuil") == sorted(bron.valkuilen)


def test_checklistpagina_heeft_alle_97(site, handboek):
    items = site.pagina("checklist/index.html").alle("li", data_item=True)
    assert sorted(int(li["data-item"]) for li in items) == list(range(1, 98))
    for li in items:
        assert li["data-soort"] == handboek.item(int(li["data-item"])).soort


# --- profielen -----------------------------------------------------------------------


@pytest.mark.parametrize("slug", PROFIELEN)
def test_profielpagina_heeft_haar_mengpaneel(site, handboek, slug):
    pagina = site.pagina(f"profielen/{slug}/index.html")
    figuur = pagina.een("figure", klasse="mengpaneel", data_profiel=slug)
    svg = figuur.een("svg")
    assert svg["role"] == "img"
    for verwijzing in svg["aria-labelledby"].split():
        assert len(pagina.alle(id=verwijzing)) == 1
    knoppen = figuur.alle("rect", klasse="mp-knop")
    assert [int(k["data-stand"]) for k in knoppen] == [s.stand for s in handboek.profiel(slug).standen]


# --- bouwen moet mislukken ------------------------------------------------------------


def test_kapotte_data_stopt_de_bouw(kopie, tmp_path):
    opgaven = kopie / "data" / "opgaven.yml"
    tekst = opgaven.read_text(encoding="utf-8")
    oud = "        tekst: Overleggen van andere partijen concurreren met het podium.\n"
    assert tekst.count(oud) == 1
    opgaven.write_text(tekst.replace(oud, "        tkst: Overleggen van andere partijen concurreren met het podium.\n"), encoding="utf-8")

    resultaat = bouw(kopie, tmp_path / "site")
    assert resultaat.code != 0
    assert "valkuilen[2] → tekst: ontbreekt" in resultaat.uitvoer, _fouten_en_waarschuwingen(resultaat.uitvoer)
    regel = next(r for r in resultaat.uitvoer.splitlines() if "valkuilen[2] → tekst: ontbreekt" in r)
    assert "data/opgaven.yml" in regel and "opgave 3 (open-podium)" in regel


def test_onbekende_slug_op_een_pagina_stopt_de_bouw(kopie, tmp_path):
    pagina = kopie / "docs" / "opgaven" / "open-podium.md"
    pagina.write_text(pagina.read_text(encoding="utf-8") + '\n\n{{ checklist("bestaat-niet") }}\n', encoding="utf-8")

    resultaat = bouw(kopie, tmp_path / "site")
    assert resultaat.code != 0
    assert "onbekende opgave 'bestaat-niet'" in resultaat.uitvoer, _fouten_en_waarschuwingen(resultaat.uitvoer)
    assert "opgaven/open-podium.md" in resultaat.uitvoer  # en op welke pagina
