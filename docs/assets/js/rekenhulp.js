// De verbinding met de Python-worker: start hem, stelt er vragen aan, houdt de
// toestand bij in document.documentElement.dataset.wijktool ("laden" → "start"
// → "klaar", of "fout") en toont status en meldingen. Gebruikt door
// scanpagina.js. Hier wordt niet gerekend: dat doet wijktool in Pyodide.
//
// Een worker kan sterven of blijven hangen. Daarom heeft elke vraag een
// tijdslimiet; komt er geen antwoord, of meldt de worker een fout, dan gaan
// alle openstaande vragen mis, staat de toestand op "fout", zegt een melding
// wat er is, en kan de lezer de rekenhulp opnieuw starten.
const html = document.documentElement;

// Tijdslimieten in milliseconden. De start mag lang duren op een trage lijn
// (Pyodide is een paar MB); een rekenvraag duurt normaal enkele milliseconden.
const TIJD = { start: 120_000, vraag: 15_000, traag: 15_000 };
const MELDING_MAX = 400;

export function maakRekenhulp(wortel, { opStart }) {
  const config = JSON.parse(wortel.dataset.config);
  const status = wortel.querySelector("[data-testid=status]");
  const melding = wortel.querySelector("[data-testid=melding]");
  html.dataset.wijktool = "laden";

  let worker = null;
  let volgnummer = 0;
  const wachtend = new Map();
  const bijFout = [];

  // Tekst (nooit HTML), ingekort, met eventueel één knop erachter.
  function vul(element, tekst, knop) {
    element.textContent = tekst.length > MELDING_MAX ? `${tekst.slice(0, MELDING_MAX - 1)}…` : tekst;
    if (!knop) return;
    const knopje = Object.assign(document.createElement("button"), { type: "button", className: "md-button scan-knopje", textContent: knop.tekst });
    knopje.addEventListener("click", knop.actie, { once: true });
    element.append(" ", knopje);
  }

  // Een melding: iets ging mis of vraagt om aandacht.
  function toon(tekst, knop = null) {
    vul(melding, tekst, knop);
    melding.hidden = false;
  }

  function verberg() {
    melding.hidden = true;
    melding.textContent = "";
  }

  // Een geslaagde handeling: in de statusregel; een oude melding is dan voorbij.
  function meld(tekst, knop = null) {
    vul(status, tekst, knop);
    if (html.dataset.wijktool !== "fout") verberg();
  }

  // Wacht op het antwoord met dit id, hooguit `tijd` ms.
  function wachtOp(id, soort, tijd) {
    return new Promise((klaar, mis) => {
      const wekker = setTimeout(() => kapot(`geen antwoord binnen ${tijd / 1000} s op ${soort}`), tijd);
      wachtend.set(id, { klaar, mis, wekker });
    });
  }

  function vraag(bericht, tijd = TIJD.vraag) {
    if (!worker) return Promise.reject(new Error("de rekenhulp draait niet"));
    const id = ++volgnummer;
    const antwoord = wachtOp(id, bericht.type, tijd);
    worker.postMessage({ ...bericht, id });
    return antwoord;
  }

  // Een verzoek aan wijktool.browser.verwerk voor de scan van deze pagina.
  const verwerk = (verzoek) => vraag({ type: "verwerk", verzoek: { scan: config.scan, ...verzoek } });

  function stop(reden) {
    if (worker) worker.terminate();
    worker = null;
    for (const { mis, wekker } of wachtend.values()) {
      clearTimeout(wekker);
      mis(new Error(reden));
    }
    wachtend.clear();
  }

  // De worker is dood of hangt: alles wat openstaat gaat mis, de lezer kan opnieuw starten.
  function kapot(reden) {
    const wasGestart = html.dataset.wijktool !== "laden";
    stop(String(reden));
    html.dataset.wijktool = "fout";
    status.textContent = "";
    toon(
      wasGestart
        ? "De rekenhulp is gestopt. De uitkomst op de pagina is die van uw laatste wijziging die nog wel berekend is. Uw invoer is niet verloren."
        : "De rekenhulp kon niet laden. Daardoor rekent de scan nu niet mee. Hieronder staat wel de uitleg en de uitkomst van het begin.",
      { tekst: "Start de rekenhulp opnieuw", actie: () => { verberg(); start(); } },
    );
    for (const functie of bijFout) functie();
    console.warn("rekenhulp:", reden);
  }

  const isKlaar = () => html.dataset.wijktool === "klaar" || html.dataset.wijktool === "start";

  // Hooguit één vraag tegelijk; tussentijdse wijzigingen vallen samen tot één.
  function samenvoegend(maakVraag, toonUitkomst) {
    let bezig = false;
    let opnieuw = false;
    return async function voerUit() {
      if (!isKlaar()) return;
      if (bezig) { opnieuw = true; return; }
      bezig = true;
      try {
        const antwoord = await verwerk(maakVraag());
        if (antwoord.fout) meldFout(antwoord);
        else {
          toonUitkomst(antwoord);
          html.dataset.wijktool = "klaar";
        }
      } catch {
        // kapot() heeft de melding al gegeven
      } finally {
        bezig = false;
        if (opnieuw) { opnieuw = false; voerUit(); }
      }
    };
  }

  // Een antwoord met "fout": de melding is Nederlands; de technische reden gaat naar de console.
  function meldFout(antwoord) {
    if (antwoord.detail) console.warn("wijktool:", antwoord.detail);
    toon(antwoord.fout);
  }

  // De worker die rekenhulp-vroeg.js al vanuit de <head> startte, als hij precies
  // deze runtime laadt. Hooguit één keer: een herstart begint met een nieuwe worker.
  function vroegeWorker(adres, runtime) {
    const vroeg = window.wijktoolVroeg;
    window.wijktoolVroeg = null;
    if (!vroeg) return null;
    const klopt = vroeg.adres === adres && ["pyodide", "wiel", "model"].every((k) => vroeg.start[k] === runtime[k]);
    if (klopt) return vroeg;
    vroeg.worker.terminate();
    console.warn("rekenhulp: de vroeg gestarte worker laadt een andere runtime; ik start een nieuwe");
    return null;
  }

  function opBericht({ data }) {
    const wacht = wachtend.get(data.id);
    if (!wacht) return;
    wachtend.delete(data.id);
    clearTimeout(wacht.wekker);
    if (data.type === "fout") wacht.mis(new Error(data.reden)); else wacht.klaar(data.antwoord);
  }

  const luisteraars = {
    message: opBericht,
    error: (gebeurtenis) => kapot(gebeurtenis.message || "fout in de worker"),
    messageerror: () => kapot("een bericht van de worker kon niet gelezen worden"),
  };

  function start() {
    stop("opnieuw gestart");
    html.dataset.wijktool = "laden";
    status.textContent = "De rekenhulp wordt geladen. U kunt al kiezen.";
    const abs = (pad) => new URL(pad, location.href).href;
    const runtime = { pyodide: abs(config.pyodide), wiel: abs(config.wiel), model: abs(config.model) };
    const vroeg = vroegeWorker(abs(config.worker), runtime);
    let gestart;
    if (vroeg) {
      worker = vroeg.worker;
      // eerst wachten op id 0, dan koppelen: een antwoord dat er al was, komt zo meteen door
      gestart = wachtOp(vroeg.start.id, "start", TIJD.start);
      vroeg.koppel((soort, gebeurtenis) => luisteraars[soort](gebeurtenis));
    } else {
      try {
        worker = new Worker(abs(config.worker), { type: "module" });
      } catch (fout) {
        kapot(fout);
        return;
      }
      for (const [soort, luister] of Object.entries(luisteraars)) worker.addEventListener(soort, luister);
      gestart = vraag({ type: "start", ...runtime }, TIJD.start);
    }
    const traag = setTimeout(() => {
      if (html.dataset.wijktool === "laden") status.textContent = "De rekenhulp laadt nog. Op een trage verbinding duurt dat even.";
    }, TIJD.traag);
    gestart
      .then(() => {
        html.dataset.wijktool = "start";
        status.textContent = "De rekenhulp is klaar. De uitkomst verandert mee met uw keuzes.";
        return opStart();
      })
      .catch((fout) => { if (html.dataset.wijktool !== "fout") kapot(fout.message); })
      .finally(() => clearTimeout(traag));
  }

  return { config, verwerk, toon, verberg, meld, meldFout, samenvoegend, start, isKlaar, bijFout };
}

// Plaatst HTML-delen van Python op hun plek: {"ranking-huidig": "<ol>…"}.
export function plaats(delen) {
  for (const [plek, inhoud] of Object.entries(delen)) {
    const doel = document.querySelector(`[data-plek="${plek}"]`);
    if (doel) doel.innerHTML = inhoud;
  }
}

export function download(naam, inhoud) {
  const url = URL.createObjectURL(new Blob([inhoud], { type: "application/json" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: naam });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
