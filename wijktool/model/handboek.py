"""Het getypeerde model van het handboek: onveranderlijke dataclasses.

Alleen standaardbibliotheek: dit module draait ook in Pyodide."""

from __future__ import annotations

from collections.abc import Callable
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
    """Een van de vier publicaties waar het handboek op rust (data/bronnen.yml)."""

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
    """Een van de tien opgaven van de checklist, met zijn kansen en valkuilen."""

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
class Genummerd:
    """Iets met een vast nummer en een naam uit de bron: een waarde of een fase."""

    nummer: int
    naam: str


@dataclass(frozen=True)
class Waarde(Genummerd):
    """Een van de tien waarden van wijkgericht werken uit de checklist."""

    tekst: str


@dataclass(frozen=True)
class Fase(Genummerd):
    """Een fase van het volwassenheidsmodel (1–4)."""

    omschrijving: str


@dataclass(frozen=True)
class Schuif:
    """Een schuif van het mengpaneel, met wat een lage en een hoge stand betekent."""

    slug: str
    naam: str
    vraag: str
    laag: str
    hoog: str
    bron: str
    laag_kort: str = ""
    """Een paar woorden voor het lage eind van de schuif (bij de bediening)."""
    hoog_kort: str = ""
    """Een paar woorden voor het hoge eind van de schuif (bij de bediening)."""


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
        gevonden = _eerste(
            self.standen, lambda s: s.schuif == schuif, lambda: f"profiel '{self.slug}' heeft geen stand voor schuif '{schuif}'"
        )
        return gevonden.stand


@dataclass(frozen=True)
class Cel:
    """De tekst van één thema in één fase van het volwassenheidsmodel."""

    fase: int
    tekst: str


@dataclass(frozen=True)
class Thema:
    """Een thema van het volwassenheidsmodel, met een cel per fase."""

    slug: str
    naam: str
    omschrijving: str
    cellen: tuple[Cel, ...]

    def cel(self, fase: int) -> Cel:
        return _eerste(self.cellen, lambda c: c.fase == fase, lambda: f"thema '{self.slug}' heeft geen cel voor fase {fase}")


@dataclass(frozen=True)
class Koppeling:
    """Een schuif en een opgave die helpt om die schuif te verzetten."""

    schuif: str
    opgave: str
    reden: str


Ontwikkelingsfase = Literal["ervaren", "doorontwikkelen", "in-de-kinderschoenen"]
ONTWIKKELINGSFASEN: tuple[str, ...] = ("ervaren", "doorontwikkelen", "in-de-kinderschoenen")


@dataclass(frozen=True)
class Gemeente:
    """Een van de acht Gelderse gemeenten uit de benchmark (2006)."""

    slug: str
    naam: str
    inwoners: int | None
    wijkomvang: str | None
    eenheid: str | None
    formatie: str | None
    plek: str | None
    wijkwethouders: bool | None
    wijkbudget_per_inwoner: float | None
    wijkbudget: str | None
    ontwikkelingsfase: Ontwikkelingsfase
    instrumenten: tuple[str, ...]
    samenvatting: str
    vindplaats: str
    # De bron geeft veel getallen met een voorbehoud ("ruim", "circa"); dat woord
    # hoort bij het getal, anders lijkt het cijfer preciezer dan de bron.
    inwoners_kwalificatie: str | None = None
    wijkbudget_kwalificatie: str | None = None
    # Voor een gemeente zonder vergelijkbaar bedrag per inwoner (Tiel): wat er dan wel in de tabel staat.
    wijkbudget_opmerking: str | None = None


KWALIFICATIES: tuple[str, ...] = ("ruim", "bijna", "circa", "ongeveer", "een kleine")


@dataclass(frozen=True)
class Voorbeeld:
    """Een voorbeeld uit de praktijk, gekoppeld aan opgaven, profielen of thema's."""

    slug: str
    # waar het voorbeeld bij hoort (minstens één van de drie)
    opgaven: tuple[str, ...]
    profielen: tuple[str, ...]
    themas: tuple[str, ...]
    gemeente: str
    titel: str
    tekst: str
    bron: str
    vindplaats: str


@dataclass(frozen=True)
class Begrip:
    """Een woord uit de begrippenlijst, met de vormen die een tooltip krijgen."""

    term: str
    uitleg: str
    vormen: tuple[str, ...]
    bron: str | None


# --- regels en teksten van de scans (data/scans.yml) ------------------------


@dataclass(frozen=True)
class Niveau:
    """Een deel van de schaal 0–10 met een naam: laag, midden of hoog."""

    naam: str
    van: int
    tot: int


@dataclass(frozen=True)
class Voorwaarde:
    """Hoeveel van de genoemde schuiven (leeg: alle) aan één eis voldoen.

    De eis is precies één van: een niveau ('hoog'), een stand (5) of een
    ondergrens (vanaf 9). Zonder minstens/hooguit moeten alle genoemde
    schuiven voldoen."""

    schuiven: tuple[str, ...]
    niveau: str | None
    stand: int | None
    vanaf: int | None
    minstens: int | None
    hooguit: int | None


