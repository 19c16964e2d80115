"""De scans: per scan één module die het contract (contract.Scan) invult.

Het register hieronder is de enige lijst van scans. wijktool.browser vindt een
scan alleen via dit register; de naam is dezelfde als die van de module, de
weergave (wijktool/weergave/), het script (docs/assets/js/scans/) en de macro.
Alleen standaardbibliotheek."""

from __future__ import annotations

from . import afvinklijst, samen, schuifoefening, volwassenheidsscan
from .contract import OngeldigeInvoer, Scan

REGISTER: dict[str, Scan] = {s.naam: s for s in (schuifoefening.SCAN, volwassenheidsscan.SCAN, afvinklijst.SCAN, samen.SCAN)}


def scan(naam: object) -> Scan:
    if not isinstance(naam, str) or naam not in REGISTER:
        raise OngeldigeInvoer(f"onbekende scan {naam!r} (bekend: {', '.join(REGISTER)})")
    return REGISTER[naam]


__all__ = ["REGISTER", "OngeldigeInvoer", "Scan", "scan"]
