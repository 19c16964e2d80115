// Bouwstap: start Pyodide in Node, installeert het wiel van wijktool,
// importeert wat de browser nodig heeft en schrijft een geheugensnapshot.
// De worker herstelt die snapshot in plaats van de interpreter op te starten
// (enkele seconden sneller). Let op: de browser moet precies dezelfde
// Pyodide-bestanden, dezelfde stdlib-zip en hetzelfde wiel krijgen; de worker
// controleert het wiel via sys._snapshot_meta.
// gebruik: node scripts/runtime/snapshot.mjs <pyodide-map> <wiel> <stdlib-zip> <uit.snap>
import { loadPyodide } from "../../node_modules/pyodide/pyodide.mjs";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pyodideMap, wielPad, stdlib, uit] = process.argv.slice(2);
const py = await loadPyodide({ indexURL: resolve(pyodideMap) + "/", stdLibURL: resolve(stdlib), _makeSnapshot: true });
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
const wiel = readFileSync(wielPad);
// Bestanden zitten niet in de snapshot; de worker pakt het wiel daarom altijd zelf uit.
py.unpackArchive(new Uint8Array(wiel.buffer, wiel.byteOffset, wiel.byteLength), "wheel", { extractDir: sitePackages });
py.globals.set("_wiel_sha", createHash("sha256").update(wiel).digest("hex"));
py.runPython(`
import sys
sys._snapshot_meta = {"wheel_sha256": _wiel_sha}
del _wiel_sha
import json, html, math, collections, dataclasses
import wijktool.browser  # en daarmee scan, opbouw, de weergave-modules
`);
const snapshot = py.makeMemorySnapshot();
writeFileSync(uit, snapshot);
console.log(`snapshot: ${snapshot.length} bytes`);
