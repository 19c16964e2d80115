// Checklistpagina's: zet de printknop aan en vult het webadres in dat onder de
// geprinte checklist staat. Zonder JavaScript blijft de knop verborgen (hij zou
// niets doen) en staat op papier het pad van de pagina uit de bouw.
(function () {
  "use strict";

  function start() {
    document.querySelectorAll("[data-checklist-print]").forEach(function (knop) {
      knop.addEventListener("click", function () {
        window.print();
      });
      var houder = knop.closest(".checklist-print");
      if (houder) houder.hidden = false;
    });

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
