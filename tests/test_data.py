"""De inhoud van data/*.yml: aantallen, indeling en tekst, tegen de bronnen."""

from __future__ import annotations

import difflib

import pytest

from hulp.bronnen import normaal, opgaven_uit_003, waarden_uit_003, witruimte, zonder_afbreking, zonder_witruimte
from hulp.slugs import OPGAVEN as OPGAVE_SLUGS
from hulp.slugs import PROFIELEN

# Per opgave: (eerste kans, laatste kans), (eerste valkuil, laatste valkuil).
INDELING = [
    ((1, 7), (8, 13)),
    ((14, 19), (20, 25)),
    ((26, 32), (33, 36)),
    ((37, 43), (44, 48)),
    ((49, 54), (55, 61)),
    ((62, 65), (66, 69)),
    ((70, 74), (75, 77)),
    ((78, 82), (83, 85)),
    ((86, 91), (92, 93)),
    ((94, 96), (97, 97)),
]

# Items waar data/opgaven.yml bewust de lezing van 000 neemt in plaats van 003
# (zie het commentaar in het YAML-bestand en shared/bronnen/README.md).
LEZING_000 = {10, 16, 17, 19, 54, 69, 73, 74, 92, 96}

WAARDEN = [
    "Samenwerking",
    "Schaal",
    "Integraal",
    "Samen",
    "Vraaggericht",
    "Zeggenschap",
    "Fysiek en sociaal",
    "Dienstverlening",
    "Participatie",
    "Bestuur erbij",
]
from hulp.slugs import SCHUIVEN  # noqa: E402


@pytest.fixture(scope="module")
def bronopgaven(bron_003):
    opgaven = opgaven_uit_003(bron_003)
    assert len(opgaven) == 10, "de bron zelf moet tien opgaven opleveren"
    return opgaven


# --- opgaven en items --------------------------------------------------------


def test_tien_opgaven_in_volgorde(handboek):
    assert [o.slug for o in handboek.opgaven] == OPGAVE_SLUGS
    assert [o.nummer for o in handboek.opgaven] == list(range(1, 11))


def test_items_1_tot_97_elk_een_keer(handboek):
    nummers = [i.nr for o in handboek.opgaven for i in o.kansen + o.valkuilen]
    assert sorted(nummers) == list(range(1, 98))


@pytest.mark.parametrize("slug, kansen, valkuilen", [(s, k, v) for s, (k, v) in zip(OPGAVE_SLUGS, INDELING, strict=True)])
def test_indeling_in_kansen_en_valkuilen(handboek, slug, kansen, valkuilen):
    opgave = handboek.opgave(slug)
    assert [i.nr for i in opgave.kansen] == list(range(kansen[0], kansen[1] + 1))
    assert [i.nr for i in opgave.valkuilen] == list(range(valkuilen[0], valkuilen[1] + 1))
    assert {i.soort for i in opgave.kansen} == {"kans"}
    assert {i.soort for i in opgave.valkuilen} == {"valkuil"}
    assert {i.opgave for i in opgave.items} == {slug}


def test_titels_als_in_de_bron(handboek, bronopgaven):
    assert [o.titel for o in handboek.opgaven] == [b.titel for b in bronopgaven]


@pytest.mark.parametrize("nummer", range(1, 11))
def test_indeling_volgens_de_bron(handboek, bronopgaven, nummer):
    """De kopjes "Kans" en "Valkuil" in 003 bepalen de indeling, los van de YAML."""
    bron = bronopgaven[nummer - 1]
    opgave = handboek.opgaven[nummer - 1]
    assert [i.nr for i in opgave.kansen] == sorted(bron.kansen)
    assert [i.nr for i in opgave.valkuilen] == sorted(bron.valkuilen)


def test_bron_heeft_97_items(bronopgaven):
    """Controle op de parser zelf: elk nummer 1–97 één keer in 003."""
    nummers = [n for b in bronopgaven for n in [*b.kansen, *b.valkuilen]]
    assert sorted(nummers) == list(range(1, 98))


def _bronteksten(bronopgaven) -> dict[int, str]:
    return {n: t for b in bronopgaven for n, t in {**b.kansen, **b.valkuilen}.items()}


@pytest.mark.parametrize("nr", sorted(set(range(1, 98)) - LEZING_000))
def test_itemtekst_als_in_003(handboek, bronopgaven, nr):
    assert normaal(handboek.item(nr).tekst) == normaal(_bronteksten(bronopgaven)[nr])


@pytest.mark.parametrize("nr", sorted(LEZING_000))
def test_itemtekst_met_lezing_van_000(handboek, bronopgaven, bron_000, nr):
    """Voor deze items volgt de data 000 (of 003 waar 000 onvolledig is); de
    tekst staat dan letterlijk in 000 of in 003, en lijkt sterk op 003."""
    tekst = normaal(handboek.item(nr).tekst)
    tekst_003 = normaal(_bronteksten(bronopgaven)[nr])
    in_000 = f"{nr}. {tekst}" in zonder_afbreking(normaal(bron_000))
    assert in_000 or tekst == tekst_003, f"item {nr} staat niet in 000 en wijkt af van 003"
    assert difflib.SequenceMatcher(None, tekst, tekst_003).ratio() > 0.85


