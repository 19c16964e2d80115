"""Het contract van een scan, en wat alle scans delen.

Een scan verklaart vier dingen: hoe ruwe invoer (uit de pagina, een link of een
bestand) gelezen en gecontroleerd wordt, hoe de uitkomst berekend wordt, hoe die
als HTML getoond wordt, en hoe een exportbestand eruitziet (formaat en versie).
wijktool.browser kent alleen dit contract; een nieuwe scan is één module in
wijktool/scans/ plus een regel in het register (wijktool/scans/__init__.py).

Elke scanmodule noemt dezelfde rol hetzelfde: de functies `lees`, `begin` en `reken`
(en, als de scan een bestand naast de invoer van nu kan zetten, `vergelijk`). Aan het
eind staat één regel: `SCAN = Scan.van(__name__, weergave, woord=..., versie=...)`.

Alleen standaardbibliotheek: dit module draait ongewijzigd in Pyodide."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ..model.handboek import Handboek
from ..model.velden import typenaam
from ..weergave.links import Naar
from .grenzen import OngeldigeInvoer, kort, lees_json, opsomming

Invoer = TypeVar("Invoer")
DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Weergave(Protocol):
    """Wat een module in wijktool/weergave/ voor zijn scan levert."""

    DELEN: Mapping[str, Callable[[dict[str, str]], str]]
    """De delen van de uitkomst op de pagina, per naam: HTML met de plekken (data-plek)."""

    def alles(self, uitkomst: dict, naar: Naar) -> dict[str, str]:
        """Uitkomst → HTML per plek op de pagina (data-plek)."""

    def bediening(self, hb: Handboek, invoer: Any) -> str:
        """De bediening van de pagina (schuiven, keuzes …), gezet op deze invoer."""

    def config(self, hb: Handboek) -> dict:
        """Wat het script van de scan uit de data moet weten (geen domeinwaarden in JavaScript)."""


@dataclass(frozen=True)
class Scan(Generic[Invoer]):
    naam: str
    """Eén naam in elke laag: data, Python, JavaScript, CSS en bestandsnamen."""
    woord: str
    """Hoe de pagina de invoer noemt: 'standen', 'keuzes', 'vinkjes'."""
    versie: int
    """Versie van het exportbestand; een bestand met een andere versie wordt geweigerd."""
    lees: Callable[[Handboek, object], Invoer]
    """Ruwe invoer controleren; gooit OngeldigeInvoer."""
    begin: Callable[[Handboek], Invoer]
    """De invoer van een lezer die nog niets gekozen heeft."""
    reken: Callable[[Handboek, Invoer], dict]
    """Gecontroleerde invoer → uitkomst (JSON-baar)."""
    weergave: Weergave
    """De module in wijktool/weergave/ met dezelfde naam: HTML van bediening en uitkomst."""
    vergelijk: Callable[[Handboek, Invoer, Invoer, str | None], str] | None = None
    """Optioneel: een ingelezen bestand naast de invoer van nu, als HTML. Zonder
    vergelijking neemt de pagina het bestand meteen over."""
    noem: str | None = None
    """Hoe meldingen de scan noemen; zonder: 'de <naam>' ('de schuifoefening')."""

    @classmethod
    def van(cls, module: str, weergave: Weergave, *, woord: str, versie: int, noem: str | None = None) -> Scan:
        """De scan van een module in wijktool/scans/, aangeroepen aan het eind van die
        module met `__name__` en zijn weergave. De naam is die van de module; de
        functies zijn die met de namen van het contract."""
        m = sys.modules[module]
        return cls(
            naam=module.rsplit(".", 1)[-1],
            woord=woord,
            versie=versie,
            lees=m.lees,
            begin=m.begin,
            reken=m.reken,
            weergave=weergave,
            vergelijk=getattr(m, "vergelijk", None),
            noem=noem,
        )

    @property
    def genoemd(self) -> str:
        return self.noem or f"de {self.naam}"

    @property
    def formaat(self) -> str:
        return f"wijktool-{self.naam}"

    def uitkomst(self, hb: Handboek, ruw: object) -> dict:
        return alleen_lijsten(self.reken(hb, self.lees(hb, ruw)))

    def exporteer(self, hb: Handboek, ruw: object, datum: str) -> dict:
        """Wat 'Exporteer' in een bestand zet; lees_bestand leest het terug."""
        return {"formaat": self.formaat, "versie": self.versie, "datum": datum, "invoer": self.lees(hb, ruw)}

    def lees_bestand(self, hb: Handboek, tekst: str) -> tuple[Invoer, str | None]:
        """Een exportbestand terug: (invoer, datum). Gooit OngeldigeInvoer."""
        data = lees_json(tekst)
        if not isinstance(data, dict) or data.get("formaat") != self.formaat:
            raise OngeldigeInvoer(f"Dit bestand is geen export van {self.genoemd}.")
        versie = data.get("versie")
        if versie != self.versie or isinstance(versie, bool):
            raise OngeldigeInvoer(f"Dit bestand heeft versie {kort(versie)}; {self.genoemd} leest alleen versie {self.versie}.")
        if "invoer" not in data:
            raise OngeldigeInvoer(f"In dit bestand ontbreken de {self.woord}.")
        datum = data.get("datum")
        if datum is not None and not (isinstance(datum, str) and DATUM.match(datum)):
            raise OngeldigeInvoer(f"De datum in dit bestand ({kort(datum)}) is geen datum als 2026-12-02.")
        try:
            invoer = self.lees(hb, data["invoer"])
        except OngeldigeInvoer as fout:
            raise OngeldigeInvoer(f"Het bestand heeft ongeldige {self.woord}: {fout}") from None
        return invoer, datum


def alleen_lijsten(waarde: Any) -> Any:
    """Tuples worden lijsten, zodat CPython en de browser (JSON) hetzelfde zien."""
    if isinstance(waarde, dict):
        return {k: alleen_lijsten(v) for k, v in waarde.items()}
    if isinstance(waarde, (list, tuple)):
        return [alleen_lijsten(v) for v in waarde]
    return waarde


def getal_per_sleutel(
    ruw: object,
    sleutels: Sequence[str],
    laagste: int,
    hoogste: int,
    fout: type[OngeldigeInvoer],
    soort: str,
    eenheid: str,
    onbekend_woord: str = "onbekende",
) -> dict[str, int]:
    """Precies de gegeven sleutels, elk met een geheel getal van laagste tot en met
    hoogste. Voorbeeld van een melding: "schuif 'communicatie': 11 is geen stand van 0 tot 10"."""
    if not isinstance(ruw, Mapping):
        raise fout(f"verwacht een {soort} per naam, niet {typenaam(ruw)}")
    onbekend = sorted(set(ruw) - set(sleutels))
    if onbekend:
        # "onbekende schuif", maar "onbekend thema" (het-woord)
        raise fout(f"{onbekend_woord} {soort}: {opsomming([str(n) for n in onbekend])}")
    uit = {}
    for sleutel in sleutels:
        if sleutel not in ruw:
            raise fout(f"de {eenheid} van {soort} '{sleutel}' ontbreekt")
        waarde = ruw[sleutel]
        if not isinstance(waarde, int) or isinstance(waarde, bool) or not laagste <= waarde <= hoogste:
            raise fout(f"{soort} '{sleutel}': {kort(waarde)} is geen {eenheid} van {laagste} tot {hoogste}")
        uit[sleutel] = waarde
    return uit
