// Start de worker van de rekenhulp al vanuit de <head>, zodra dit kleine script
// binnen is. De paginacontroller (rekenhulp.js) is een module en draait pas als
// de hele pagina gelezen is en Material zijn scripts heeft uitgevoerd; op een
// koude start was dat ongeveer 0,5 s later. Dan was Pyodide al even bezig.
// rekenhulp.js neemt deze worker over (window.wijktoolVroeg) met alles wat hij
// intussen meldde; is hij er niet, of klopt een adres niet, dan start rekenhulp.js
// zelf een worker. Een gewoon script (async, geen module): zo hoeft het niet op
// het lezen van de pagina te wachten.
(function () {
  "use strict";
  var script = document.currentScript;
  // De paginacontroller was eerder (bijvoorbeeld als dit script traag binnenkwam): niets doen.
  if (!script || document.documentElement.dataset.wijktool || !window.Worker) return;
  var abs = function (pad) { return new URL(pad, location.href).href; };
  var d = script.dataset;
  var adres = abs(d.worker);
  // id 0: rekenhulp.js nummert zijn eigen vragen vanaf 1.
  var start = { type: "start", id: 0, pyodide: abs(d.pyodide), wiel: abs(d.wiel), model: abs(d.model) };
  var worker;
  try {
    worker = new Worker(adres, { type: "module" });
  } catch (fout) {
    return; // rekenhulp.js probeert het zelf en meldt de fout
  }
  // Wat de worker meldt voordat rekenhulp.js er is, bewaren we en geven we daarna door.
  var bewaard = [];
  var geefDoor = null;
  ["message", "error", "messageerror"].forEach(function (soort) {
    worker.addEventListener(soort, function (gebeurtenis) {
      if (geefDoor) geefDoor(soort, gebeurtenis);
      else bewaard.push([soort, gebeurtenis]);
    });
  });
  worker.postMessage(start);
  window.wijktoolVroeg = {
    worker: worker,
    adres: adres,
    start: start,
    koppel: function (luisteraar) {
      geefDoor = luisteraar;
      bewaard.splice(0).forEach(function (item) { luisteraar(item[0], item[1]); });
    },
  };
})();
