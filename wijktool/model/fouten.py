"""Eén fouttype voor alle datafouten, met het pad naar de plek van de fout."""

from __future__ import annotations

from dataclasses import dataclass

PIJL = " → "


@dataclass(frozen=True)
class Pad:
    """Waar in welk bestand een waarde staat, bijvoorbeeld
    ``data/opgaven.yml → opgave 3 (open-podium) → valkuilen[2] → tekst``."""

    bestand: str
    delen: tuple[str, ...] = ()

    def __truediv__(self, deel: str) -> Pad:
        return Pad(self.bestand, (*self.delen, deel))

    def __str__(self) -> str:
        return PIJL.join((self.bestand, *self.delen))

    def fout(self, melding: str) -> DataFout:
        return DataFout((f"{self}: {melding}",))


class DataFout(Exception):
    """Een of meer fouten in de databestanden. Elke melding noemt bestand,
    item en veld, zodat een redacteur de plek direct kan vinden."""

    def __init__(self, meldingen: tuple[str, ...] | list[str]):
        self.meldingen = tuple(meldingen)
        super().__init__(self.tekst())

    def tekst(self) -> str:
        if len(self.meldingen) == 1:
            return self.meldingen[0]
        kop = f"{len(self.meldingen)} fouten in de data:"
        return "\n".join([kop, *(f"  - {m}" for m in self.meldingen)])


class Verzameling:
    """Verzamelt fouten, zodat één bouw alle fouten tegelijk laat zien in
    plaats van alleen de eerste."""

    def __init__(self) -> None:
        self.meldingen: list[str] = []

    def probeer(self, functie, *args, **kwargs):
        """Roep functie aan; bij een DataFout noteer de meldingen en geef None."""
        try:
            return functie(*args, **kwargs)
        except DataFout as fout:
            self.meldingen.extend(fout.meldingen)
            return None

    def meld(self, pad: Pad, melding: str) -> None:
        self.meldingen.append(f"{pad}: {melding}")

    def stop_bij_fouten(self) -> None:
        if self.meldingen:
            raise DataFout(self.meldingen)
