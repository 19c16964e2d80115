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

// Alles tegelijk ophalen: Pyodide (dat zelf meteen zijn wasm en stdlib ophaalt),
// het wiel en het model. Alle namen hebben een inhoudshash (hooks/runtime.py); de
// stdlib en het lockbestand staan onder hun gewone naam in de map van Pyodide.
// Geen geheugensnapshot: die kostte 5,2 MB op de lijn (zie deploy/README.md).
async function start({ pyodide: pyodideUrl, wiel, model }) {
  const [{ loadPyodide }, wielBuffer, modelTekst] = await Promise.race([runtimeMislukt, Promise.all([
    import(new URL("pyodide.mjs", pyodideUrl).href),
    fetch(wiel).then((r) => { if (!r.ok) throw new Error(`wiel: ${r.status}`); return r.arrayBuffer(); }),
    fetch(model).then((r) => { if (!r.ok) throw new Error(`model: ${r.status}`); return r.text(); }),
  ])]);
  const py = await Promise.race([loadPyodide({ indexURL: pyodideUrl }), runtimeMislukt]);
  const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
  py.unpackArchive(wielBuffer, "wheel", { extractDir: sitePackages });
  api = py.pyimport("wijktool.browser");
  api.start(modelTekst);
  return {};
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
