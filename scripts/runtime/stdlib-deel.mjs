// Bouwstap: maakt een kleine standaardbibliotheek voor de browser, met alleen
// de modules die Pyodide bij het starten laadt en die wijktool gebruikt, als
// bytecode. De volledige python_stdlib.zip is 2,5 MB (als bytecode 4,4 MB);
// de lezer hoeft die niet te downloaden.
//
// Hoe: start Pyodide in Node met de volledige stdlib, pak het wiel uit zoals de
// worker, importeer elke stdlib-module die ergens in wijktool staat (ook als de
// browser hem nu niet gebruikt: zo hangt de keuze alleen af van de importnamen,
// de cachesleutel), start wijktool.browser met het model, en neem elke geladen
// module die uit de stdlib-zip kwam. Gecompileerd door Pyodide's eigen CPython,
// zodat het .pyc-formaat precies bij de runtime in de browser past. Zonder
// docstrings (zoals python -OO, maar asserts blijven): de scan leest ze nooit, en
// het scheelt 133 kB op de lijn (929 → 796 kB met brotli).
// gebruik: node stdlib-deel.mjs <pyodide-map> <wiel> <model.json> <uit.zip> <module>...
import { loadPyodide } from "../../node_modules/pyodide/pyodide.mjs";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pyodideMap, wielPad, modelPad, uit, ...modules] = process.argv.slice(2);
const py = await loadPyodide({ indexURL: resolve(pyodideMap) + "/" });
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
const wiel = readFileSync(wielPad);
py.unpackArchive(new Uint8Array(wiel.buffer, wiel.byteOffset, wiel.byteLength), "wheel", { extractDir: sitePackages });
py.globals.set("_modules", py.toPy(modules));
py.globals.set("_model", readFileSync(modelPad, "utf8"));
const telling = py.runPython(String.raw`
import ast, importlib, sys, zipfile, importlib._bootstrap_external as be

for naam in _modules:
    try:
        importlib.import_module(naam)
    except ImportError:  # geen stdlib (bv. yaml, alleen voor het bouwen)
        pass
import wijktool.browser
wijktool.browser.start(_model)

BRON = "/lib/python314.zip"  # hier zet Pyodide python_stdlib.zip neer
nodig = set()
for module in list(sys.modules.values()):
    bestand = getattr(getattr(module, "__spec__", None), "origin", None) or ""
    if bestand.startswith(BRON + "/"):
        nodig.add(bestand[len(BRON) + 1:])
zin = zipfile.ZipFile(BRON)


class ZonderDocstrings(ast.NodeTransformer):
    def _zonder(self, knoop):
        self.generic_visit(knoop)
        eerste = knoop.body[0] if knoop.body else None
        if isinstance(eerste, ast.Expr) and isinstance(eerste.value, ast.Constant) and isinstance(eerste.value.value, str):
            knoop.body = knoop.body[1:] or [ast.copy_location(ast.Pass(), eerste)]
        return knoop

    visit_Module = visit_ClassDef = visit_FunctionDef = visit_AsyncFunctionDef = _zonder


# Ongecomprimeerd in de zip: de server stuurt hem als geheel gecomprimeerd (.br/.gz),
# dat is kleiner dan per bestand, en zipimport hoeft niets uit te pakken.
zout = zipfile.ZipFile("/tmp/stdlib-deel.zip", "w", zipfile.ZIP_STORED)
VAST = (1980, 1, 1, 0, 0, 0)  # vaste datum: dezelfde invoer geeft dezelfde bytes (en naam)
for naam in sorted(nodig):
    data = zin.read(naam)
    if naam.endswith(".py"):
        boom = ZonderDocstrings().visit(ast.parse(data, BRON + "/" + naam))
        code = compile(boom, BRON + "/" + naam, "exec", dont_inherit=True, optimize=0)
        zout.writestr(zipfile.ZipInfo(naam + "c", VAST), bytes(be._code_to_timestamp_pyc(code, 0, len(data))))
    else:
        zout.writestr(zipfile.ZipInfo(naam, VAST), data)
zout.close()
f"{len(nodig)} modules"
`);
writeFileSync(uit, py.FS.readFile("/tmp/stdlib-deel.zip"));
console.log(telling);
