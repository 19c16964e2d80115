"""Eén woord per begrip: de eigen tekst gebruikt geen afgewezen varianten.

De lijst staat in README.md ("Eén woord per begrip"); deze test leest hem daar,
zodat stijlblad en controle niet uit elkaar lopen. Citaten uit de bronnen zijn vrij."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hulp.proza import Regel, alle_regels, markdown_regels, zonder_citaten

KOP = "### Eén woord per begrip"


def stijlblad(readme: Path) -> dict[str, str]:
    """{afgewezen variant: voorkeurswoord} uit de tabel in README.md."""
    tekst = readme.read_text(encoding="utf-8")
    if KOP not in tekst:
        raise AssertionError(f"README.md mist de kop '{KOP}' met de stijltabel")
    blok = tekst.split(KOP, 1)[1]
    tabel: dict[str, str] = {}
    for regel in blok.splitlines():
        if regel.startswith("### ") or regel.startswith("## "):
            break
        cellen = [c.strip() for c in regel.strip().strip("|").split("|")]
        if len(cellen) != 2 or cellen[0] in ("Schrijf", "") or set(cellen[0]) <= {"-"}:
            continue
        for variant in cellen[1].split(","):
            tabel[variant.strip()] = cellen[0]
    return tabel


def overtredingen(regels: list[Regel], tabel: dict[str, str]) -> list[str]:
    gevonden = []
    for variant, goed in tabel.items():
        patroon = re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", re.I)
        for r in regels:
            if patroon.search(r.tekst):
                gevonden.append(f"{r.plek}: '{variant}' → schrijf '{goed}'")
    return gevonden


@pytest.fixture(scope="module")
def tabel(repo) -> dict[str, str]:
    return stijlblad(repo / "README.md")


def test_stijlblad_heeft_woorden(tabel):
    assert len(tabel) >= 20
    assert tabel["fases"] == "fasen" and tabel["vakdiensten"] == "vakafdelingen" and tabel["afvinken"] == "aanvinken"


def test_eigen_tekst_gebruikt_een_woord_per_begrip(repo, handboek, tabel):
    fouten = overtredingen(alle_regels(repo, handboek), tabel)
    assert not fouten, "Afgewezen woorden in de eigen tekst (zie README.md, 'Eén woord per begrip'):\n" + "\n".join(fouten)


def test_de_controle_vindt_een_afgewezen_woord(tmp_path, tabel):
    pagina = tmp_path / "proef.md"
    pagina.write_text("# Proef\n\nDe vier fases van het model.\nVink af wat goed gaat.\n", encoding="utf-8")
    fouten = overtredingen(markdown_regels(pagina, "proef.md"), tabel)
    assert fouten == ["proef.md:3: 'fases' → schrijf 'fasen'", "proef.md:4: 'vink af' → schrijf 'aanvinken'"]


@pytest.mark.parametrize(
    "regel",
    [
        "> De vier fases van het model.",  # citaatblok
        "De bron spreekt van 'ateliers voor allochtonen'.",  # tussen aanhalingstekens
        '{{ voorbeelden(opgave="fases") }}',  # macro-aanroep
        "Zie `fases` in de code.",  # code
    ],
)
def test_citaten_en_code_zijn_vrij(tmp_path, tabel, regel):
    pagina = tmp_path / "proef.md"
    pagina.write_text(f"# Proef\n\n{regel}\n", encoding="utf-8")
    assert overtredingen(markdown_regels(pagina, "proef.md"), tabel) == []


def test_quote_blok_is_vrij_maar_tekst_erna_niet(tmp_path, tabel):
    pagina = tmp_path / "proef.md"
    pagina.write_text('??? quote "Letterlijk"\n    De vier fases.\n\nOnze vier fases.\n', encoding="utf-8")
    assert overtredingen(markdown_regels(pagina, "proef.md"), tabel) == ["proef.md:4: 'fases' → schrijf 'fasen'"]


def test_apostrof_in_een_woord_opent_geen_citaat():
    assert "fases" in zonder_citaten("De wijkagenda's en de fases van 's avonds.")
