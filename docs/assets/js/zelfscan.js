// Koppelt de zelfscan-pagina aan de Python-worker. Hier wordt niet gerekend:
// de uitkomst (ranking, waarnemingen, gaten) komt van wijktool in Pyodide.
const OPSLAG = "wijktool.zelfscan.v1";
const PANELEN = ["huidig", "ambitie"];

const wortel = document.getElementById("zelfscan");
const config = JSON.parse(wortel.dataset.config);
const html = document.documentElement;
html.dataset.wijktool = "laden";

const status = wortel.querySelector("[data-testid=status]");
const melding = wortel.querySelector("[data-testid=melding]");
const deelLink = document.querySelector("[data-testid=deel-link]");

function schuif(paneel, slug) {
  return document.querySelector(`[data-paneel="${paneel}"] input[type=range][name="${slug}"]`);
}

function standen(paneel) {
  return Object.fromEntries(config.schuiven.map((slug) => [slug, Number(schuif(paneel, slug).value)]));
}

function toon(tekst) {
  melding.textContent = tekst;
  melding.hidden = false;
}

// --- tekening en woorden: direct bij elke beweging, zonder Python ---------
function teken(paneel, slug, waarde) {
  const invoer = schuif(paneel, slug);
  const woord = `${waarde}: ${config.woorden[waarde]}`;
  invoer.setAttribute("aria-valuetext", woord);
  invoer.parentElement.querySelector("output").textContent = woord;
  const groep = document.querySelector(`[data-paneel="${paneel}"] .mp-schuif[data-schuif="${slug}"]`);
  if (!groep) return;
  const knop = groep.querySelector(".mp-knop");
  const label = groep.querySelector(".mp-waarde");
  // Zelfde schaal als macros/mengpaneel.py: baan van y=16 (10) tot y=176 (0).
  const y = 16 + 160 * (1 - waarde / 10);
  knop.setAttribute("y", y - 7);
  knop.dataset.stand = waarde;
  label.setAttribute("y", y + 4);
  label.textContent = waarde;
}

function zet(paneel, waarden) {
  for (const slug of config.schuiven) {
    schuif(paneel, slug).value = waarden[slug];
    teken(paneel, slug, waarden[slug]);
  }
}

// --- deellink: #huidig=5,5,5,5,5&ambitie=5,5,5,5,5 -------------------------
function fragment() {
  return "#" + PANELEN.map((p) => `${p}=${config.schuiven.map((s) => standen(p)[s]).join(",")}`).join("&");
}

