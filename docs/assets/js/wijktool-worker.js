// Web Worker: start Pyodide, pakt het wiel van wijktool uit en beantwoordt
// vragen van de pagina door wijktool.browser.verwerk aan te roepen. Zo blokkeert de
// start van de interpreter (enkele seconden) de pagina niet.
let api = null;

// Pyodide blijft hangen als het wasm-bestand niet binnenkomt (het meldt alleen
// een waarschuwing). Daarom houden we de verzoeken van de start zelf in de gaten:
// mislukt er één, dan faalt de start meteen met een duidelijke reden.
let meldMislukt;
const runtimeMislukt = new Promise((_, mis) => { meldMislukt = mis; });
runtimeMislukt.catch(() => {});

// Een afgekapt of kapot wasm-bestand (status 200) geeft geen fout terug: Pyodide
// schrijft alleen naar de console en wacht dan eeuwig. Die regels vangen we hier,
// vóór Pyodide laadt (het bindt console.error bij het laden).
const WASM_KAPOT = /wasm instantiation failed|failed to asynchronously prepare wasm|CompileError/;
for (const soort of ["warn", "error"]) {
  const echt = console[soort].bind(console);
  console[soort] = (...delen) => {
    if (WASM_KAPOT.test(delen.map(String).join(" "))) meldMislukt(new Error(`de runtime is kapot: ${delen.join(" ").slice(0, 200)}`));
    echt(...delen);
  };
}
const echteFetch = self.fetch.bind(self);
self.fetch = async (...args) => {
  let antwoord;
  try {
    antwoord = await echteFetch(...args);
  } catch (fout) {
    meldMislukt(new Error(`ophalen mislukt: ${args[0]}`));
    throw fout;
  }
  if (!antwoord.ok) meldMislukt(new Error(`ophalen mislukt (${antwoord.status}): ${args[0]}`));
  return antwoord;
};

async function sha256(buffer) {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// De snapshot is een versnelling, geen vereiste: mislukt hij, dan start
// Pyodide gewoon op. Daarom haalt de worker hem op buiten de bewaking hierboven.
function haalSnapshot(url) {
  if (!url || typeof DecompressionStream === "undefined") return null;
  return echteFetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`snapshot: ${r.status}`);
      return new Response(r.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
    })
    .then((buffer) => new Uint8Array(buffer));
}

async function start({ pyodide: pyodideUrl, wiel, model, snapshot }) {
  // Alles tegelijk ophalen: runtime, wiel, model en snapshot.
  const snapshotBelofte = haalSnapshot(snapshot);
  snapshotBelofte?.catch(() => {});
  const [{ loadPyodide }, wielBuffer, modelTekst] = await Promise.race([runtimeMislukt, Promise.all([
    import(new URL("pyodide.mjs", pyodideUrl).href),
    fetch(wiel).then((r) => { if (!r.ok) throw new Error(`wiel: ${r.status}`); return r.arrayBuffer(); }),
    fetch(model).then((r) => { if (!r.ok) throw new Error(`model: ${r.status}`); return r.text(); }),
  ])]);
  // De bytecode-stdlib (bij het bouwen gemaakt) scheelt het compileren bij elke start.
  const opties = { indexURL: pyodideUrl, stdLibURL: new URL("python_stdlib_pyc.zip", pyodideUrl).href };
  let py = null;
  let uitSnapshot = false;
  if (snapshotBelofte) {
    try {
      py = await Promise.race([loadPyodide({ ...opties, _loadSnapshot: await snapshotBelofte }), runtimeMislukt]);
      uitSnapshot = true;
    } catch (fout) {
      if (/^Error: (ophalen mislukt|de runtime is kapot)/.test(String(fout))) throw fout;
      console.warn("snapshot niet bruikbaar, Pyodide start gewoon:", fout);
    }
  }
  if (!py) py = await Promise.race([loadPyodide(opties), runtimeMislukt]);
  const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
  // Bestanden zitten nooit in de snapshot: het wiel altijd uitpakken.
  py.unpackArchive(wielBuffer, "wheel", { extractDir: sitePackages });
  if (uitSnapshot) {
    // De snapshot legde de toevalsgenerator vast; en hoort hij bij een ander
    // wiel, dan importeren we wijktool opnieuw uit het wiel van nu.
    py.runPython("import random; random.seed()");
    const bekend = py.runPython("import sys; getattr(sys, '_snapshot_meta', {}).get('wheel_sha256', '')");
    if (bekend !== (await sha256(wielBuffer))) {
      console.warn("snapshot hoort bij een ander wiel; wijktool wordt opnieuw geladen");
      py.runPython("import sys, importlib\nfor n in [n for n in sys.modules if n == 'wijktool' or n.startswith('wijktool.')]:\n    del sys.modules[n]\nimportlib.invalidate_caches()");
    }
  }
  api = py.pyimport("wijktool.browser");
  api.start(modelTekst);
  return { uitSnapshot };
}

// Twee soorten vragen: start, en verwerk (alle scans, via het register in
// wijktool.browser). De worker kent geen enkele scan bij naam.
const taken = {
  start,
  verwerk: ({ verzoek }) => JSON.parse(api.verwerk(JSON.stringify(verzoek))),
};

self.addEventListener("message", async ({ data }) => {
  try {
    const antwoord = await taken[data.type](data);
    self.postMessage({ id: data.id, type: "antwoord", antwoord });
  } catch (fout) {
    self.postMessage({ id: data.id, type: "fout", reden: String(fout && fout.message ? fout.message : fout) });
  }
});
