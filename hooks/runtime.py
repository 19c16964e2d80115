"""MkDocs-hook: zet de runtime van de zelfscan in de site.

Vóór het bouwen van de pagina's (on_pre_build), zodat de pagina's de namen kennen:
- Pyodide uit node_modules (vastgepind in package.json / package-lock.json), met een
  kleine stdlib als bytecode (alleen wat de worker laadt) en een lockbestand zonder
  pakketten, in assets/pyodide/<hash>/;
- het wiel van wijktool, gebouwd met PyPA build uit een schone kopie van het pakket:
  assets/wijktool/wijktool.<hash>.whl;
- model.json, de ruwe gevalideerde data die wijktool in de browser opnieuw opbouwt:
  assets/wijktool/model.<hash>.json.
De hash is die van de inhoud: een nieuwe bouw geeft nieuwe namen als er iets
verandert, dus de server mag ze een jaar als 'immutable' cachen (deploy/nginx.conf).
De namen staan in config.extra.wijktool_runtime (gebruikt door macros/ en overrides/).

Na het bouwen (on_post_build): de bestanden in site/, plus een .gz naast elk
tekstbestand (gzip_static). Geen geheugensnapshot meer: die kostte 5,2 MB op de lijn
en won alleen op loopback (zie benchmarks/zelfscan.py en deploy/README.md).

Fouten worden een PluginError: `mkdocs serve` meldt ze en blijft draaien. Na elke
bouw vergeten we wijktool en macros (sys.modules), zodat `mkdocs serve` bij de
volgende bouw de bewerkte versie laadt.
"""

from __future__ import annotations

import importlib
import json
import logging
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

# mkdocs zet de map van de hook alleen tijdens het laden op sys.path.
from runtimebouw.cache import hash_van
from runtimebouw.comprimeer import comprimeer_site
from runtimebouw.pyodide import bouw_pyodide, bouw_stdlib, maphash
from runtimebouw.wiel import bouw_wiel, met_bytecode

log = logging.getLogger("mkdocs.hooks.runtime")

SLEUTEL = "wijktool_runtime"
HERLADEN = ("wijktool", "macros")
_klaar: dict = {}


def _vergeet_modules() -> None:
    for naam in [n for n in sys.modules if n.split(".")[0] in HERLADEN]:
        del sys.modules[naam]
    importlib.invalidate_caches()


def _runtime(project: Path) -> dict:
    lees_ruw = importlib.import_module("wijktool.laden").lees_ruw
    model = json.dumps(lees_ruw(project / "data"), ensure_ascii=False, separators=(",", ":")).encode()
    if not (project / "node_modules" / "pyodide" / "pyodide.mjs").exists():
        raise RuntimeError("Pyodide ontbreekt in node_modules: draai eerst 'bash scripts/opzetten.sh'.")
    wiel = bouw_wiel(project)
    pyodide = bouw_pyodide(project, bouw_stdlib(project, wiel, model))
    wiel = met_bytecode(project, wiel)
    namen = {
        # De worker zelf (docs/assets/js/): de scanpagina start hem al vanuit de <head>
        # (overrides/main.html) en de paginacontroller neemt hem over (macros/scans.py).
        "worker": "assets/js/wijktool-worker.js",
        "pyodide": f"assets/pyodide/{maphash(pyodide)}/",
        "wiel": f"assets/wijktool/wijktool.{hash_van([wiel.read_bytes()])}.whl",
        "model": f"assets/wijktool/model.{hash_van([model])}.json",
    }
    return {"namen": namen, "pyodide": pyodide, "wiel": wiel, "model": model}


def on_config(config, **_) -> None:
    # Ook hier, niet alleen na de bouw: mislukte het laden van de config (bv. een
    # datafout in define_env), dan kwam on_post_build/on_build_error niet.
    _vergeet_modules()


def on_pre_build(config, **_) -> None:
    try:
        runtime = _runtime(Path(config.config_file_path).parent)
    except Exception as fout:
        _vergeet_modules()
        raise PluginError(f"zelfscan-runtime: {fout}") from fout
    _klaar.clear()
    _klaar.update(runtime)
    config.extra[SLEUTEL] = runtime["namen"]


def on_post_build(config, **_) -> None:
    try:
        site = Path(config.site_dir)
        namen = _klaar["namen"]
        doel = site / namen["pyodide"]
        if doel.exists():
            shutil.rmtree(doel)
        shutil.copytree(_klaar["pyodide"], doel)
        wiel = site / namen["wiel"]
        wiel.parent.mkdir(parents=True, exist_ok=True)
        for bron in _klaar["wiel"].parent.iterdir():  # het wiel en zijn .br/.gz
            shutil.copyfile(bron, wiel.with_name(wiel.name + bron.name[len(_klaar["wiel"].name) :]))
        (site / namen["model"]).write_bytes(_klaar["model"])
        aantal = comprimeer_site(site, behalve=(site / "assets" / "pyodide", wiel))
        log.info("zelfscan-runtime: %s, %s, %s; %d bestanden ook als .br/.gz", namen["pyodide"], namen["wiel"], namen["model"], aantal)
    except Exception as fout:
        raise PluginError(f"zelfscan-runtime: {fout}") from fout
    finally:
        _vergeet_modules()


def on_build_error(**_) -> None:
    _vergeet_modules()
