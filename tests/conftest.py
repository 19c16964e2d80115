"""Gedeelde fixtures: de echte data, het Handboek en kapotte kopieën van data/."""

from __future__ import annotations

import copy
import shutil
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
BRONNEN = REPO.parent / "shared" / "bronnen"

# De macros staan niet in het geïnstalleerde pakket; mkdocs-macros vindt ze in
# de projectmap, de tests hier.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from wijktool.laden import laad_handboek, lees_ruw  # noqa: E402


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def datamap() -> Path:
    return REPO / "data"


@pytest.fixture(scope="session")
def _ruwe_eenmalig(datamap):
    return lees_ruw(datamap)


@pytest.fixture
def ruwe(_ruwe_eenmalig):
    """De ruwe inhoud van data/*.yml, per test een eigen diepe kopie: een test
    mag hem kapotmaken."""
    return copy.deepcopy(_ruwe_eenmalig)


@pytest.fixture(scope="session")
def handboek(datamap):
    """Het Handboek uit de echte data (onveranderlijk, dus één voor alle tests)."""
    return laad_handboek(datamap)


def bronbestand(naam: str) -> str:
    """De tekst van een bron uit ../shared/bronnen; de test slaat over als die
    map er niet is (bijvoorbeeld in een losse kopie van het project)."""
    pad = BRONNEN / naam
    if not pad.is_file():
        pytest.skip(f"bron {naam} niet gevonden in {BRONNEN}: vergelijking met de bron overgeslagen")
    return pad.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def bron_000() -> str:
    return bronbestand("000_ce955ee1c60bf2f3.txt")


@pytest.fixture(scope="session")
def bron_001() -> str:
    return bronbestand("001_09fafe8a584f5add.txt")


@pytest.fixture(scope="session")
def bron_002() -> str:
    return bronbestand("002_e455e8eb1197903e.txt")


@pytest.fixture(scope="session")
def bron_003() -> str:
    return bronbestand("003_4b1839c691a6aad5.txt")


class KapotteData:
    """Een kopie van alle data/*.yml in tmp_path, waarin een test één ding
    kapotmaakt. Meerdere aanroepen werken op dezelfde kopie."""

    def __init__(self, bron: Path, doel: Path):
        self.map = doel
        doel.mkdir()
        for bestand in sorted(bron.glob("*.yml")):
            shutil.copy2(bestand, doel / bestand.name)

    def tekst(self, bestand: str) -> str:
        return (self.map / bestand).read_text(encoding="utf-8")

    def schrijf(self, bestand: str, tekst: str) -> Path:
        """Vervang de hele tekst van één bestand."""
        (self.map / bestand).write_text(tekst, encoding="utf-8")
        return self.map

    def vervang(self, bestand: str, oud: str, nieuw: str) -> Path:
        """Vervang een stuk tekst dat precies één keer in het bestand staat."""
        tekst = self.tekst(bestand)
        assert tekst.count(oud) == 1, f"{oud!r} staat {tekst.count(oud)} keer in {bestand}, verwacht 1"
        return self.schrijf(bestand, tekst.replace(oud, nieuw))

    def zet(self, bestand: str, sleutels: tuple, waarde) -> Path:
        """Zet één waarde, bijv. zet("opgaven.yml", ("opgaven", 2, "nummer"), "3").
        Het bestand wordt opnieuw als YAML geschreven (zonder commentaar)."""
        inhoud = yaml.safe_load(self.tekst(bestand))
        *weg, laatste = sleutels
        plek = inhoud
        for sleutel in weg:
            plek = plek[sleutel]
        plek[laatste] = waarde
        return self.schrijf(bestand, yaml.safe_dump(inhoud, allow_unicode=True, sort_keys=False))

    def verwijder(self, bestand: str) -> Path:
        (self.map / bestand).unlink()
        return self.map


@pytest.fixture
def kapotte_data(tmp_path, datamap) -> KapotteData:
    return KapotteData(datamap, tmp_path / "data")
