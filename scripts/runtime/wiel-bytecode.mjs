// Bouwstap: het wiel van wijktool voor de browser, met bytecode naast elke module
// (wijktool/…/__pycache__/<naam>.cpython-314.pyc). Gemaakt door Pyodide's eigen
// CPython, zodat het formaat precies bij de runtime past. De .pyc is 'unchecked-hash':
// Python leest hem zonder de bron te vergelijken (de .py blijft erin, voor tracebacks).
// Zo hoeft Python wijktool in de browser niet meer te compileren bij elke start.
// Ongecomprimeerd in de zip (ZIP_STORED): de server stuurt het wiel met brotli, en dat
// is kleiner dan per bestand inpakken. METADATA zonder de lange beschrijving (de hele
// README): die leest in de browser niemand, en zo geeft een wijziging in de README geen
// nieuw wiel (en geen nieuwe download) voor de lezer.
// gebruik: node wiel-bytecode.mjs <wiel> <uit.whl>
import { loadPyodide } from "../../node_modules/pyodide/pyodide.mjs";
import { readFileSync, writeFileSync } from "node:fs";

const [wielPad, uit] = process.argv.slice(2);
const py = await loadPyodide();
py.FS.writeFile("/tmp/in.whl", readFileSync(wielPad));
const telling = py.runPython(String.raw`
import base64, hashlib, importlib.util, zipfile, importlib._bootstrap_external as be

VAST = (1980, 1, 1, 0, 0, 0)  # vaste datum: dezelfde invoer geeft dezelfde bytes (en naam)
zin = zipfile.ZipFile("/tmp/in.whl")
bestanden = {naam: zin.read(naam) for naam in zin.namelist()}
(record,) = [n for n in bestanden if n.endswith(".dist-info/RECORD")]
(metadata,) = [n for n in bestanden if n.endswith(".dist-info/METADATA")]
koppen = bestanden[metadata].decode().split("\n\n", 1)[0]
bestanden[metadata] = "\n".join(r for r in koppen.splitlines() if not r.startswith("Description-Content-Type:")).encode() + b"\n"
bytecode = {}
for naam, data in bestanden.items():
    if naam.startswith("wijktool/") and naam.endswith(".py"):
        code = compile(data, naam, "exec", dont_inherit=True, optimize=0)
        pyc = be._code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
        bytecode[importlib.util.cache_from_source(naam)] = bytes(pyc)


def regel(naam, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{naam},sha256={digest},{len(data)}\n"


# RECORD opnieuw: met de bytecode en de kortere METADATA, zodat het wiel klopt voor wie het installeert.
del bestanden[record]
inhoud = {**bestanden, **bytecode}
inhoud[record] = ("".join(regel(n, d) for n, d in inhoud.items()) + f"{record},,\n").encode()  # als laatste, zoals pip
zout = zipfile.ZipFile("/tmp/uit.whl", "w", zipfile.ZIP_STORED)
for naam, data in inhoud.items():
    zout.writestr(zipfile.ZipInfo(naam, VAST), data)
zout.close()
f"{len(bytecode)} modules"
`);
writeFileSync(uit, py.FS.readFile("/tmp/uit.whl"));
console.log(telling);
