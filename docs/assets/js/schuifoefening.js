// De schuifoefening: koppelt de schuiven aan wijktool in de worker. Hier wordt
// niet gerekend: ranking, waarnemingen en gaten komen van Python.
import { bewaar, download, koppelActies, leesOpslag, maakRekenhulp, plaats, vergeet } from "./rekenhulp.js";

const OPSLAG = "wijktool.zelfscan.v1";
const PANELEN = ["huidig", "ambitie"];
const wortel = document.getElementById("zelfscan");
const rekenhulp = maakRekenhulp(wortel, { opStart: () => bereken() });
const { config, vraag, toon, meld } = rekenhulp;
const deelLink = document.querySelector("[data-testid=deel-link]");

function schuif(paneel, slug) {
  return document.querySelector(`[data-paneel="${paneel}"] input[type=range][name="${slug}"]`);
}

function standen(paneel) {
  return Object.fromEntries(config.schuiven.map((slug) => [slug, Number(schuif(paneel, slug).value)]));
}

// --- tekening en woorden: direct bij elke beweging, zonder Python ---------
function teken(paneel, slug, waarde) {
  const invoer = schuif(paneel, slug);
  const woord = `${waarde}: ${config.woorden[waarde]}`;
  invoer.setAttribute("aria-valuetext", woord);
  invoer.parentElement.querySelector("output").textContent = woord;
  const groep = document.querySelector(`[data-paneel="${paneel}"] .mp-schuif[data-schuif="${slug}"]`);
  if (!groep) return;
  // Zelfde schaal als macros/mengpaneel.py: baan van y=16 (stand 10) tot y=176 (stand 0).
  const y = 16 + 160 * (1 - waarde / 10);
  const knop = groep.querySelector(".mp-knop");
  knop.setAttribute("y", y - 7);
  knop.dataset.stand = waarde;
  const label = groep.querySelector(".mp-waarde");
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

const bereken = rekenhulp.samenvoegend(
  () => ({ type: "bereken", huidig: standen("huidig"), ambitie: standen("ambitie") }),
  (antwoord) => plaats(antwoord.html),
);

function vandaag() {
  return new Date().toISOString().slice(0, 10);
}

koppelActies({
  bewaar() {
    if (bewaar(OPSLAG, { fragment: fragment(), bewaard: new Date().toISOString() }, toon)) meld("Uw standen zijn bewaard op dit apparaat.");
  },
  wis() {
    vergeet(OPSLAG);
    for (const p of PANELEN) zet(p, Object.fromEntries(config.schuiven.map((s) => [s, config.midden])));
    history.replaceState(null, "", location.pathname + location.search);
    werkLinkBij();
    bereken();
    meld("De bewaarde standen zijn gewist. Alle schuiven staan weer in het midden.");
  },
  async exporteer() {
    if (!rekenhulp.isKlaar()) { toon("Wacht even tot de rekenhulp klaar is."); return; }
    const inhoud = await vraag({ type: "exporteer", huidig: standen("huidig"), ambitie: standen("ambitie"), datum: vandaag() });
    download(`zelfscan-${vandaag()}.json`, inhoud);
  },
  async importeer(invoer) {
    const bestand = invoer.files[0];
    if (!bestand) return;
    if (!rekenhulp.isKlaar()) { toon("Wacht even tot de rekenhulp klaar is."); return; }
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
      meld("De schuiven staan nu op de standen uit het bestand.");
    });
    plek.append(knop);
  },
  print() { window.print(); },
  async kopieer() {
    try {
      await navigator.clipboard.writeText(deelLink.href);
      meld("De link is gekopieerd.");
    } catch {
      meld("Kopiëren lukt niet; klik met de rechtermuisknop op de link om hem te kopiëren.");
    }
  },
});

// --- starten ----------------------------------------------------------------
let begin = null;
if (location.hash.length > 1) {
  begin = leesFragment(location.hash);
  if (!begin) toon("De link bevat ongeldige of onvolledige standen. Die zijn genegeerd; de schuiven staan in het midden.");
} else {
  begin = leesOpslag(OPSLAG, (data) => leesFragment(data.fragment || ""), toon);
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
werkLinkBij();
rekenhulp.start();
