// De volwassenheidsscan: koppelt de keuzes per thema aan wijktool in de worker.
// Hier wordt niet gerekend: fase, totaalbeeld, aandacht en volgende stap komen van Python.
import { bewaar, download, koppelActies, leesOpslag, maakRekenhulp, plaats, vergeet } from "./rekenhulp.js";

const OPSLAG = "wijktool.volwassenheid.v1";
const wortel = document.getElementById("volwassenheidsscan");
const rekenhulp = maakRekenhulp(wortel, { opStart: () => bereken() });
const { config, vraag, toon, meld } = rekenhulp;
const deelLink = document.querySelector("[data-testid=deel-link]");

function keuzes() {
  return Object.fromEntries(config.themas.map((t) => {
    const gekozen = wortel.querySelector(`input[type=radio][name="${t}"]:checked`);
    return [t, gekozen ? Number(gekozen.value) : config.fases[0]];
  }));
}

function zet(waarden) {
  for (const t of config.themas) {
    const knop = wortel.querySelector(`input[type=radio][name="${t}"][value="${waarden[t]}"]`);
    if (knop) knop.checked = true;
  }
}

// Deellink: #fases=1,2,3,4,1,2 in de volgorde van de thema's.
const fragment = () => `#fases=${config.themas.map((t) => keuzes()[t]).join(",")}`;

function leesFragment(tekst) {
  const ruw = new URLSearchParams(tekst.replace(/^#/, "")).get("fases");
  if (ruw === null) return null;
  const delen = ruw.split(",");
  const geldig = new Set(config.fases.map(String));
  if (delen.length !== config.themas.length || !delen.every((d) => geldig.has(d))) return null;
  return Object.fromEntries(config.themas.map((t, i) => [t, Number(delen[i])]));
}

function werkLinkBij() {
  deelLink.href = new URL(fragment(), location.href).href;
}

const bereken = rekenhulp.samenvoegend(() => ({ type: "volwassenheid", keuzes: keuzes() }), (antwoord) => plaats(antwoord.html));
const vandaag = () => new Date().toISOString().slice(0, 10);

koppelActies({
  bewaar() {
    if (bewaar(OPSLAG, { fragment: fragment(), bewaard: new Date().toISOString() }, toon)) meld("Uw keuzes zijn bewaard op dit apparaat.");
  },
  wis() {
    vergeet(OPSLAG);
    zet(Object.fromEntries(config.themas.map((t) => [t, config.fases[0]])));
    history.replaceState(null, "", location.pathname + location.search);
    werkLinkBij();
    bereken();
    meld("De bewaarde keuzes zijn gewist. Alle thema's staan weer in fase 1.");
  },
  async exporteer() {
    if (!rekenhulp.isKlaar()) { toon("Wacht even tot de rekenhulp klaar is."); return; }
    download(`volwassenheid-${vandaag()}.json`, await vraag({ type: "exporteer-inhoud", soort: "volwassenheid", inhoud: keuzes(), datum: vandaag() }));
  },
  async importeer(invoer) {
    const bestand = invoer.files[0];
    if (!bestand) return;
    if (!rekenhulp.isKlaar()) { toon("Wacht even tot de rekenhulp klaar is."); return; }
    const gelezen = await vraag({ type: "lees-inhoud", soort: "volwassenheid", tekst: await bestand.text() });
    invoer.value = "";
    if (gelezen.fout) { toon(gelezen.fout); return; }
    zet(gelezen.inhoud);
    werkLinkBij();
    bereken();
    meld(`Uw keuzes${gelezen.datum ? ` van ${gelezen.datum}` : ""} zijn ingelezen.`);
  },
  print() { window.print(); },
  async kopieer() {
    try { await navigator.clipboard.writeText(deelLink.href); meld("De link is gekopieerd."); }
    catch { meld("Kopiëren lukt niet; klik met de rechtermuisknop op de link om hem te kopiëren."); }
  },
});

let begin = null;
if (location.hash.length > 1) {
  begin = leesFragment(location.hash);
  if (!begin) toon("De link bevat ongeldige of onvolledige keuzes. Die zijn genegeerd; alle thema's staan in fase 1.");
} else {
  begin = leesOpslag(OPSLAG, (data) => leesFragment(data.fragment || ""), toon);
}
if (begin) zet(begin);
wortel.addEventListener("change", () => { werkLinkBij(); bereken(); });
werkLinkBij();
rekenhulp.start();
