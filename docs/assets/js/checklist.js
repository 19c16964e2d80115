// Checklistpagina's: printknoppen, het webadres onder de geprinte checklist en
// de vinkjes. Vinkjes zijn gewone invoer (geen berekening): ze worden per
// apparaat bewaard en de overzichtspagina laat wijktool ze tellen.
// Zonder JavaScript blijven de knoppen verborgen en staat op papier het pad uit de bouw.
(function () {
  "use strict";
  // Dezelfde sleutel en vorm als de afvinklijst (scanpagina.js): {invoer: [nr, ...]}.
  var OPSLAG = "wijktool.afvinklijst.v1";
  // Het aantal punten staat op de checklist zelf (macros/checklist.py).
  var lijst = document.querySelector("[data-items-totaal]");
  var TOTAAL = lijst ? Number(lijst.dataset.itemsTotaal) : 0;

  function leesVinkjes() {
    var ruw;
    try { ruw = localStorage.getItem(OPSLAG); } catch (fout) { return []; }
    if (ruw === null) return [];
    try {
      var data = JSON.parse(ruw);
      if (data && Array.isArray(data.invoer) && data.invoer.every(function (n) { return Number.isInteger(n) && n >= 1 && n <= TOTAAL; })) {
        return data.invoer;
      }
    } catch (fout) { /* beschadigd: hieronder opruimen */ }
    try { localStorage.removeItem(OPSLAG); } catch (fout) { /* niets aan te doen */ }
    document.querySelectorAll(".checklist-vinkuitleg").forEach(function (p) {
      p.insertAdjacentHTML("beforeend", " <strong>Uw bewaarde vinkjes waren beschadigd en zijn gewist.</strong>");
    });
    return [];
  }

  function bewaar(vinkjes) {
    try {
      localStorage.setItem(OPSLAG, JSON.stringify({ invoer: vinkjes.sort(function (a, b) { return a - b; }), bewaard: new Date().toISOString() }));
    } catch (fout) { /* privévenster: de vinkjes blijven dan alleen op deze pagina */ }
  }

  function start() {
    var vakjes = document.querySelectorAll(".checklist input[type=checkbox][data-item]");
    var vinkjes = leesVinkjes();
    vakjes.forEach(function (vak) {
      vak.checked = vinkjes.indexOf(Number(vak.dataset.item)) !== -1;
      vak.addEventListener("change", function () {
        // Opnieuw lezen: een ander tabblad kan intussen iets hebben aangevinkt.
        var nu = leesVinkjes().filter(function (n) { return n !== Number(vak.dataset.item); });
        if (vak.checked) nu.push(Number(vak.dataset.item));
        bewaar(nu);
      });
    });

    document.querySelectorAll("[data-checklist-print]").forEach(function (knop) {
      knop.addEventListener("click", function () {
        var metAntwoorden = knop.dataset.checklistPrint === "antwoorden";
        document.documentElement.classList.toggle("print-met-antwoorden", metAntwoorden);
        window.print();
      });
    });
    window.addEventListener("afterprint", function () {
      document.documentElement.classList.remove("print-met-antwoorden");
    });
    document.querySelectorAll("[data-checklist-wis]").forEach(function (knop) {
      knop.addEventListener("click", function () {
        try { localStorage.removeItem(OPSLAG); } catch (fout) { /* niets bewaard */ }
        vakjes.forEach(function (vak) { vak.checked = false; });
      });
    });
    document.querySelectorAll(".checklist-print").forEach(function (houder) { houder.hidden = false; });

    var adres = location.href.split("#")[0];
    document.querySelectorAll("[data-checklist-adres]").forEach(function (plek) {
      plek.textContent = adres;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
