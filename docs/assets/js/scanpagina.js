// De paginacontroller van elke scan: start, status, deellink, bewaren,
// exporteren, importeren en printen. Een scan (docs/assets/js/scans/<naam>.js)
// geeft alleen door hoe zijn bediening werkt:
//
//   startScanpagina({
//     lees(),                 de invoer zoals de bediening hem nu toont
//     zet(invoer),            de bediening (en tekening) op deze invoer zetten
//     leeg(),                 de invoer van een lezer die nog niets koos
//     geldig(invoer),         klopt de vorm (voor opslag en links, vóór Python klaar is)
//     naarLink(invoer),       "huidig=5,5,5,5,5&ambitie=…" (zonder #)
//     uitLink(params),        terug uit URLSearchParams, of null als de link niet klopt
//     herhaalbaar,            namen die meer dan eens in een link mogen (anders: kapot)
//     koppel(opWijziging),    roept opWijziging() aan bij elke wijziging
//     leegTekst,              wat er na "Wis" staat
//     altijdBewaren,          true: elke wijziging gaat direct naar de opslag, en die
//                             geldt voor meer dan deze pagina (de afvinklijst)
//   })
//
// Regels voor de toestand:
// - Een deellink wordt één keer toegepast en is dan de invoer; het adres wordt
//   daarna schoongemaakt, zodat latere wijzigingen en "Bewaar" winnen.
// - Een gewoon anker (#zo-rekent-de-scan) is geen deellink.
// - Een nieuwe deellink in hetzelfde tabblad (hashchange) wordt ook toegepast.
// - Wissen en importeren kunnen ongedaan gemaakt worden; raken ze meer dan deze
//   pagina (altijdBewaren), dan vraagt de pagina het eerst.
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

// Hoe diep zijn [ en { genest? Zonder recursie, zoals wijktool/scans/grenzen.py.
function diepte(tekst) {
  let nu = 0, grootste = 0, inTekst = false, escape = false;
  for (const teken of tekst) {
    if (inTekst) {
      if (escape) escape = false;
      else if (teken === "\\") escape = true;
      else if (teken === '"') inTekst = false;
    } else if (teken === '"') inTekst = true;
    else if (teken === "[" || teken === "{") grootste = Math.max(grootste, ++nu);
    else if (teken === "]" || teken === "}") nu--;
  }
  return grootste;
}

