// De paginacontroller van elke scan: start, status, deellink, bewaren,
// exporteren, importeren en printen. Een scan (docs/assets/js/scans/<naam>.js)
// geeft alleen door hoe zijn bediening werkt:
//
//   startScanpagina({
//     lees(),                 de invoer zoals de bediening hem nu toont
//     zet(invoer),            de bediening op deze invoer zetten
//     leeg(),                 de invoer van een lezer die nog niets koos
//     geldig(invoer),         klopt de vorm (voor opslag en links, vóór Python klaar is)
//     naarLink(invoer),       "huidig=5,5,5,5,5&ambitie=…" (zonder #)
//     uitLink(tekst),         terug, of null als de link niet klopt
//     koppel(opWijziging),    roept opWijziging() aan bij elke wijziging
//     leegTekst,              wat er na "Wis" staat
//     altijdBewaren,          true: elke wijziging gaat direct naar de opslag
//   })
//
// Rekenen, controleren en de HTML van de uitkomst doet wijktool (Python) in de
// worker, via rekenhulp.js.
import { download, maakRekenhulp, plaats } from "./rekenhulp.js";

const WACHT = "Wacht even tot de rekenhulp klaar is.";

// Plaatselijke datum (niet UTC): een export van vlak na middernacht krijgt de datum van vandaag.
function vandaag() {
  const nu = new Date();
  const twee = (n) => String(n).padStart(2, "0");
  return `${nu.getFullYear()}-${twee(nu.getMonth() + 1)}-${twee(nu.getDate())}`;
}

// Een deellink bevat "=", een gewoon anker (#vs-lokale-teams) niet.
const isDeellink = (hash) => hash.length > 1 && hash.includes("=");

export function startScanpagina(scan) {
  const wortel = document.querySelector("[data-scan]");
  const rekenhulp = maakRekenhulp(wortel, { opStart: () => bereken() });
  const { config, verwerk, toon, meld } = rekenhulp;
  const opslag = `wijktool.${config.scan}.v1`;
  const woord = config.woord;
  const deelLink = document.querySelector("[data-testid=deel-link]");

  // --- opslag op dit apparaat ------------------------------------------------
  function leesOpslag() {
    let ruw;
    try { ruw = localStorage.getItem(opslag); } catch { return null; }
    if (ruw === null) return null;
    try {
      const data = JSON.parse(ruw);
      if (data && scan.geldig(data.invoer)) return data.invoer;
    } catch { /* valt door naar de melding */ }
    toon("De bewaarde gegevens op dit apparaat waren beschadigd. Ze zijn gewist; u begint opnieuw.");
    vergeet();
    return null;
  }

  function bewaar() {
    try {
      localStorage.setItem(opslag, JSON.stringify({ invoer: scan.lees(), bewaard: new Date().toISOString() }));
      return true;
    } catch {
      toon("Bewaren lukt niet in deze browser (bijvoorbeeld in een privévenster).");
      return false;
    }
  }

  function vergeet() {
    try { localStorage.removeItem(opslag); } catch { /* niets bewaard */ }
  }

  // --- rekenen en de deellink ---------------------------------------------------
  const bereken = rekenhulp.samenvoegend(() => ({ actie: "reken", invoer: scan.lees(), basis: config.basis }), (antwoord) => plaats(antwoord.html));

  function werkLinkBij() {
    if (deelLink) deelLink.href = new URL(`#${scan.naarLink(scan.lees())}`, location.href).href;
  }

  function gewijzigd() {
    werkLinkBij();
    if (scan.altijdBewaren) bewaar();
    bereken();
  }

  function neemOver(invoer) {
    scan.zet(invoer);
    gewijzigd();
  }

  // --- knoppen ----------------------------------------------------------------
  const acties = {
    bewaar() {
      if (bewaar()) meld(`Uw ${woord} zijn bewaard op dit apparaat.`);
    },
    wis() {
      vergeet();
      scan.zet(scan.leeg());
      history.replaceState(null, "", location.pathname + location.search);
      werkLinkBij();
      bereken();
      meld(`Uw ${woord} zijn gewist. ${scan.leegTekst}`);
    },
    async exporteer() {
      if (!rekenhulp.isKlaar()) { toon(WACHT); return; }
      const antwoord = await verwerk({ actie: "exporteer", invoer: scan.lees(), datum: vandaag() });
      if (antwoord.fout) { toon(antwoord.fout); return; }
      download(`${config.scan}-${vandaag()}.json`, antwoord.tekst);
    },
    async importeer(invoer) {
      const bestand = invoer.files[0];
      if (!bestand) return;
      if (!rekenhulp.isKlaar()) { toon(WACHT); invoer.value = ""; return; }
      const gelezen = await verwerk({ actie: "lees-bestand", tekst: await bestand.text(), nu: scan.lees() });
      invoer.value = "";
      if (gelezen.fout) { toon(gelezen.fout); return; }
      const van = gelezen.datum ? ` van ${gelezen.datum}` : "";
      if (!gelezen.vergelijking) {
        neemOver(gelezen.invoer);
        meld(`Uw ${woord}${van} zijn ingelezen.`);
        return;
      }
      // Eerst vergelijken; pas na een klik gaan de standen uit het bestand erin.
      const plek = document.querySelector('[data-plek="vergelijking"]');
      plek.innerHTML = gelezen.vergelijking;
      const knop = Object.assign(document.createElement("button"), {
        type: "button", className: "md-button", textContent: `Zet de ${woord} uit het bestand in de scan`,
      });
      knop.addEventListener("click", () => {
        neemOver(gelezen.invoer);
        meld(`De ${woord} uit het bestand staan nu in de scan.`);
      });
      plek.append(knop);
    },
    print() { window.print(); },
    async kopieer() {
      try {
        await navigator.clipboard.writeText(deelLink.href);
        meld("De link is gekopieerd.");
      } catch {
        meld("Kopiëren lukt niet; klik met de rechtermuisknop op de link om hem te kopiëren.");
      }
    },
  };
  for (const element of document.querySelectorAll("[data-actie]")) {
    const actie = acties[element.dataset.actie];
    if (actie) element.addEventListener(element.type === "file" ? "change" : "click", () => actie(element));
  }

  // --- starten ----------------------------------------------------------------
  let begin = null;
  if (isDeellink(location.hash)) {
    begin = scan.uitLink(location.hash.slice(1));
    if (!begin) toon(`De link bevat ongeldige of onvolledige ${woord}. Die zijn genegeerd. ${scan.leegTekst}`);
  } else {
    begin = leesOpslag();
  }
  if (begin) scan.zet(begin);

  // Een wijziging in een ander tabblad (of op een opgavepagina) telt hier mee.
  if (scan.altijdBewaren) {
    window.addEventListener("storage", (gebeurtenis) => {
      if (gebeurtenis.key !== opslag) return;
      scan.zet(leesOpslag() || scan.leeg());
      werkLinkBij();
      bereken();
    });
  }
  scan.koppel(gewijzigd);
  werkLinkBij();
  rekenhulp.start();
  // Voor een scan die zelf iets aan de worker vraagt (samen.js: een bestand van een deelnemer lezen).
  return { verwerk, toon, meld, isKlaar: rekenhulp.isKlaar };
}
