// De schuifoefening: koppelt de schuiven van twee panelen aan de paginacontroller.
// Woorden, grenzen en de maat van de tekening komen uit de pagina (macros/);
// ranking, waarnemingen en gaten komen van Python.
import { startScanpagina } from "../scanpagina.js";

const wortel = document.querySelector('[data-scan="schuifoefening"]');
const config = JSON.parse(wortel.dataset.config);
const PANELEN = ["huidig", "ambitie"];
const schuif = (paneel, slug) => wortel.querySelector(`[data-paneel="${paneel}"] input[type=range][name="${slug}"]`);
const standen = (paneel) => Object.fromEntries(config.schuiven.map((slug) => [slug, Number(schuif(paneel, slug).value)]));
const isStand = (invoer, waarde) => Number.isInteger(waarde) && waarde >= Number(invoer.min) && waarde <= Number(invoer.max);

// Tekening en woorden: direct bij elke beweging, zonder op Python te wachten.
function teken(paneel, slug, waarde) {
  const invoer = schuif(paneel, slug);
  const woord = `${waarde}: ${config.woorden[waarde]}`;
  invoer.setAttribute("aria-valuetext", woord);
  invoer.closest(".scan-schuif").querySelector("output").textContent = woord;
  const tekening = wortel.querySelector(`[data-paneel="${paneel}"] svg[data-baan]`);
  const groep = tekening?.querySelector(`.mp-schuif[data-schuif="${slug}"]`);
  if (!groep) return;
  // De maat van de tekening staat op de SVG zelf (macros/mengpaneel.py).
  const { boven, baan, max } = tekening.dataset;
  const y = Number(boven) + Number(baan) * (1 - waarde / Number(max));
  const knop = groep.querySelector(".mp-knop");
  knop.setAttribute("y", y - Number(knop.getAttribute("height")) / 2);
  knop.dataset.stand = waarde;
  const label = groep.querySelector(".mp-waarde");
  label.setAttribute("y", y + 4);
  label.textContent = waarde;
}

function zet(invoer) {
  for (const paneel of PANELEN) {
    for (const slug of config.schuiven) {
      schuif(paneel, slug).value = invoer[paneel][slug];
      teken(paneel, slug, invoer[paneel][slug]);
    }
  }
}

const geldigPaneel = (paneel, waarden) =>
  waarden && typeof waarden === "object" && config.schuiven.every((slug) => isStand(schuif(paneel, slug), waarden[slug]));

startScanpagina({
  lees: () => Object.fromEntries(PANELEN.map((p) => [p, standen(p)])),
  zet,
  leeg: () => Object.fromEntries(PANELEN.map((p) => [p, Object.fromEntries(config.schuiven.map((s) => [s, config.midden]))])),
  geldig: (invoer) => Boolean(invoer) && PANELEN.every((p) => geldigPaneel(p, invoer[p])),
  // #huidig=5,5,5,5,5&ambitie=5,5,5,5,5 in de volgorde van de schuiven.
  naarLink: (invoer) => PANELEN.map((p) => `${p}=${config.schuiven.map((s) => invoer[p][s]).join(",")}`).join("&"),
  uitLink(delen) {
    const invoer = {};
    for (const paneel of PANELEN) {
      const getallen = (delen.get(paneel) ?? "").split(",");
      if (getallen.length !== config.schuiven.length || !getallen.every((g) => /^\d{1,2}$/.test(g))) return null;
      invoer[paneel] = Object.fromEntries(config.schuiven.map((s, i) => [s, Number(getallen[i])]));
      if (!geldigPaneel(paneel, invoer[paneel])) return null;
    }
    return invoer;
  },
  koppel(opWijziging) {
    for (const paneel of PANELEN) {
      for (const slug of config.schuiven) {
        schuif(paneel, slug).addEventListener("input", (gebeurtenis) => {
          teken(paneel, slug, Number(gebeurtenis.target.value));
          opWijziging();
        });
      }
    }
  },
  leegTekst: "Alle schuiven staan weer in het midden.",
});
