"""Een cache in build/runtime-cache/: elke ingang heeft als naam een hash van
precies zijn eigen invoer, en komt er in één keer in (eerst in een tijdelijke
map, dan hernoemd). Een afgebroken bouw laat dus nooit een halve ingang achter."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def hash_van(delen: Iterable[bytes | str]) -> str:
    h = hashlib.sha256()
    for deel in delen:
        deel = deel.encode() if isinstance(deel, str) else deel
        # lengte erbij: ("ab", "c") en ("a", "bc") geven niet dezelfde hash
        h.update(len(deel).to_bytes(8, "big"))
        h.update(deel)
    return h.hexdigest()[:16]


def bestanden_hash(wortel: Path, paden: Iterable[Path]) -> str:
    """Hash over de namen (relatief aan wortel) en inhoud: een verwijderd of
    hernoemd bestand verandert hem ook."""
    delen: list[bytes | str] = []
    for pad in sorted(paden):
        delen += [pad.relative_to(wortel).as_posix(), pad.read_bytes()]
    return hash_van(delen)


def ingang(project: Path, soort: str, sleutel: str, maak: Callable[[Path], None]) -> Path:
    """De map build/runtime-cache/<soort>-<sleutel>; bestaat hij niet, dan vult
    maak(tijdelijke_map) hem, en wordt hij pas daarna onder zijn naam gezet.
    Maakt een ander proces dezelfde ingang al (scripts/opzetten.sh comprimeert Pyodide
    vooraf), dan wachten we op dat proces in plaats van het werk over te doen."""
    wortel = project / "build" / "runtime-cache"
    doel = wortel / f"{soort}-{sleutel}"
    if doel.is_dir():
        return doel
    wortel.mkdir(parents=True, exist_ok=True)
    with open(wortel / f".{soort}-{sleutel}.slot", "w") as slot:
        fcntl.flock(slot, fcntl.LOCK_EX)  # los bij het sluiten, ook als het proces stopt
        if doel.is_dir():
            return doel
        tijdelijk = Path(tempfile.mkdtemp(prefix=f".{soort}-", dir=wortel))
        tijdelijk.chmod(0o755)  # mkdtemp geeft 0700; de kopie in site/ moet leesbaar zijn voor de webserver
        try:
            maak(tijdelijk)
            os.rename(tijdelijk, doel)
        finally:
            shutil.rmtree(tijdelijk, ignore_errors=True)
    return doel
