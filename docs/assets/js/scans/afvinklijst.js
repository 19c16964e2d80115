// De afvinklijst: het overzicht van de vinkjes die de lezer op de opgavepagina's
// zette (docs/assets/js/checklist.js bewaart ze onder dezelfde sleutel). Geen
// eigen bediening: de invoer is de lijst met aangevinkte itemnummers.
import { startScanpagina } from "../scanpagina.js";

const wortel = document.querySelector('[data-scan="afvinklijst"]');
const config = JSON.parse(wortel.dataset.config);
const bekend = new Set(config.items);
const geldig = (invoer) => Array.isArray(invoer) && invoer.every((n) => bekend.has(n));
let vinkjes = [];

startScanpagina({
  lees: () => [...vinkjes],
  zet(invoer) { vinkjes = [...new Set(invoer)].sort((a, b) => a - b); },
  leeg: () => [],
  geldig,
  naarLink: (invoer) => `vinkjes=${invoer.join(",")}`,
  uitLink(params) {
    const ruw = params.get("vinkjes");
    if (ruw === null) return null;
    const invoer = ruw === "" ? [] : ruw.split(",").map((d) => (/^\d+$/.test(d) ? Number(d) : NaN));
    return geldig(invoer) ? invoer : null;
  },
  koppel() { /* de vinkjes staan op de opgavepagina's */ },
  leegTekst: "Er is niets meer aangevinkt.",
  altijdBewaren: true,
});
