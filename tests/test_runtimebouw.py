"""De bouw van de runtime (hooks/runtime.py, hooks/runtimebouw/): namen met een
inhoudshash die meeveranderen met wijktool, een wiel uit een schone kopie (ook
subpakketten, geen verwijderde modules), caches die alleen van hun eigen invoer
afhangen en in één keer verschijnen, en fouten als PluginError."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from hooks.runtimebouw.cache import ingang
from hooks.runtimebouw.pyodide import importnamen
from hooks.runtimebouw.wiel import bouw_wiel, met_bytecode
from hulp.paden import REPO


def _hook(naam: str = "runtime"):
    """De hook geladen zoals MkDocs dat doet: met zijn eigen map op het zoekpad, alleen tijdens het laden."""
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(REPO / "hooks"))
        spec = importlib.util.spec_from_file_location(f"{naam}_hook_test", REPO / "hooks" / f"{naam}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


@pytest.fixture
def project(tmp_path) -> Path:
    """Een kopie van wat de runtime-bouw leest. node_modules en de cache (build/) van
    de echte werkmap worden gedeeld: Pyodide en de gecomprimeerde wasm opnieuw maken
    duurt minuten, en hun sleutels hangen niet af van wat deze tests veranderen."""
    kopie = tmp_path / "project"
    kopie.mkdir()
    for naam in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / naam, kopie / naam)
    for naam in ("wijktool", "data", "scripts"):
        shutil.copytree(REPO / naam, kopie / naam, ignore=shutil.ignore_patterns("__pycache__"))
    (kopie / "node_modules").symlink_to(REPO / "node_modules")
    (REPO / "build").mkdir(exist_ok=True)
    (kopie / "build").symlink_to(REPO / "build")
    return kopie


def wielnamen(wiel: Path) -> set[str]:
    return set(zipfile.ZipFile(wiel).namelist())


def test_andere_wijktool_geeft_andere_namen(project):
    hook = _hook()
    voor = hook._runtime(project)["namen"]
    scan = project / "wijktool" / "scans" / "schuifoefening.py"
    scan.write_text(scan.read_text(encoding="utf-8") + "\n# gewijzigd\n", encoding="utf-8")
    na = hook._runtime(project)["namen"]
    assert na["wiel"] != voor["wiel"]
    assert na["model"] == voor["model"]  # data niet veranderd
    assert na["pyodide"] == voor["pyodide"]  # dezelfde imports: dezelfde kleine stdlib
    for naam in na.values():
        assert naam.startswith("assets/")


def test_andere_readme_geeft_hetzelfde_wiel_voor_de_browser(project):
    """De README staat in de METADATA van het gewone wiel, niet in dat voor de browser:
    een wijziging erin geeft de lezer geen nieuwe download."""
    hook = _hook()
    voor = hook._runtime(project)
    readme = project / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nEen nieuwe alinea.\n", encoding="utf-8")
    na = hook._runtime(project)
    assert na["namen"]["wiel"] == voor["namen"]["wiel"]
    with zipfile.ZipFile(na["wiel"]) as z:
        (metadata,) = [n for n in z.namelist() if n.endswith("METADATA")]
        assert z.read(metadata).decode().startswith("Metadata-Version:") and b"Een nieuwe alinea" not in z.read(metadata)


def test_andere_data_geeft_een_ander_model(project):
    hook = _hook()
    voor = hook._runtime(project)["namen"]
    begrippen = project / "data" / "begrippen.yml"
    tekst = begrippen.read_text(encoding="utf-8")
    begrippen.write_text(tekst.replace("uitleg: ", "uitleg: Let op. ", 1), encoding="utf-8")
    na = hook._runtime(project)["namen"]
    assert na["model"] != voor["model"] and na["wiel"] == voor["wiel"]


def test_wiel_uit_schone_kopie_met_subpakketten(project):
    (project / "wijktool" / "tijdelijk.py").write_text("X = 1\n", encoding="utf-8")
    (project / "wijktool" / "sub").mkdir()
    (project / "wijktool" / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (project / "wijktool" / "sub" / "diep.py").write_text("Y = 2\n", encoding="utf-8")
    namen = wielnamen(bouw_wiel(project))
    assert {"wijktool/tijdelijk.py", "wijktool/sub/__init__.py", "wijktool/sub/diep.py"} <= namen
    (project / "wijktool" / "tijdelijk.py").unlink()
    shutil.rmtree(project / "wijktool" / "sub")
    namen = wielnamen(bouw_wiel(project))
    assert "wijktool/tijdelijk.py" not in namen and not any(n.startswith("wijktool/sub/") for n in namen)
    assert "wijktool/browser.py" in namen
    assert "wijktool/laden.py" not in namen  # alleen voor het bouwen (PyYAML)
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in namen)


# Pyodide in Node: pak het wiel uit zoals de worker, en laat elke compilatie van
# broncode mislukken. Alleen als Python voor elke module de meegeleverde bytecode
# neemt, lukt de import.
ZONDER_COMPILEREN = """
import { loadPyodide } from "%s";
import { readFileSync } from "node:fs";
const py = await loadPyodide();
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
const wiel = readFileSync(process.argv[1]);
py.unpackArchive(new Uint8Array(wiel.buffer, wiel.byteOffset, wiel.byteLength), "wheel", { extractDir: sitePackages });
try {
  console.log(py.runPython(`
import importlib, pkgutil, sys, importlib._bootstrap_external as be
def weiger(self, data, path, **_):
    raise AssertionError("gecompileerd uit de bron: " + str(path))
be.SourceLoader.source_to_code = weiger
import wijktool
namen = [m.name for m in pkgutil.walk_packages(wijktool.__path__, "wijktool.")]
for naam in namen:
    importlib.import_module(naam)
" ".join(sorted(namen))
`));
} catch (fout) {
  console.error(String(fout.message).slice(-500));  // alleen de Python-fout, niet de broncode van Pyodide
  process.exit(1);
}
"""


def test_browserwiel_heeft_bytecode_die_pyodide_ook_gebruikt(project):
    wiel = met_bytecode(project, bouw_wiel(project))
    with zipfile.ZipFile(wiel) as z:
        assert {i.compress_type for i in z.infolist()} == {zipfile.ZIP_STORED}  # de server comprimeert het geheel
        bronnen = [n for n in z.namelist() if n.startswith("wijktool/") and n.endswith(".py")]
        pycs = [n for n in z.namelist() if n.endswith(".pyc")]
        assert len(pycs) == len(bronnen) > 10
        for pyc in pycs:
            assert int.from_bytes(z.read(pyc)[4:8], "little") == 0b01  # hash-gebaseerd, bron niet nagekeken
        (record,) = [n for n in z.namelist() if n.endswith(".dist-info/RECORD")]
        assert set(pycs) <= {regel.split(",")[0] for regel in z.read(record).decode().splitlines()}
    assert (wiel.parent / (wiel.name + ".br")).stat().st_size < wiel.stat().st_size / 3
    r = subprocess.run(
        ["node", "--input-type=module", "-e", ZONDER_COMPILEREN % (REPO / "node_modules" / "pyodide" / "pyodide.mjs"), str(wiel)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert "wijktool.browser" in r.stdout.split() and "wijktool.scans.schuifoefening" in r.stdout.split()


def test_importnamen_van_wijktool(project):
    namen = importnamen(project)
    assert {"json", "math", "dataclasses"} <= set(namen)
    assert "html" not in namen  # wijktool/weergave/html.py escapet zelf: html.entities hoeft niet mee
    assert not any(n.startswith("wijktool") for n in namen)


def test_cache_ingang_verschijnt_in_een_keer(tmp_path):
    (tmp_path / "build").mkdir()

    def mislukt(uit: Path) -> None:
        (uit / "half").write_text("x")
        raise RuntimeError("afgebroken")

    with pytest.raises(RuntimeError):
        ingang(tmp_path, "proef", "abc", mislukt)
    cache = tmp_path / "build" / "runtime-cache"
    assert [p for p in cache.iterdir() if p.is_dir()] == []  # geen halve ingang, geen tijdelijke map
    gemaakt = ingang(tmp_path, "proef", "abc", lambda uit: (uit / "heel").write_text("x"))
    assert gemaakt == cache / "proef-abc" and (gemaakt / "heel").exists()
    assert oct(gemaakt.stat().st_mode & 0o777) == "0o755"
    # Bestaat hij al, dan wordt hij niet opnieuw gemaakt.
    assert ingang(tmp_path, "proef", "abc", mislukt) == gemaakt


def test_cache_ingang_wordt_niet_twee_keer_tegelijk_gemaakt(tmp_path):
    """Een tweede proces dat dezelfde ingang vraagt terwijl de eerste hem maakt (zoals
    de bouw tijdens het vooraf comprimeren van scripts/opzetten.sh), wacht en doet het
    werk niet over."""
    (tmp_path / "build").mkdir()
    teller = tmp_path / "keer"
    code = (
        "import sys, time; from pathlib import Path; from runtimebouw.cache import ingang\n"
        "def maak(uit):\n"
        "    with open(sys.argv[2], 'a') as f: f.write('x')\n"
        "    time.sleep(1.5); (uit / 'heel').write_text('x')\n"
        "print(ingang(Path(sys.argv[1]), 'proef', 'abc', maak))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    processen = [
        subprocess.Popen([sys.executable, "-c", code, str(tmp_path), str(teller)], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    uit = [p.communicate(timeout=60)[0].strip() for p in processen]
    assert [p.returncode for p in processen] == [0, 0]
    assert uit[0] == uit[1] == str(tmp_path / "build" / "runtime-cache" / "proef-abc")
    assert teller.read_text() == "x"  # één keer gemaakt


def test_pictogrammen_komen_uit_de_cache(tmp_path, monkeypatch):
    """hooks/webapp.py tekent een pictogram één keer per maat, kleur en tekening."""
    webapp = _hook("webapp")
    eerst = webapp.pictogram_uit_cache(tmp_path, 192)
    assert eerst.read_bytes() == webapp.pictogram(192)
    assert eerst.parent.parent == tmp_path / "build" / "runtime-cache"
    assert webapp.pictogram_uit_cache(tmp_path, 192) == eerst
    assert webapp.pictogram_uit_cache(tmp_path, 512).parent != eerst.parent
    monkeypatch.setattr(webapp, "KLEUR", (0x00, 0x4D, 0x40))
    anders = webapp.pictogram_uit_cache(tmp_path, 192)
    assert anders.parent != eerst.parent and anders.read_bytes() != eerst.read_bytes()


def test_fout_in_de_bouw_is_een_pluginerror(project):
    (project / "node_modules").unlink()
    config = SimpleNamespace(config_file_path=str(project / "mkdocs.yml"), extra={})
    with pytest.raises(PluginError, match="Pyodide ontbreekt"):
        _hook().on_pre_build(config)
    # Een datafout ook (en niet SystemExit, dat mkdocs serve zou stoppen).
    (project / "node_modules").symlink_to(REPO / "node_modules")
    (project / "data" / "opgaven.yml").write_text("opgaven: [", encoding="utf-8")
    with pytest.raises(PluginError, match="opgaven.yml"):
        _hook().on_pre_build(config)
