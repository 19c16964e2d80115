// Samen scannen: koppelt het tekstvak met deellinks, de keuze van het paneel en
// de knop Vergelijk aan de paginacontroller. Links lezen, controleren en
// vergelijken doet wijktool (Python) in de worker; hier staat geen rekenregel.
import { startScanpagina } from "../scanpagina.js";

const wortel = document.querySelector('[data-scan="samen"]');
const config = JSON.parse(wortel.dataset.config);
const vak = wortel.querySelector('textarea[name="deellinks"]');
const knop = wortel.querySelector('[data-testid="samen-vergelijk"]');
const bestanden = wortel.querySelector('input[type=file][data-samen="bestand"]');
const PANELEN = ["huidig", "ambitie"];

const regels = () => vak.value.split(/\r?\n/).map((r) => r.trim()).filter(Boolean);
const paneel = () => wortel.querySelector('input[name="paneel"]:checked')?.value ?? "huidig";
// Een deelnemer is een regel uit het tekstvak, of (uit een bestand of export) naam en link.
const alsRegel = (d) => (typeof d.regel === "string" ? d.regel : (d.naam ? `${d.naam}: ` : "") + d.link);
const isDeelnemer = (d) => d && typeof d === "object" && (typeof d.regel === "string" || typeof d.link === "string");
const geldig = (invoer) =>
  Boolean(invoer) && PANELEN.includes(invoer.paneel) && Array.isArray(invoer.deelnemers) &&
  invoer.deelnemers.length <= config.hoogstens && invoer.deelnemers.every(isDeelnemer);

let vergelijk = () => {};

const pagina = startScanpagina({
  lees: () => ({ paneel: paneel(), deelnemers: regels().map((regel) => ({ regel })) }),
  zet(invoer) {
    vak.value = invoer.deelnemers.map(alsRegel).join("\n");
    for (const radio of wortel.querySelectorAll('input[name="paneel"]')) radio.checked = radio.value === invoer.paneel;
  },
  leeg: () => ({ paneel: "huidig", deelnemers: [] }),
  geldig,
  // Het hele team in één link: #paneel=huidig&d=<regel>&d=<regel>… (elke regel gecodeerd).
  naarLink(invoer) {
    const delen = new URLSearchParams({ paneel: invoer.paneel });
    for (const d of invoer.deelnemers) delen.append("d", alsRegel(d));
    return delen.toString();
  },
  // "d" staat er per deelnemer één keer in; andere namen maar één keer (scanpagina.js).
  herhaalbaar: ["d"],
  uitLink(delen) {
    const invoer = { paneel: delen.get("paneel") ?? "huidig", deelnemers: delen.getAll("d").map((regel) => ({ regel })) };
    return geldig(invoer) ? invoer : null;
  },
  koppel(opWijziging) {
    vergelijk = opWijziging;
    // Rekenen bij de knop (en bij een ander paneel), niet bij elke letter in het tekstvak.
    knop.addEventListener("click", opWijziging);
    for (const radio of wortel.querySelectorAll('input[name="paneel"]')) radio.addEventListener("change", opWijziging);
  },
  leegTekst: "Er staan geen deelnemers meer in de vergelijking.",
});

// Deelnemers uit geëxporteerde bestanden: Python leest het bestand en geeft de
// link terug; die komt als regel in het tekstvak (met de bestandsnaam als naam).
bestanden.addEventListener("change", async () => {
  const gekozen = [...bestanden.files];
  bestanden.value = "";
  if (!pagina.isKlaar()) { pagina.toon("Wacht even tot de rekenhulp klaar is."); return; }
  const nieuw = [];
  for (const bestand of gekozen) {
    const naam = bestand.name.replace(/\.json$/i, "").slice(0, 60);
    const antwoord = await pagina.verwerk({ actie: "reken", invoer: { paneel: paneel(), deelnemers: [{ naam, bestand: await bestand.text() }] }, basis: config.basis });
    if (antwoord.fout) { pagina.toon(`${bestand.name}: ${antwoord.fout}`); continue; }
    nieuw.push(alsRegel(antwoord.uitkomst.invoer.deelnemers[0]));
  }
  if (nieuw.length) {
    vak.value = [...regels(), ...nieuw].join("\n");
    vergelijk();
  }
});
