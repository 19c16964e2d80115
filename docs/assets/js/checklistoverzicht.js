// Het overzicht van de afvinklijst: leest de vinkjes die checklist.js per
// apparaat bewaart en laat wijktool (Pyodide) de balans per opgave maken.
import { download, koppelActies, leesOpslag, maakRekenhulp, plaats, vergeet } from "./rekenhulp.js";

const OPSLAG = "wijktool.checklist.v1"; // dezelfde sleutel als checklist.js
const wortel = document.getElementById("checklistoverzicht");
const rekenhulp = maakRekenhulp(wortel, { opStart: () => bereken() });
const { vraag, toon, meld } = rekenhulp;

const geldig = (lijst) => Array.isArray(lijst) && lijst.every((n) => Number.isInteger(n) && n >= 1 && n <= 97);
let vinkjes = leesOpslag(OPSLAG, (data) => (geldig(data.vinkjes) ? data.vinkjes : null), toon) || [];

const bereken = rekenhulp.samenvoegend(() => ({ type: "balans", vinkjes }), (antwoord) => plaats(antwoord.html));
const vandaag = () => new Date().toISOString().slice(0, 10);

function bewaarVinkjes() {
  try { localStorage.setItem(OPSLAG, JSON.stringify({ vinkjes, bewaard: new Date().toISOString() })); }
  catch { toon("Bewaren lukt niet in deze browser (bijvoorbeeld in een privévenster)."); }
}

koppelActies({
  wis() {
    vergeet(OPSLAG);
    vinkjes = [];
    bereken();
    meld("Al uw vinkjes zijn gewist.");
  },
  async exporteer() {
    if (!rekenhulp.isKlaar()) { toon("Wacht even tot de rekenhulp klaar is."); return; }
    download(`checklist-${vandaag()}.json`, await vraag({ type: "exporteer-inhoud", soort: "checklist", inhoud: vinkjes, datum: vandaag() }));
  },
  async importeer(invoer) {
    const bestand = invoer.files[0];
    if (!bestand) return;
    if (!rekenhulp.isKlaar()) { toon("Wacht even tot de rekenhulp klaar is."); return; }
    const gelezen = await vraag({ type: "lees-inhoud", soort: "checklist", tekst: await bestand.text() });
    invoer.value = "";
    if (gelezen.fout) { toon(gelezen.fout); return; }
    vinkjes = gelezen.inhoud;
    bewaarVinkjes();
    bereken();
    meld(`${vinkjes.length} vinkjes${gelezen.datum ? ` van ${gelezen.datum}` : ""} zijn ingelezen en bewaard op dit apparaat.`);
  },
  print() { window.print(); },
});

// Vinkt de lezer in een ander tabblad iets aan, dan telt dit overzicht mee.
window.addEventListener("storage", (gebeurtenis) => {
  if (gebeurtenis.key !== OPSLAG) return;
  vinkjes = leesOpslag(OPSLAG, (data) => (geldig(data.vinkjes) ? data.vinkjes : null), toon) || [];
  bereken();
});
rekenhulp.start();
