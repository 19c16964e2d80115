"""Het getypeerde model van het handboek: onveranderlijke dataclasses.

Alleen standaardbibliotheek: dit module draait ook in Pyodide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeVar

Soort = Literal["kans", "valkuil"]
STAND_MIN = 0
STAND_MAX = 10
STAND_MIDDEN = 5  # "geen keuze gemaakt" (Platform31, §2.1)


class Onbekend(LookupError):
    """Een slug of nummer dat niet in de data staat."""

    def __str__(self) -> str:  # KeyError-achtige quotes weglaten
        return str(self.args[0])


@dataclass(frozen=True)
class Bron:
    slug: str
    kort: str
    titel: str
    auteurs: str
    uitgever: str | None
    jaar: int | None
    plaats: str | None
    bestanden: tuple[str, ...]
    citaat: str


@dataclass(frozen=True)
class Item:
    """Een kans of valkuil uit de Doe-Het-Zelf-checklist (nummer 1–97)."""

    nr: int
    tekst: str
    soort: Soort
    opgave: str


@dataclass(frozen=True)
class Opgave:
    nummer: int
    slug: str
    titel: str
    omschrijving: str
    kansen: tuple[Item, ...]
    valkuilen: tuple[Item, ...]

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(sorted(self.kansen + self.valkuilen, key=lambda item: item.nr))


@dataclass(frozen=True)
class Waarde:
    nummer: int
    naam: str
    tekst: str


@dataclass(frozen=True)
class Schuif:
    slug: str
    naam: str
    vraag: str
    laag: str
    hoog: str
    bron: str


@dataclass(frozen=True)
class Stand:
    """De stand van één schuif in een profiel, met de onderbouwing uit de bron."""

    schuif: str
    stand: int
    kenmerk: str
    bron: str
    redenering: str


@dataclass(frozen=True)
class Profiel:
    slug: str
    naam: str
    typering: str
    opdracht: str
    standen: tuple[Stand, ...]

    def stand(self, schuif: str) -> int:
        for stand in self.standen:
            if stand.schuif == schuif:
                return stand.stand
        raise Onbekend(f"profiel '{self.slug}' heeft geen stand voor schuif '{schuif}'")


@dataclass(frozen=True)
class Fase:
    nummer: int
    naam: str
    omschrijving: str


@dataclass(frozen=True)
class Cel:
    fase: int
    tekst: str


@dataclass(frozen=True)
class Thema:
    slug: str
    naam: str
    omschrijving: str
    cellen: tuple[Cel, ...]

    def cel(self, fase: int) -> Cel:
        for cel in self.cellen:
            if cel.fase == fase:
                return cel
        raise Onbekend(f"thema '{self.slug}' heeft geen cel voor fase {fase}")


T = TypeVar("T")


def _zoek(rij: tuple[T, ...], sleutel: object, soort: str, veld: str = "slug") -> T:
    for ding in rij:
        if getattr(ding, veld) == sleutel:
            return ding
    bekend = ", ".join(str(getattr(ding, veld)) for ding in rij)
    raise Onbekend(f"onbekende {soort} '{sleutel}'; bekend zijn: {bekend}")


@dataclass(frozen=True)
class Handboek:
    """Alle inhoud uit data/, gevalideerd. `herkomst` koppelt elk onderwerp
    (opgaven, waarden, ...) aan de slug van zijn bron."""

    bronnen: tuple[Bron, ...]
    opgaven: tuple[Opgave, ...]
    waarden: tuple[Waarde, ...]
    schuiven: tuple[Schuif, ...]
    profielen: tuple[Profiel, ...]
    fases: tuple[Fase, ...]
    themas: tuple[Thema, ...]
    herkomst: tuple[tuple[str, str], ...]

    def bron(self, slug: str) -> Bron:
        return _zoek(self.bronnen, slug, "bron")

    def bron_van(self, onderwerp: str) -> Bron:
        for naam, slug in self.herkomst:
            if naam == onderwerp:
                return self.bron(slug)
        raise Onbekend(f"onbekend onderwerp '{onderwerp}'")

    def opgave(self, slug: str) -> Opgave:
        return _zoek(self.opgaven, slug, "opgave")

    def schuif(self, slug: str) -> Schuif:
        return _zoek(self.schuiven, slug, "schuif")

    def profiel(self, slug: str) -> Profiel:
        return _zoek(self.profielen, slug, "profiel")

    def thema(self, slug: str) -> Thema:
        return _zoek(self.themas, slug, "thema")

    def fase(self, nummer: int) -> Fase:
        return _zoek(self.fases, nummer, "fase", veld="nummer")

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(sorted((i for o in self.opgaven for i in o.items), key=lambda item: item.nr))

    def item(self, nr: int) -> Item:
        return _zoek(self.items, nr, "item", veld="nr")
