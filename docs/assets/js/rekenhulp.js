// De verbinding met de Python-worker: start hem, stelt er vragen aan, houdt de
// toestand bij in document.documentElement.dataset.wijktool ("laden" → "start"
// → "klaar", of "fout") en toont status en meldingen. Gebruikt door
// scanpagina.js. Hier wordt niet gerekend: dat doet wijktool in Pyodide.
const html = document.documentElement;

export function maakRekenhulp(wortel, { opStart }) {
  const config = JSON.parse(wortel.dataset.config);
  const status = wortel.querySelector("[data-testid=status]");
  const melding = wortel.querySelector("[data-testid=melding]");
  html.dataset.wijktool = "laden";

  let worker = null;
  let volgnummer = 0;
  const wachtend = new Map();

  function toon(tekst) {
    melding.textContent = tekst;
    melding.hidden = false;
  }

  function meld(tekst) {
    status.textContent = tekst;
  }

  function vraag(bericht) {
    return new Promise((klaar, mis) => {
      const id = ++volgnummer;
      wachtend.set(id, { klaar, mis });
      worker.postMessage({ ...bericht, id });
    });
  }

  // Een verzoek aan wijktool.browser.verwerk voor de scan van deze pagina.
  const verwerk = (verzoek) => vraag({ type: "verwerk", verzoek: { scan: config.scan, ...verzoek } });

  function faal(reden) {
    html.dataset.wijktool = "fout";
    status.textContent = "";
    toon(
      "De rekenhulp kon niet laden. Daardoor rekent de scan nu niet mee. " +
        "Hieronder staat wel de uitleg en de uitkomst van het begin. " +
        "Laad de pagina later opnieuw om het nog eens te proberen.",
    );
    console.warn("rekenhulp niet geladen:", reden);
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
        if (antwoord.fout) toon(antwoord.fout);
        else toonUitkomst(antwoord);
        html.dataset.wijktool = "klaar";
      } catch (fout) {
        toon(`De rekenhulp gaf een fout: ${fout.message}`);
      } finally {
        bezig = false;
        if (opnieuw) { opnieuw = false; voerUit(); }
      }
    };
  }

  function start() {
    try {
      worker = new Worker(new URL(config.worker, location.href), { type: "module" });
    } catch (fout) {
      faal(fout);
      return;
    }
    worker.addEventListener("message", ({ data }) => {
      const wacht = wachtend.get(data.id);
      if (!wacht) return;
      wachtend.delete(data.id);
      if (data.type === "fout") wacht.mis(new Error(data.reden)); else wacht.klaar(data.antwoord);
    });
    worker.addEventListener("error", (gebeurtenis) => faal(gebeurtenis.message || "worker-fout"));
    // Laatste vangnet: als de start om een andere reden blijft hangen.
    const waakhond = setTimeout(() => { if (html.dataset.wijktool === "laden") faal("time-out"); }, 60_000);
    const abs = (pad) => new URL(pad, location.href).href;
    vraag({ type: "start", pyodide: abs(config.pyodide), wiel: abs(config.wiel), model: abs(config.model), snapshot: abs(config.snapshot) })
      .then(() => {
        clearTimeout(waakhond);
        if (html.dataset.wijktool === "fout") return;
        html.dataset.wijktool = "start";
        meld("De rekenhulp is klaar. De uitkomst verandert mee met uw keuzes.");
        return opStart();
      })
      .catch(faal);
  }

  return { config, verwerk, toon, meld, samenvoegend, start, isKlaar };
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
