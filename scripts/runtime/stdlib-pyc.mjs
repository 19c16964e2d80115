// Bouwstap: maakt python_stdlib_pyc.zip, de standaardbibliotheek van Pyodide
// als bytecode. Dan hoeft de browser bij elke start niet ~200 modules te
// compileren. Gecompileerd door Pyodide's eigen CPython, zodat het
// .pyc-formaat precies past bij de runtime in de browser.
// gebruik: node scripts/runtime/stdlib-pyc.mjs <pyodide-map> <uit.zip>
import { loadPyodide } from "../../node_modules/pyodide/pyodide.mjs";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pyodideMap, uit] = process.argv.slice(2);
const py = await loadPyodide({ indexURL: resolve(pyodideMap) + "/" });
const telling = py.runPython(String.raw`
import zipfile, importlib._bootstrap_external as be

BRON = "/lib/python314.zip"  # hier zet Pyodide python_stdlib.zip neer
zin = zipfile.ZipFile(BRON)
zout = zipfile.ZipFile("/tmp/python_stdlib_pyc.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9)
gecompileerd = gebleven = 0
for info in zin.infolist():
    naam = info.filename
    if naam.endswith("/"):
        continue
    data = zin.read(naam)
    if naam.endswith(".py"):
        try:
            code = compile(data, BRON + "/" + naam, "exec", dont_inherit=True, optimize=0)
        except SyntaxError:  # bv. testbestanden met opzettelijke fouten: als bron houden
            zout.writestr(naam, data)
            gebleven += 1
            continue
        zout.writestr(naam + "c", bytes(be._code_to_timestamp_pyc(code, 0, len(data))))
        gecompileerd += 1
    else:
        zout.writestr(naam, data)
zout.close()
f"{gecompileerd} modules gecompileerd, {gebleven} als bron gehouden"
`);
writeFileSync(uit, py.FS.readFile("/tmp/python_stdlib_pyc.zip"));
console.log(telling);
