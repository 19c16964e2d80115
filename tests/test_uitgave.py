"""macros/uitgave.py: uitgever, contact, versie en datum uit mkdocs.yml."""

from __future__ import annotations

import logging

import pytest

from macros import uitgave
from wijktool.model.fouten import DataFout


def test_leeg_veld_zegt_wie_het_invult():
    assert "uitgevende organisatie" in uitgave.veld({}, "contact")
    assert "uitgevende organisatie" in uitgave.contactzin({"uitgave": {"contact": "  "}})


def test_contact_wordt_een_link():
    assert uitgave.veld({"uitgave": {"contact": "a@b.nl"}}, "contact") == '<a href="mailto:a@b.nl">a@b.nl</a>'
    assert 'href="https://x.nl/form"' in uitgave.contactzin({"uitgave": {"contact": "https://x.nl/form"}})


def test_tekst_wordt_ge_escapet():
    assert uitgave.veld({"uitgave": {"uitgever": "A & <B>"}}, "uitgever") == "A &amp; &lt;B&gt;"


@pytest.mark.parametrize(
    ("extra", "melding"),
    [
        ({"uitgave": "VNG"}, "mkdocs.yml → extra → uitgave: moet een tabel (sleutel: waarde) zijn, niet een tekst"),
        (
            {"uitgave": {"uitgeverij": "x"}},
            "mkdocs.yml → extra → uitgave → uitgeverij: onbekende sleutel (toegestaan: contact, datum, uitgever, versie)",
        ),
        ({"uitgave": {"versie": ["1"]}}, "mkdocs.yml → extra → uitgave → versie: moet een tekst zijn, niet een lijst"),
        ({"uitgave": {"versie": True}}, "mkdocs.yml → extra → uitgave → versie: moet een tekst zijn, niet ja/nee"),
    ],
)
def test_fout_in_mkdocs_yml_noemt_het_veld(extra, melding):
    with pytest.raises(DataFout) as fout:
        uitgave.gegevens(extra)
    assert str(fout.value) == melding


def test_onbekend_veld_in_macro():
    with pytest.raises(ValueError, match="onbekend veld"):
        uitgave.veld({}, "adres")


class _Lijst(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.meldingen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.meldingen.append(record.getMessage())


def test_melding_noemt_alleen_wat_ontbreekt():
    lijst = _Lijst()
    uitgave._log.addHandler(lijst)
    try:
        uitgave.meld_ontbrekend({"uitgave": {"uitgever": "X", "contact": "a@b.nl"}})
        uitgave.meld_ontbrekend({"uitgave": {"uitgever": "X", "contact": "a@b.nl", "versie": 1, "datum": "1 januari"}})
    finally:
        uitgave._log.removeHandler(lijst)
    assert len(lijst.meldingen) == 1  # de tweede keer is alles ingevuld: geen melding
    assert "versie (" in lijst.meldingen[0] and "datum (" in lijst.meldingen[0]
    assert "uitgever (" not in lijst.meldingen[0] and "contact (" not in lijst.meldingen[0]


def test_melding_gaat_buiten_de_mkdocs_loggers_om():
    """Strict telt alleen waarschuwingen van 'mkdocs.*'; deze melding mag de bouw niet laten mislukken."""
    assert not uitgave._log.name.startswith("mkdocs") and uitgave._log.propagate is False


def test_colofon_noemt_lege_velden_in_een_zin():
    html = uitgave.colofon({"uitgave": {"uitgever": "Gemeente X", "datum": ""}})
    assert "<dt>Uitgever</dt><dd>Gemeente X</dd>" in html
    assert "Nog niet ingevuld: contact, versie en datum." in html
    assert "Nog niet ingevuld" not in uitgave.colofon({"uitgave": {"uitgever": "X", "contact": "a@b.nl", "versie": "1", "datum": "nu"}})