export function startScanpagina(scan) {
  const wortel = document.querySelector("[data-scan]");
  const rekenhulp = maakRekenhulp(wortel, { opStart: () => { zetKnoppen(true); bereken(); } });
  const { config, verwerk, toon, meld } = rekenhulp;
  const opslag = `wijktool.${config.scan}.v1`;
  const woord = config.woord;
  const deelLink = document.querySelector("[data-testid=deel-link]");
  const knoppen = [...document.querySelectorAll("[data-actie=exporteer], [data-actie=importeer]")];

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

  let zelfBewaard = null;
  function bewaar() {
    try {
      zelfBewaard = JSON.stringify({ invoer: scan.lees(), bewaard: new Date().toISOString() });
      localStorage.setItem(opslag, zelfBewaard);
      return true;
    } catch {
      toon(`Bewaren lukt niet in deze browser (de opslag is vol of geblokkeerd, bijvoorbeeld in een privévenster). Uw ${woord} staan nog op deze pagina, maar zijn niet bewaard.`);
      return false;
    }
  }

  function vergeet() {
    try { localStorage.removeItem(opslag); return true; } catch { return false; }
  }

  // --- rekenen en de deellink ---------------------------------------------------
  const bereken = rekenhulp.samenvoegend(() => ({ actie: "reken", invoer: scan.lees(), basis: config.basis }), (antwoord) => plaats(antwoord.html));

  function werkLinkBij() {
    if (deelLink) deelLink.href = new URL(`#${scan.naarLink(scan.lees())}`, location.href).href;
  }

  function gewijzigd() {
    werkLinkBij();
    const bewaard = scan.altijdBewaren ? bewaar() : true;
    bereken();
    return bewaard;
  }

  function neemOver(invoer) {
    scan.zet(invoer);
    return gewijzigd();
  }

  // Een link toepassen; geeft de invoer, of null (met een melding) als hij niet klopt.
  function uitLink(hash) {
    const params = new URLSearchParams(hash.slice(1));
    // Een naam twee keer (#huidig=…&huidig=…) is een kapotte link, tenzij de scan
    // die naam zelf herhaalt (samen: één "d" per deelnemer).
    const namen = [...params.keys()].filter((naam) => !(scan.herhaalbaar || []).includes(naam));
    const invoer = namen.length === new Set(namen).size ? scan.uitLink(params) : null;
    if (!invoer) toon(`De link bevat ongeldige of onvolledige ${woord}. Die zijn genegeerd.`);
    return invoer;
  }

  // Na het toepassen is de link de invoer: het adres zonder link, zodat herladen
  // niet opnieuw de link neemt in plaats van latere wijzigingen.
  function maakAdresSchoon() {
    history.replaceState(history.state, "", location.pathname + location.search);
  }

  // "Ongedaan maken": zet de vorige invoer terug (en de opslag zoals die was).
  function ongedaanMaken(vorige, vorigeOpslag) {
    return {
      tekst: "Ongedaan maken",
      actie() {
        scan.zet(vorige);
        try {
          if (vorigeOpslag === null) localStorage.removeItem(opslag); else localStorage.setItem(opslag, vorigeOpslag);
        } catch { /* de opslag kan er niet bij; de pagina staat wel terug */ }
        werkLinkBij();
        bereken();
        meld(`Uw ${woord} staan weer zoals ze waren.`);
      },
    };
  }

  function ruweOpslag() {
    try { return localStorage.getItem(opslag); } catch { return null; }
  }

  // Raakt een handeling meer dan deze pagina, dan vraagt de pagina het eerst.
  function vraagEerst(vraag, doe) {
    if (!scan.altijdBewaren) { doe(); return; }
    toon(vraag, { tekst: "Ja, ga door", actie: () => { rekenhulp.verberg(); doe(); } });
  }

  function zetKnoppen(aan) {
    for (const knop of knoppen) {
      knop.disabled = !aan;
      knop.closest("label")?.classList.toggle("scan-uitgeschakeld", !aan);
      if (aan) knop.removeAttribute("title");
      else knop.title = "Dit kan pas als de rekenhulp werkt.";
    }
  }
  rekenhulp.bijFout.push(() => zetKnoppen(false));

  // --- knoppen ----------------------------------------------------------------
  const acties = {
    bewaar() {
      if (bewaar()) meld(`Uw ${woord} zijn bewaard op dit apparaat.`);
    },
    wis() {
      const vorige = scan.lees();
      const vorigeOpslag = ruweOpslag();
      vraagEerst(`Hiermee wist u al uw ${woord}, ook die op de andere pagina's. Weet u het zeker?`, () => {
        const gewist = vergeet();
        scan.zet(scan.leeg());
        maakAdresSchoon();
        werkLinkBij();
        bereken();
        if (!gewist) toon("Wissen uit de opslag lukt niet in deze browser.");
        meld(`Uw ${woord} zijn gewist. ${scan.leegTekst}`, ongedaanMaken(vorige, vorigeOpslag));
      });
    },
    async exporteer() {
      if (!rekenhulp.isKlaar()) { toon(WACHT); return; }
      try {
        const antwoord = await verwerk({ actie: "exporteer", invoer: scan.lees(), datum: vandaag() });
        if (antwoord.fout) { rekenhulp.meldFout(antwoord); return; }
        download(`${config.scan}-${vandaag()}.json`, antwoord.tekst);
        meld(`Het bestand met uw ${woord} is gemaakt.`);
      } catch { /* de rekenhulp meldde het al */ }
    },
    async importeer(invoer) {
      const bestand = invoer.files[0];
      try {
        if (!bestand) return;
        if (!rekenhulp.isKlaar()) { toon(WACHT); return; }
        const g = config.grenzen;
        if (bestand.size > g.tekens * 4) { toon(`Dit bestand is te groot (${Math.round(bestand.size / 1000)} kB).`); return; }
        const tekst = await bestand.text();
        if (tekst.length > g.tekens) { toon(`Dit bestand is te groot (${tekst.length} tekens; hooguit ${g.tekens}).`); return; }
        if (diepte(tekst) > g.diepte) { toon(`Dit bestand is te diep genest (meer dan ${g.diepte} lagen haakjes).`); return; }
        const gelezen = await verwerk({ actie: "lees-bestand", tekst, nu: scan.lees() });
        if (gelezen.fout) { rekenhulp.meldFout(gelezen); return; }
        toonIngelezen(gelezen);
      } catch {
        /* de rekenhulp meldde het al */
      } finally {
        invoer.value = ""; // zo kan de lezer hetzelfde bestand nog eens kiezen
      }
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

  function toonIngelezen(gelezen) {
    const van = gelezen.datum ? ` van ${gelezen.datum}` : "";
    const vorige = scan.lees();
    const vorigeOpslag = ruweOpslag();
    const neem = () => {
      const bewaard = neemOver(gelezen.invoer);
      const waar = scan.altijdBewaren && bewaard ? " en bewaard op dit apparaat" : "";
      meld(`De ${woord}${van} uit het bestand staan nu in de scan${waar}.`, ongedaanMaken(vorige, vorigeOpslag));
    };
    if (!gelezen.vergelijking) {
      vraagEerst(`Het bestand${van} vervangt al uw ${woord}, ook die op de andere pagina's. Weet u het zeker?`, neem);
      return;
    }
    // Eerst vergelijken; pas na een klik gaan de standen uit het bestand erin.
    const plek = document.querySelector('[data-plek="vergelijking"]');
    plek.innerHTML = gelezen.vergelijking;
    const knop = Object.assign(document.createElement("button"), {
      type: "button", className: "md-button", textContent: `Zet de ${woord} uit het bestand in de scan`,
    });
    knop.addEventListener("click", neem);
    plek.append(knop);
    meld(`Het bestand${van} is ingelezen. Hieronder ziet u wat er anders is.`);
  }

  for (const element of document.querySelectorAll("[data-actie]")) {
    const actie = acties[element.dataset.actie];
    if (actie) element.addEventListener(element.type === "file" ? "change" : "click", () => actie(element));
  }

  // --- starten ----------------------------------------------------------------
  let begin = null;
  let uitDeLink = null;
  if (isDeellink(location.hash)) {
    uitDeLink = uitLink(location.hash);
    maakAdresSchoon();
    // Een link die meer dan deze pagina raakt (de vinkjes van alle opgaven) gaat
    // pas in de scan als de lezer dat wil; tot dan blijft wat bewaard is.
    if (uitDeLink && !scan.altijdBewaren) {
      begin = uitDeLink;
      meld(`De ${woord} uit de link staan in de scan.`);
    }
  }
  if (!begin) begin = leesOpslag();
  // Zonder link of opslag: wat de bediening nu toont. Na Terug/Vooruit zet de
  // browser de schuiven terug; zo kloppen woorden en tekening daar meteen mee.
  scan.zet(begin || scan.lees());

  window.addEventListener("hashchange", () => {
    if (!isDeellink(location.hash)) return; // een anker
    const invoer = uitLink(location.hash);
    maakAdresSchoon();
    if (!invoer) return;
    const vorige = scan.lees();
    neemOver(invoer);
    meld(`De ${woord} uit de link staan in de scan.`, ongedaanMaken(vorige, ruweOpslag()));
  });
  // Na Terug/Vooruit zet de browser de bediening terug zoals de lezer haar achterliet,
  // soms pas na dit script (en uit de bfcache zonder het opnieuw te draaien).
  // Bij pageshow is dat gebeurd: teken dan woorden, tekening, link en uitkomst opnieuw.
  window.addEventListener("pageshow", () => {
    scan.zet(scan.lees());
    werkLinkBij();
    bereken();
  });
  // Een ander tabblad bewaarde iets onder dezelfde sleutel.
  window.addEventListener("storage", (gebeurtenis) => {
    if (gebeurtenis.key !== opslag || gebeurtenis.newValue === zelfBewaard) return;
    if (scan.altijdBewaren) {
      // De afvinklijst volgt de vinkjes op de opgavepagina's.
      scan.zet(leesOpslag() || scan.leeg());
      werkLinkBij();
      bereken();
      return;
    }
    toon(`In een ander tabblad zijn andere ${woord} bewaard. Op deze pagina staan nog de uwe.`, {
      tekst: "Neem die over",
      actie: () => { const invoer = leesOpslag(); if (invoer) neemOver(invoer); },
    });
  });
  scan.koppel(gewijzigd);
  werkLinkBij();
  rekenhulp.start();
  if (uitDeLink && scan.altijdBewaren) {
    const vorige = scan.lees();
    const vorigeOpslag = ruweOpslag();
    vraagEerst(`De link bevat andere ${woord}. Die vervangen uw ${woord} op alle pagina's. Wilt u dat?`, () => {
      const bewaard = neemOver(uitDeLink);
      meld(`De ${woord} uit de link staan in de scan${bewaard ? " en zijn bewaard op dit apparaat" : ""}.`, ongedaanMaken(vorige, vorigeOpslag));
    });
  }
  // Voor een scan die zelf iets aan de worker vraagt (samen.js: een bestand van een deelnemer lezen).
  return { verwerk, toon, meld, isKlaar: rekenhulp.isKlaar };
}
