// Material for MkDocs zet deze hulpfuncties normaal inline in de <head>. Hier
// staan ze in een bestand, zodat de site een CSP zonder 'unsafe-inline' kan
// gebruiken. Inhoud gelijk aan partials/javascripts/base.html van Material 9.8.
var __md_scope = new URL(document.currentScript.dataset.mdScope, location),
  __md_hash = (e) => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0),
  __md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e)),
  __md_set = (e, _, t = localStorage, a = __md_scope) => {
    try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (e) { /* vol of uitgeschakeld */ }
  };

// Material zet autocomplete="off" op de schakelaars van menu en zoeken, zodat
// Firefox ze na verversen of Terug niet open terugzet. Op een checkbox is dat
// attribuut geen geldige HTML; hooks/html_geldig.py haalt het weg en dit doet
// het werk: alleen bij die twee soorten aankomst, zodat bijvoorbeeld een
// zoekvraag in het adres het zoekvenster gewoon mag openen.
(() => {
  const soort = performance.getEntriesByType?.("navigation")[0]?.type;
  if (soort !== "reload" && soort !== "back_forward") return;
  addEventListener("DOMContentLoaded", () => {
    for (const id of ["__drawer", "__search"]) {
      const schakelaar = document.getElementById(id);
      if (schakelaar && schakelaar.checked !== schakelaar.defaultChecked) {
        schakelaar.checked = schakelaar.defaultChecked;
        schakelaar.dispatchEvent(new Event("change"));
      }
    }
  });
})();