def test_omschrijvingen_als_in_de_bron(handboek, bronopgaven):
    """Omschrijvingen gelijk aan 003, op een slotpunt na (die komt uit 000)."""
    for opgave, bron in zip(handboek.opgaven, bronopgaven, strict=True):
        assert normaal(opgave.omschrijving).rstrip(".") == normaal(bron.omschrijving).rstrip("."), opgave.slug


# --- waarden ----------------------------------------------------------------


def test_tien_waarden(handboek):
    assert [w.naam for w in handboek.waarden] == WAARDEN
    assert [w.nummer for w in handboek.waarden] == list(range(1, 11))


def test_waarden_als_in_de_bron(handboek, bron_003):
    bron = waarden_uit_003(bron_003)
    assert sorted(bron) == list(range(1, 11))
    for w in handboek.waarden:
        naam, tekst = bron[w.nummer]
        assert w.naam == naam
        assert normaal(w.tekst) == normaal(tekst)


# --- schuiven en profielen --------------------------------------------------


def test_vijf_schuiven(handboek):
    assert [s.slug for s in handboek.schuiven] == SCHUIVEN


def test_vijf_profielen(handboek):
    assert [p.slug for p in handboek.profielen] == PROFIELEN


def test_elk_profiel_heeft_elke_schuif_een_keer(handboek):
    for p in handboek.profielen:
        assert [s.schuif for s in p.standen] == SCHUIVEN, p.slug
        assert all(0 <= s.stand <= 10 for s in p.standen), p.slug


def test_gekantelde_gemeente_staat_overal_op_10(handboek):
    assert [s.stand for s in handboek.profiel("gekantelde-gemeente").standen] == [10] * 5


def test_alleen_gekantelde_gemeente_staat_overal_op_10(handboek):
    for p in handboek.profielen:
        if p.slug != "gekantelde-gemeente":
            assert any(s.stand < 10 for s in p.standen), p.slug


def _in_bron(citaat: str, bron: str) -> bool:
    """Staat het citaat in de bron, na samenvoegen van witruimte en van woorden
    die met een streepje over twee regels zijn afgebroken?"""
    return witruimte(citaat) in witruimte(bron) or zonder_afbreking(citaat) in zonder_afbreking(bron)


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_citaten_bij_de_standen_staan_in_001(handboek, bron_001, profiel):
    for stand in handboek.profiel(profiel).standen:
        assert _in_bron(stand.bron, bron_001), f"{profiel} / {stand.schuif}: citaat niet in 001: {stand.bron[:80]}…"


def test_citaten_bij_de_schuiven_staan_in_001(handboek, bron_001):
    for schuif in handboek.schuiven:
        assert _in_bron(schuif.bron, bron_001), schuif.slug


# --- volwassenheidsmodel ----------------------------------------------------


def test_raster_is_6_themas_bij_4_fases(handboek):
    assert len(handboek.themas) == 6
    assert [f.nummer for f in handboek.fases] == [1, 2, 3, 4]
    for thema in handboek.themas:
        assert [c.fase for c in thema.cellen] == [1, 2, 3, 4], thema.slug


def test_celteksten_staan_in_002(handboek, bron_002):
    """Cellen uit Figuur 3: de extractie breekt woorden midden in ("bereid s /
    tappen", "Samenwerkings-afspraken" in een tekstvak), dus zonder witruimte en
    zonder afbreekstreepjes vergeleken. Elk woord moet er nog steeds staan."""
    bron = zonder_witruimte(bron_002).replace("-", "")
    for thema in handboek.themas:
        for cel in thema.cellen:
            assert zonder_witruimte(cel.tekst).replace("-", "") in bron, f"{thema.slug}, fase {cel.fase}: {cel.tekst}"


def test_cellen_volgen_de_volgorde_van_figuur_3(handboek, bron_002):
    """In de extractie staat Figuur 3 kolom voor kolom (thema na thema), binnen
    een kolom van fase 4 naar fase 1. De toewijzing van cellen aan thema en
    fase in de data moet die volgorde opleveren."""
    begin = bron_002.index("Fases")
    # Zonder afbreekstreepjes, zoals in test_celteksten_staan_in_002.
    figuur = zonder_witruimte(bron_002[begin : bron_002.index("Figuur 3:", begin)]).replace("-", "")
    plekken = [figuur.find(zonder_witruimte(thema.cel(fase).tekst).replace("-", "")) for thema in handboek.themas for fase in (4, 3, 2, 1)]
    assert -1 not in plekken
    assert plekken == sorted(plekken)