function leesFragment(tekst) {
  const delen = new URLSearchParams(tekst.replace(/^#/, ""));
  const uit = {};
  for (const paneel of PANELEN) {
    const ruw = delen.get(paneel);
    if (ruw === null) return null;
    const getallen = ruw.split(",");
    if (getallen.length !== config.schuiven.length || !getallen.every((g) => /^(10|[0-9])$/.test(g))) return null;
    uit[paneel] = Object.fromEntries(config.schuiven.map((s, i) => [s, Number(getallen[i])]));
  }
  return uit;
}

function werkLinkBij() {
  deelLink.href = new URL(fragment(), location.href).href;
}

// --- de worker -------------------------------------------------------------
let worker = null;
let volgnummer = 0;
let laatste = 0;
const wachtend = new Map();

function vraag(bericht) {
  return new Promise((klaar, mis) => {
    const id = ++volgnummer;
    wachtend.set(id, { klaar, mis });
    worker.postMessage({ ...bericht, id });
  });
}

function plaats(delen) {
  for (const [plek, inhoud] of Object.entries(delen)) {
    const doel = document.querySelector(`[data-plek="${plek}"]`);
    if (doel) doel.innerHTML = inhoud;
  }
}

let bezig = false;
let opnieuw = false;
async function bereken() {
  // Hooguit één berekening tegelijk; tussentijdse bewegingen vallen samen.
  if (html.dataset.wijktool !== "klaar" && html.dataset.wijktool !== "start") return;
  if (bezig) { opnieuw = true; return; }
  bezig = true;
  try {
    const antwoord = await vraag({ type: "bereken", huidig: standen("huidig"), ambitie: standen("ambitie") });
    if (antwoord.fout) toon(antwoord.fout);
    else plaats(antwoord.html);
    html.dataset.wijktool = "klaar";
  } finally {
    bezig = false;
    if (opnieuw) { opnieuw = false; bereken(); }
  }
}

function faal(reden) {
  html.dataset.wijktool = "fout";
  status.textContent = "";
  toon(
    "De rekenhulp kon niet laden. Daardoor rekent de scan nu niet mee. " +
      "Vergelijk uw standen zelf met de tabel van de vijf profielen verderop op deze pagina. " +
      "Laad de pagina later opnieuw om het nog eens te proberen.",
  );
  console.warn("zelfscan: rekenhulp niet geladen:", reden);
}

function startWorker() {
  try {
    worker = new Worker(new URL(config.worker, location.href), { type: "module" });
  } catch (fout) {
    faal(fout);
    return;
  }
  worker.addEventListener("message", ({ data }) => {
    if (data.type === "fout-bij-start") { faal(data.reden); return; }
    const wacht = wachtend.get(data.id);
    if (!wacht) return;
    wachtend.delete(data.id);
    if (data.type === "fout") wacht.mis(new Error(data.reden)); else wacht.klaar(data.antwoord);
  });
  worker.addEventListener("error", (gebeurtenis) => faal(gebeurtenis.message || "worker-fout"));
  // Laatste vangnet: als de start om een andere reden blijft hangen.
  const waakhond = setTimeout(() => { if (html.dataset.wijktool === "laden") faal("time-out"); }, 60_000);
  const basis = (pad) => new URL(pad, location.href).href;
  vraag({ type: "start", pyodide: basis(config.pyodide), wiel: basis(config.wiel), model: basis(config.model) })
    .then(() => {
      clearTimeout(waakhond);
      if (html.dataset.wijktool === "fout") return;
      html.dataset.wijktool = "start";
      status.textContent = "De rekenhulp is klaar. De uitkomst verandert mee met de schuiven.";
      return bereken();
    })
    .catch(faal);
}

// --- bewaren, wissen, exporteren, importeren ------------------------------
function leesOpslag() {
  let ruw;
  try { ruw = localStorage.getItem(OPSLAG); } catch { return null; }
  if (ruw === null) return null;
  try {
    const data = JSON.parse(ruw);
    const fr = leesFragment(data.fragment || "");
    if (fr) return fr;
  } catch { /* valt door naar de melding hieronder */ }
  toon("De bewaarde standen op dit apparaat waren beschadigd. Ze zijn gewist; de schuiven staan in het midden.");
  try { localStorage.removeItem(OPSLAG); } catch { /* niets aan te doen */ }
  return null;
}

function download(naam, inhoud) {
  const url = URL.createObjectURL(new Blob([inhoud], { type: "application/json" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: naam });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const acties = {
  bewaar() {
    try {
      localStorage.setItem(OPSLAG, JSON.stringify({ fragment: fragment(), bewaard: new Date().toISOString() }));
      status.textContent = "Uw standen zijn bewaard op dit apparaat.";
    } catch {
      toon("Bewaren lukt niet in deze browser (bijvoorbeeld in een privévenster).");
    }
  },
  wis() {
    try { localStorage.removeItem(OPSLAG); } catch { /* niets bewaard */ }
    for (const p of PANELEN) zet(p, Object.fromEntries(config.schuiven.map((s) => [s, config.midden])));
    history.replaceState(null, "", location.pathname + location.search);
    werkLinkBij();
    bereken();
    status.textContent = "De bewaarde standen zijn gewist. Alle schuiven staan weer in het midden.";
  },
  async exporteer() {
    if (html.dataset.wijktool !== "klaar") { toon("Wacht even tot de rekenhulp klaar is."); return; }
    const inhoud = await vraag({ type: "exporteer", huidig: standen("huidig"), ambitie: standen("ambitie"), datum: new Date().toISOString().slice(0, 10) });
    download(`zelfscan-${new Date().toISOString().slice(0, 10)}.json`, inhoud);
  },
  async importeer(invoer) {
    const bestand = invoer.files[0];
    if (!bestand) return;
    if (html.dataset.wijktool !== "klaar") { toon("Wacht even tot de rekenhulp klaar is."); return; }
    const gelezen = await vraag({ type: "lees-bestand", tekst: await bestand.text() });
    invoer.value = "";
    if (gelezen.fout) { toon(gelezen.fout); return; }
    const nu = { huidig: standen("huidig"), ambitie: standen("ambitie") };
    const verschil = await vraag({ type: "vergelijk", bestand: gelezen.panelen, nu, datum: gelezen.datum });
    const plek = document.querySelector('[data-plek="vergelijking"]');
    plek.innerHTML = verschil.html;
    const knop = Object.assign(document.createElement("button"), { type: "button", className: "md-button", textContent: "Zet de schuiven op de standen uit het bestand" });
    knop.addEventListener("click", () => {
      for (const p of PANELEN) zet(p, gelezen.panelen[p]);
      werkLinkBij();
      bereken();
      status.textContent = "De schuiven staan nu op de standen uit het bestand.";
    });
    plek.append(knop);
  },
  print() { window.print(); },
  async kopieer() {
    try {
      await navigator.clipboard.writeText(deelLink.href);
      status.textContent = "De link is gekopieerd.";
    } catch {
      status.textContent = "Kopiëren lukt niet; klik met de rechtermuisknop op de link om hem te kopiëren.";
    }
  },
};

// --- starten ----------------------------------------------------------------
function begin() {
  let begin = null;
  if (location.hash.length > 1) {
    begin = leesFragment(location.hash);
    if (!begin) toon("De link bevat ongeldige of onvolledige standen. Die zijn genegeerd; de schuiven staan in het midden.");
  } else {
    begin = leesOpslag();
  }
  if (begin) for (const p of PANELEN) zet(p, begin[p]);

  for (const p of PANELEN) {
    for (const slug of config.schuiven) {
      schuif(p, slug).addEventListener("input", (gebeurtenis) => {
        teken(p, slug, Number(gebeurtenis.target.value));
        werkLinkBij();
        bereken();
      });
    }
  }
  for (const element of document.querySelectorAll("[data-actie]")) {
    const actie = acties[element.dataset.actie];
    element.addEventListener(element.type === "file" ? "change" : "click", () => actie(element));
  }
  werkLinkBij();
  startWorker();
}

begin();
