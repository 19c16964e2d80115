// De volwassenheidsscan: koppelt de keuzes per thema aan de paginacontroller.
// De scan begint leeg: een thema zonder gekozen fase is nog niet beantwoord en
// ontbreekt in de invoer. Fase, totaalbeeld, aandacht en volgende stap komen van Python.
import { startScanpagina } from "../scanpagina.js";

const wortel = document.querySelector('[data-scan="volwassenheidsscan"]');
const config = JSON.parse(wortel.dataset.config);
const knop = (thema, fase) => wortel.querySelector(`input[type=radio][name="${thema}"][value="${fase}"]`);
const geldig = (invoer) =>
  Boolean(invoer) && typeof invoer === "object" && !Array.isArray(invoer) &&
  Object.entries(invoer).every(([t, f]) => config.themas.includes(t) && config.fases.includes(f));

startScanpagina({
  lees() {
    const invoer = {};
    for (const t of config.themas) {
      const gekozen = wortel.querySelector(`input[type=radio][name="${t}"]:checked`);
      if (gekozen) invoer[t] = Number(gekozen.value);
    }
    return invoer;
  },
  zet(invoer) {
    for (const radio of wortel.querySelectorAll("input[type=radio]")) radio.checked = false;
    for (const [t, f] of Object.entries(invoer)) knop(t, f).checked = true;
  },
  leeg: () => ({}),
  geldig,
  // #fases=1,,3,4,, in de volgorde van de thema's; leeg = nog niet beantwoord.
  naarLink: (invoer) => `fases=${config.themas.map((t) => invoer[t] ?? "").join(",")}`,
  uitLink(params) {
    const delen = (params.get("fases") ?? "").split(",");
    if (delen.length !== config.themas.length || !delen.every((d) => /^\d*$/.test(d))) return null;
    const invoer = {};
    config.themas.forEach((t, i) => { if (delen[i] !== "") invoer[t] = Number(delen[i]); });
    return geldig(invoer) ? invoer : null;
  },
  koppel: (opWijziging) => wortel.addEventListener("change", opWijziging),
  leegTekst: "Er is geen thema meer beantwoord.",
});