@dataclass(frozen=True)
class Waarnemingsregel:
    """Een combinatie van standen waar de bronnen iets over zeggen. In `tekst`
    mogen {aantal} en {namen} staan: de schuiven die aan de eerste voorwaarde voldoen."""

    code: str
    soort: Literal["info", "let-op"]
    tekst: str
    bron: str
    als: tuple[Voorwaarde, ...]


@dataclass(frozen=True)
class Oordeel:
    """Een woord voor de aandachtsscore van de afvinklijst: vanaf (≥) of boven (>)
    een grens; het laatste oordeel heeft geen grens."""

    woord: str
    vanaf: float | None
    boven: float | None


@dataclass(frozen=True)
class Gelijkenis:
    """Een woord voor de overeenkomst met een profiel (0–100): vanaf een grens;
    het laatste woord heeft geen grens."""

    woord: str
    vanaf: int | None


@dataclass(frozen=True)
class Scanregels:
    woorden: tuple[str, ...]
    niveaus: tuple[Niveau, ...]
    gat: int
    waarnemingen: tuple[Waarnemingsregel, ...]
    oordelen: tuple[Oordeel, ...]
    gelijkenis: tuple[Gelijkenis, ...] = ()
    gat_hoger: str = ""
    """Uitleg bij een gat waar de ambitie hoger ligt dan nu."""
    gat_lager: str = ""
    """Uitleg bij een gat waar de ambitie lager ligt dan nu."""
    niets_aangevinkt: str = ""
    """Het oordeel van de afvinklijst bij een opgave zonder één vinkje."""

    def lijkt(self, overeenkomst: float) -> str:
        """'sterk', 'redelijk' of 'weinig': hoe sterk een paneel op een profiel lijkt."""
        past = lambda g: g.vanaf is None or overeenkomst >= g.vanaf  # noqa: E731
        return _eerste(self.gelijkenis, past, lambda: f"geen woord voor overeenkomst {overeenkomst}").woord

    def niveau(self, stand: int) -> str:
        """'laag', 'midden' of 'hoog': de enige definitie in het handboek."""
        return _eerste(self.niveaus, lambda n: n.van <= stand <= n.tot, lambda: f"stand {stand} valt buiten de niveaus").naam

    def oordeel(self, score: float) -> str:
        for oordeel in self.oordelen:
            if (oordeel.vanaf is not None and score >= oordeel.vanaf) or (oordeel.boven is not None and score > oordeel.boven):
                return oordeel.woord
            if oordeel.vanaf is None and oordeel.boven is None:
                return oordeel.woord
        raise Onbekend(f"geen oordeel voor score {score}")


T = TypeVar("T")


def _eerste(rij: tuple[T, ...], past: Callable[[T], bool], melding: Callable[[], str]) -> T:
    """Het eerste in de rij dat past; anders Onbekend met melding(). De melding is een
    functie: stand() en niveau() lopen bij elke rekenvraag tientallen keren, en de tekst
    is alleen nodig als er niets past."""
    for ding in rij:
        if past(ding):
            return ding
    raise Onbekend(melding())


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
    regels: Scanregels
    koppelingen: tuple[Koppeling, ...] = ()
    gemeenten: tuple[Gemeente, ...] = ()
    voorbeelden: tuple[Voorbeeld, ...] = ()
    begrippen: tuple[Begrip, ...] = ()

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

    def gemeente(self, slug: str) -> Gemeente:
        return _zoek(self.gemeenten, slug, "gemeente")

    def koppelingen_van_opgave(self, opgave: str) -> tuple[Koppeling, ...]:
        self.opgave(opgave)
        return tuple(k for k in self.koppelingen if k.opgave == opgave)

    def koppelingen_van_schuif(self, schuif: str) -> tuple[Koppeling, ...]:
        self.schuif(schuif)
        return tuple(k for k in self.koppelingen if k.schuif == schuif)

    def voorbeelden_bij(
        self, opgave: str | None = None, profiel: str | None = None, thema: str | None = None, gemeente: str | None = None
    ) -> tuple[Voorbeeld, ...]:
        """Voorbeelden bij een opgave, profiel, thema of gemeente; zonder filter alle.
        Een onbekende slug is een fout, geen lege lijst."""
        if opgave is not None:
            self.opgave(opgave)
        if profiel is not None:
            self.profiel(profiel)
        if thema is not None:
            self.thema(thema)
        if gemeente is not None and not any(v.gemeente == gemeente for v in self.voorbeelden):
            raise Onbekend(
                f"geen voorbeelden van gemeente '{gemeente}'; bekend zijn: {', '.join(sorted({v.gemeente for v in self.voorbeelden}))}"
            )
        return tuple(
            v
            for v in self.voorbeelden
            if (opgave is None or opgave in v.opgaven)
            and (profiel is None or profiel in v.profielen)
            and (thema is None or thema in v.themas)
            and (gemeente is None or v.gemeente == gemeente)
        )
