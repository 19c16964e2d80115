"""De map assets/pyodide/<hash>/: Pyodide uit node_modules (vastgepind in
package.json), een lockbestand zonder pakketten en een kleine stdlib met alleen
wat de worker nodig heeft. De hash in de mapnaam is die van precies deze
bestanden, zodat nginx ze een jaar 'immutable' mag geven."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .cache import hash_van, ingang
from .comprimeer import comprimeer

# Onder deze namen zoekt Pyodide ze (indexURL + naam); daarom de hash in de mapnaam.
VAN_NPM = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
LOCK = "pyodide-lock.json"
STDLIB = "python_stdlib.zip"


def importnamen(project: Path) -> list[str]:
    """Elke module die ergens in wijktool/ geïmporteerd wordt (absolute imports)."""
    namen = set()
    for pad in sorted((project / "wijktool").rglob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"), str(pad))):
            if isinstance(knoop, ast.Import):
                namen.update(a.name for a in knoop.names)
            elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0 and knoop.module:
                namen.add(knoop.module)
    return sorted(n for n in namen if n.split(".")[0] not in ("wijktool", "__future__"))


def node_script(project: Path, script: str, *args: str) -> str:
    """Een script uit scripts/runtime/ in Node (met Pyodide uit node_modules)."""
    r = subprocess.run(["node", str(project / "scripts" / "runtime" / script), *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"{script} mislukte:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
    return r.stdout


def bouw_stdlib(project: Path, wiel: Path, model: bytes) -> Path:
    """De kleine stdlib (bytecode). Sleutel: Pyodide, het script en de importnamen
    van wijktool; niet het wiel zelf, dus een gewone wijziging in wijktool hergebruikt hem."""
    npm = project / "node_modules" / "pyodide"
    script = project / "scripts" / "runtime" / "stdlib-deel.mjs"
    namen = importnamen(project)
    sleutel = hash_van([(npm / "package.json").read_bytes(), (npm / "python_stdlib.zip").read_bytes(), script.read_bytes(), *namen])

    def maak(uit: Path) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "model.json").write_bytes(model)
            node_script(project, "stdlib-deel.mjs", str(npm), str(wiel), str(Path(tmp) / "model.json"), str(uit / STDLIB), *namen)

    return ingang(project, "stdlib", sleutel, maak) / STDLIB


def kale_lock(npm: Path) -> bytes:
    """Het lockbestand zonder pakketlijst: de scan laadt geen pakketten, en zo
    haalt de browser 2 kB op in plaats van 120 kB."""
    lock = json.loads((npm / LOCK).read_text(encoding="utf-8"))
    return json.dumps({"info": lock["info"], "packages": {}}, separators=(",", ":")).encode()


def _gecomprimeerd(project: Path, naam: str, bron: Path) -> Path:
    """Map met het bestand en zijn .br/.gz. Eigen cache per inhoud: brotli op het
    hoogste niveau (de wasm gaat van 3,5 MB met gzip naar 2,7 MB) duurt minuten,
    en hoeft dus alleen opnieuw als juist dit bestand verandert."""

    def maak(uit: Path) -> None:
        shutil.copyfile(bron, uit / naam)
        comprimeer(uit / naam, brotli_niveau=11)

    return ingang(project, "gecomprimeerd", hash_van([naam, bron.read_bytes()]), maak)


def comprimeer_tegelijk(project: Path, bestanden: dict[str, Path]) -> list[Path]:
    """De cachemappen van deze bestanden (naam → bron), tegelijk gemaakt: brotli geeft
    de GIL vrij, en de wasm alleen kost al ongeveer 30 s. Ook voor hooks/runtimebouw/vooraf.py."""
    with ThreadPoolExecutor() as pool:
        return list(pool.map(lambda item: _gecomprimeerd(project, *item), bestanden.items()))


def bouw_pyodide(project: Path, stdlib: Path) -> Path:
    """Cachemap met de vijf bestanden en hun .br/.gz; de naam eindigt op de hash."""
    npm = project / "node_modules" / "pyodide"
    with tempfile.TemporaryDirectory() as tmp:
        lock = Path(tmp) / LOCK
        lock.write_bytes(kale_lock(npm))
        bestanden = {naam: npm / naam for naam in VAN_NPM} | {LOCK: lock, STDLIB: stdlib}
        # Hash over naam + inhoud van wat de browser krijgt.
        sleutel = hash_van([d for naam in sorted(bestanden) for d in (naam, bestanden[naam].read_bytes())])

        def maak(uit: Path) -> None:
            for map_ in comprimeer_tegelijk(project, bestanden):
                for bestand in map_.iterdir():
                    shutil.copyfile(bestand, uit / bestand.name)

        return ingang(project, "pyodide", sleutel, maak)


def maphash(map_: Path) -> str:
    return map_.name.rsplit("-", 1)[1]
