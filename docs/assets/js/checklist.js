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

  // Een melding onder de knoppen van de checklist (één tegelijk, als tekst).
  function meld(tekst, knop) {
    var plek = document.querySelector(".checklist-melding");
    if (!plek) return;
    plek.textContent = tekst;
    if (knop) {
      var element = document.createElement("button");
      element.type = "button";
      element.className = "md-button scan-knopje";
      element.textContent = knop.tekst;
      element.addEventListener("click", knop.actie, { once: true });
      plek.append(" ", element);
    }
    plek.hidden = false;
  }

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
    meld("Uw bewaarde vinkjes waren beschadigd en zijn gewist.");
    return [];
  }

  // Geeft false als de browser niet kan bewaren; dan zegt de pagina dat ook.
  function bewaar(vinkjes) {
    try {
      localStorage.setItem(OPSLAG, JSON.stringify({ invoer: vinkjes.sort(function (a, b) { return a - b; }), bewaard: new Date().toISOString() }));
      return true;
    } catch (fout) {
      meld("Bewaren lukt niet in deze browser (de opslag is vol of geblokkeerd, bijvoorbeeld in een privévenster). Uw vinkjes staan nog op deze pagina, maar zijn weg als u haar sluit.");
      return false;
    }
  }

  function start() {
    var vakjes = document.querySelectorAll(".checklist input[type=checkbox][data-item]");
    var opDezePagina = Array.prototype.map.call(vakjes, function (vak) { return Number(vak.dataset.item); });

    function toonVinkjes(vinkjes) {
      vakjes.forEach(function (vak) { vak.checked = vinkjes.indexOf(Number(vak.dataset.item)) !== -1; });
    }

    toonVinkjes(leesVinkjes());
    vakjes.forEach(function (vak) {
      vak.addEventListener("change", function () {
        // Opnieuw lezen: een ander tabblad kan intussen iets hebben aangevinkt.
        var nu = leesVinkjes().filter(function (n) { return n !== Number(vak.dataset.item); });
        if (vak.checked) nu.push(Number(vak.dataset.item));
        bewaar(nu);
      });
    });
    // Vinkt de lezer in een ander tabblad iets aan, dan volgt deze pagina.
    window.addEventListener("storage", function (gebeurtenis) {
      if (gebeurtenis.key === OPSLAG) toonVinkjes(leesVinkjes());
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
    // Wissen raakt alleen de punten op deze pagina; de andere opgaven houden hun vinkjes.
    document.querySelectorAll("[data-checklist-wis]").forEach(function (knop) {
      knop.addEventListener("click", function () {
        var alle = leesVinkjes();
        var blijft = alle.filter(function (n) { return opDezePagina.indexOf(n) === -1; });
        if (!bewaar(blijft)) return;
        toonVinkjes(blijft);
        meld("De vinkjes op deze pagina zijn gewist.", {
          tekst: "Ongedaan maken",
          actie: function () {
            if (bewaar(alle)) { toonVinkjes(alle); meld("Uw vinkjes staan weer zoals ze waren."); }
          },
        });
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
