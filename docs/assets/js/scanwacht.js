// Vangnet voor de scanpagina's: laadt het script van de scan niet (geblokkeerd,
// half uitgerold, 404), dan zegt de pagina dat, in plaats van eeuwig "wordt
// geladen". Een gewoon script (geen module), zodat het ook werkt als de modules
// niet laden. Bij het load-event zijn alle modules uitgevoerd of mislukt.
(function () {
  "use strict";
  window.addEventListener("load", function () {
    var html = document.documentElement;
    if (html.dataset.wijktool) return; // de paginacontroller draait
    html.dataset.wijktool = "fout";
    var status = document.querySelector("[data-scan] [data-testid=status]");
    var melding = document.querySelector("[data-scan] [data-testid=melding]");
    if (status) status.textContent = "";
    if (melding) {
      melding.textContent =
        "Het script van deze scan kon niet laden. Daardoor rekent de scan niet mee. " +
        "Hieronder staat wel de uitleg en de uitkomst van het begin. Laad de pagina later opnieuw.";
      melding.hidden = false;
    }
  });
})();
