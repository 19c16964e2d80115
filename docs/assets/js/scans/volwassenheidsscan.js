// De volwassenheidsscan: koppelt de keuzes per thema aan de paginacontroller.
// Fase, totaalbeeld, aandacht en volgende stap komen van Python.
import { startScanpagina } from "../scanpagina.js";

const wortel = document.querySelector('[data-scan="volwassenheidsscan"]');
const config = JSON.parse(wortel.dataset.config);
const knop = (thema, fase) => wortel.querySelector(`input[type=radio][name="${thema}"][value="${fase}"]`);
const geldig = (invoer) => Boolean(invoer) && typeof invoer === "object" && config.themas.every((t) => config.fases.includes(invoer[t]));

startScanpagina({
  lees: () => Object.fromEntries(config.themas.map((t) => {
    const gekozen = wortel.querySelector(`input[type=radio][name="${t}"]:checked`);
    return [t, gekozen ? Number(gekozen.value) : config.fases[0]];
  })),
  zet(invoer) {
    for (const t of config.themas) knop(t, invoer[t]).checked = true;
  },
  leeg: () => Object.fromEntries(config.themas.map((t) => [t, config.fases[0]])),
  geldig,
  // #fases=1,2,3,4,1,2 in de volgorde van de thema's.
  naarLink: (invoer) => `fases=${config.themas.map((t) => invoer[t]).join(",")}`,
  uitLink(params) {
    const delen = (params.get("fases") ?? "").split(",");
    if (delen.length !== config.themas.length || !delen.every((d) => /^\d+$/.test(d))) return null;
    const invoer = Object.fromEntries(config.themas.map((t, i) => [t, Number(delen[i])]));
    return geldig(invoer) ? invoer : null;
  },
  koppel: (opWijziging) => wortel.addEventListener("change", opWijziging),
  leegTekst: "Alle thema's staan weer in fase 1.",
});
