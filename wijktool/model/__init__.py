"""Het model: getypeerde, onveranderlijke inhoud (handboek), de fouten met hun
pad (fouten), de kleine controles (velden) en het opbouwen met validatie
(opbouw). Alleen standaardbibliotheek."""

from .fouten import DataFout, Pad
from .handboek import STAND_MAX, STAND_MIDDEN, STAND_MIN, Handboek, Onbekend

__all__ = ["STAND_MAX", "STAND_MIDDEN", "STAND_MIN", "DataFout", "Handboek", "Onbekend", "Pad"]
