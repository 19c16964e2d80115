// Stuurt Debian's firefox-esr (puppeteer-core over WebDriver BiDi) door de drie
// scans en schrijft op wat de pagina's laten zien. Beoordelen doet
// tests/test_firefox.py: dit script meet alleen, het oordeelt niet.
//
//   node tests/node/firefox-scans.mjs PLAN.json UIT.json
//
// PLAN (van de test): {basis, blokbasis, downloads, firefox, schuifoefening: {...},
// volwassenheidsscan: {...}, afvinklijst: {...}, offline: {...}}. Zie test_firefox.py.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { getPriority } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const [planPad, uitPad] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planPad, "utf8"));
const uit = { firefox: null, scans: {}, console: [] };

// Vangt de Blob die de pagina voor een export maakt, naast de echte download.
const BLOBHAAK = () => {
  window.__blobs = [];
  const maak = URL.createObjectURL;
  URL.createObjectURL = function (ding) {
    if (ding instanceof Blob) ding.text().then((t) => window.__blobs.push(t));
    return maak.call(URL, ding);
  };
};

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: plan.firefox,
  headless: true,
  extraPrefsFirefox: {
    // Downloads zonder vraag in de map van de test.
    "browser.download.folderList": 2,
    "browser.download.dir": plan.downloads,
    "browser.download.useDownloadDir": true,
    "browser.download.always_ask_before_handling_new_types": false,
    "browser.helperApps.neverAsk.saveToDisk": "application/json",
    // Geen verkeer buiten de testserver.
    "app.update.enabled": false,
    "browser.safebrowsing.malware.enabled": false,
    "browser.safebrowsing.phishing.enabled": false,
    "network.captive-portal-service.enabled": false,
  },
});
// puppeteer start Firefox in een eigen sessie; met Linux' autogroup telt de nice van dit
// proces (de testrun geeft de ronde een lagere voorrang) dan niet voor Firefox. Geef die
// door, zoals geef_voorrang_door in tests/hulp/achtergrond.py.
// Alleen als Firefox echt een eigen sessie heeft: anders zou dit de sessie van de tests raken.
if (getPriority() > 0) {
  try {
    const pid = browser.process().pid;
    const sessie = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(")").pop().trim().split(" ")[3]);
    if (sessie === pid) writeFileSync(`/proc/${pid}/autogroup`, String(getPriority()));
  } catch {
    // geen /proc of geen autogroup op deze machine: dan geldt de nice al
  }
}
uit.firefox = await browser.version();

const fouten = []; // onafgevangen fouten op pagina's: horen er niet te zijn
let huidigeStap = "begin"; // staat bij elke fout, zodat een toevallige fout zegt waar hij vandaan kwam
async function nieuwePagina(context) {
  const page = await context.newPage();
  await page.evaluateOnNewDocument(BLOBHAAK);
  page.on("pageerror", (f) => fouten.push(`${huidigeStap}: ${page.url()}: ${f.message ?? f}`));
  page.on("console", (m) => {
    if (m.type() === "warn" || m.type() === "warning" || m.type() === "error") uit.console.push(`${m.type()}: ${m.text()}`);
  });
  return page;
}

const KLAAR = () => document.documentElement.dataset.wijktool === "klaar";
async function open(context, url) {
  const page = await nieuwePagina(context);
  const begin = Date.now();
  await page.goto(url, { waitUntil: "load" });
  let toestand;
  try {
    await page.waitForFunction(KLAAR, { timeout: 120_000, polling: 200 });
  } finally {
    toestand = await page.evaluate(() => document.documentElement.dataset.wijktool ?? null);
  }
  return { page, ms: Date.now() - begin, toestand };
}

// Wacht tot f(arg) waar is; geeft false in plaats van een fout na de tijd.
async function wachtOp(page, f, arg, timeout = 20_000) {
  try {
    await page.waitForFunction(f, { timeout, polling: 100 }, arg);
    return true;
  } catch {
    return false;
  }
}

const melding = (page) =>
  page.evaluate(() => {
    const m = document.querySelector("[data-testid=melding]");
    return { zichtbaar: Boolean(m && !m.hidden), tekst: m ? m.textContent.trim() : null };
  });

// Een vraag vooraf ("Ja, ga door") in de melding: bevestigen. Geeft true als er een was.
async function bevestig(page) {
  const knop = await page.$("[data-testid=melding] button");
  if (!knop || !(await page.evaluate((k) => k.textContent === "Ja, ga door" && !k.closest("[hidden]"), knop))) return false;
  await knop.click();
  return true;
}

const deellink = (page) => page.$eval("[data-testid=deel-link]", (a) => a.href);

// --- per scan: de bediening lezen en zetten, en de uitkomst lezen ------------
const SCANS = {
  schuifoefening: {
    lees: (page) =>
      page.evaluate(() =>
        Object.fromEntries(["huidig", "ambitie"].map((p) => [p, Object.fromEntries(
          [...document.querySelectorAll(`[data-paneel="${p}"] input[type=range]`)].map((s) => [s.name, Number(s.value)]))])),
      ),
    zet: (page, invoer) =>
      page.evaluate((invoer) => {
        for (const [paneel, standen] of Object.entries(invoer)) {
          for (const [slug, stand] of Object.entries(standen)) {
            const s = document.querySelector(`[data-paneel="${paneel}"] input[type=range][name="${slug}"]`);
            s.value = String(stand);
            s.dispatchEvent(new Event("input", { bubbles: true }));
          }
        }
      }, invoer),
    uitkomst: (page) =>
      page.evaluate(() => document.querySelector("[data-testid=beste-profiel]")?.dataset.profiel ?? null),
  },
  volwassenheidsscan: {
    lees: (page) =>
      page.evaluate(() => Object.fromEntries(
        [...document.querySelectorAll("[data-scan] input[type=radio]:checked")].map((r) => [r.name, Number(r.value)]))),
    zet: (page, invoer) =>
      page.evaluate((invoer) => {
        for (const [thema, fase] of Object.entries(invoer)) {
          document.querySelector(`[data-scan] input[type=radio][name="${thema}"][value="${fase}"]`).click();
        }
      }, invoer),
    uitkomst: (page) =>
      page.evaluate(() => ({
        fase: Number(document.querySelector("[data-testid=totaalbeeld]")?.dataset.fase ?? NaN),
        aandacht: [...document.querySelectorAll("[data-testid=aandacht]")].map((li) => li.dataset.thema),
      })),
  },
  afvinklijst: {
    lees: (page) =>
      page.evaluate(() => {
        try { return JSON.parse(localStorage.getItem("wijktool.afvinklijst.v1"))?.invoer ?? []; } catch { return null; }
      }),
    uitkomst: (page) =>
      page.evaluate(() => Number(document.querySelector("[data-testid=aantal-vinkjes]")?.dataset.aantal ?? NaN)),
  },
};

// Exporteren: de knop, dan het bestand uit de downloadmap (en de Blob ter controle).
async function exporteer(page, naam) {
  const voor = new Set(readdirSync(plan.downloads));
  await page.click("[data-actie=exporteer]");
  const blob = (await wachtOp(page, () => window.__blobs.length > 0, null)) ? await page.evaluate(() => window.__blobs.at(-1)) : null;
  let bestand = null;
  for (let i = 0; i < 100 && !bestand; i++) {
    const nieuw = readdirSync(plan.downloads).filter((n) => !voor.has(n) && n.startsWith(naam) && n.endsWith(".json"));
    if (nieuw.length) bestand = nieuw[0];
    else await new Promise((r) => setTimeout(r, 100));
  }
  // Even wachten tot Firefox klaar is met schrijven (.part weg).
  await new Promise((r) => setTimeout(r, 300));
  return { naam: bestand, pad: bestand && join(plan.downloads, bestand), tekst: bestand && readFileSync(join(plan.downloads, bestand), "utf8"), blob };
}

// Importeren in een verse context: het bestand kiezen, en als de scan eerst
// vergelijkt, de knop om de waarden over te nemen.
async function importeer(url, pad, scan) {
  const context = await browser.createBrowserContext();
  try {
    const { page } = await open(context, url);
    const invoerVeld = await page.$("input[type=file][data-actie=importeer]");
    await invoerVeld.uploadFile(pad);
    const status = () => document.querySelector("[data-testid=status]").textContent;
    const klaar = await wachtOp(page, () =>
      document.querySelector('[data-plek="vergelijking"] button') ||
      /ingelezen|staan nu in de scan/.test(document.querySelector("[data-testid=status]").textContent) ||
      !document.querySelector("[data-testid=melding]").hidden, null);
    // Raakt het bestand meer dan deze pagina (de afvinklijst), dan vraagt de pagina het eerst.
    if (await bevestig(page)) await wachtOp(page, () => /staan nu in de scan/.test(document.querySelector("[data-testid=status]").textContent), null);
    let vergeleken = false;
    if (await page.$('[data-plek="vergelijking"] button')) {
      vergeleken = true;
      await page.click('[data-plek="vergelijking"] button');
    }
    await wachtOp(page, KLAAR, null);
    await new Promise((r) => setTimeout(r, 500)); // de herberekening na het overnemen
    await wachtOp(page, KLAAR, null);
    return { klaar, vergeleken, invoer: await SCANS[scan].lees(page), uitkomst: await SCANS[scan].uitkomst(page), status: await page.evaluate(status), melding: await melding(page) };
  } finally {
    await context.close();
  }
}

// Deellink: openen in een verse context (geen opslag) en lezen wat er staat.
async function volgLink(href, scan, verwacht) {
  const context = await browser.createBrowserContext();
  try {
    const { page, toestand } = await open(context, href);
    await bevestig(page);
    if (verwacht !== undefined) await wachtOp(page, SCANS[scan].uitkomstIs, verwacht);
    return { toestand, invoer: await SCANS[scan].lees(page), uitkomst: await SCANS[scan].uitkomst(page), melding: await melding(page) };
  } finally {
    await context.close();
  }
}

// Faalroute: de server weigert pyodide.asm.wasm; de pagina moet "fout" melden.
async function faalroute(pad) {
  const context = await browser.createBrowserContext();
  try {
    const page = await nieuwePagina(context);
    const begin = Date.now();
    await page.goto(plan.blokbasis + pad, { waitUntil: "load" });
    const gemeld = await wachtOp(page, () => document.documentElement.dataset.wijktool === "fout", null, 90_000);
    return { gemeld, ms: Date.now() - begin, toestand: await page.evaluate(() => document.documentElement.dataset.wijktool), melding: await melding(page) };
  } finally {
    await context.close();
  }
}

const verwachtProfiel = (slug) => document.querySelector("[data-testid=beste-profiel]")?.dataset.profiel === slug;
const verwachtFase = (fase) => document.querySelector("[data-testid=totaalbeeld]")?.dataset.fase === String(fase);
const verwachtAantal = (n) => document.querySelector("[data-testid=aantal-vinkjes]")?.dataset.aantal === String(n);
SCANS.schuifoefening.uitkomstIs = verwachtProfiel;
SCANS.volwassenheidsscan.uitkomstIs = verwachtFase;
SCANS.afvinklijst.uitkomstIs = verwachtAantal;

async function stap(naam, doe) {
  huidigeStap = naam;
  try {
    return await doe();
  } catch (fout) {
    return { fout: `${naam}: ${fout.message ?? fout}` };
  }
}

// --- schuifoefening ------------------------------------------------------------
async function schuifoefening(p) {
  const url = plan.basis + p.pad;
  const r = {};
  const context = await browser.createBrowserContext();
  try {
    const { page, ms, toestand } = await open(context, url);
    r.start = { ms, toestand, melding: await melding(page) };
    // Elk profiel: de huidige schuiven op de standen van dat profiel.
    // Eerst het laatste profiel: zo verschilt de vorige uitkomst bij elke stap
    // van de verwachte, en kan een oude uitkomst niet voor een goede doorgaan.
    const slugs = Object.keys(p.profielen);
    await SCANS.schuifoefening.zet(page, { huidig: p.profielen[slugs.at(-1)] });
    await wachtOp(page, verwachtProfiel, slugs.at(-1));
    r.profielen = {};
    for (const [slug, standen] of Object.entries(p.profielen)) {
      await SCANS.schuifoefening.zet(page, { huidig: standen });
      await wachtOp(page, verwachtProfiel, slug);
      r.profielen[slug] = await SCANS.schuifoefening.uitkomst(page);
    }
    // Een echte toets: pijl omhoog op één schuif; woord en tekening gaan mee.
    r.toets = await stap("toets", async () => {
      const sel = `[data-paneel="huidig"] input[type=range][name="${p.toetsschuif}"]`;
      await SCANS.schuifoefening.zet(page, { huidig: { [p.toetsschuif]: 4 } });
      await page.focus(sel);
      await page.keyboard.press("ArrowUp");
      return page.$eval(sel, (s) => ({
        waarde: Number(s.value),
        valuetext: s.getAttribute("aria-valuetext"),
        output: s.closest(".scan-schuif").querySelector("output").textContent,
      }));
    });
    // Deellink heen en terug.
    await SCANS.schuifoefening.zet(page, p.deel);
    await wachtOp(page, verwachtProfiel, p.deel_profiel);
    r.deellink = await stap("deellink", async () => ({ href: await deellink(page), ...(await volgLink(await deellink(page), "schuifoefening", p.deel_profiel)) }));
    // Exporteren hier, importeren in een verse context.
    r.export = await stap("export", () => exporteer(page, "schuifoefening"));
    if (r.export.pad) r.import = await stap("import", () => importeer(url, r.export.pad, "schuifoefening"));
  } finally {
    await context.close();
  }
  r.faal = await stap("faal", () => faalroute(p.pad));
  return r;
}

// --- volwassenheidsscan ----------------------------------------------------------
async function volwassenheidsscan(p) {
  const url = plan.basis + p.pad;
  const r = {};
  const context = await browser.createBrowserContext();
  try {
    const { page, ms, toestand } = await open(context, url);
    r.start = { ms, toestand, melding: await melding(page) };
    await SCANS.volwassenheidsscan.zet(page, p.invoer);
    await wachtOp(page, verwachtFase, p.verwacht.fase);
    await wachtOp(page, KLAAR, null);
    r.invoer = await SCANS.volwassenheidsscan.lees(page);
    r.uitkomst = await SCANS.volwassenheidsscan.uitkomst(page);
    r.deellink = await stap("deellink", async () => ({ href: await deellink(page), ...(await volgLink(await deellink(page), "volwassenheidsscan", p.verwacht.fase)) }));
    r.export = await stap("export", () => exporteer(page, "volwassenheidsscan"));
    if (r.export.pad) r.import = await stap("import", () => importeer(url, r.export.pad, "volwassenheidsscan"));
  } finally {
    await context.close();
  }
  r.faal = await stap("faal", () => faalroute(p.pad));
  return r;
}

// --- afvinklijst: vinkjes op een opgavepagina, het overzicht telt ze ----------------
async function afvinklijst(p) {
  const url = plan.basis + p.pad;
  const r = {};
  const context = await browser.createBrowserContext();
  try {
    const opgave = await nieuwePagina(context);
    await opgave.goto(plan.basis + p.opgavepad, { waitUntil: "load" });
    r.aangevinkt = await opgave.evaluate((n) => {
      const vakjes = [...document.querySelectorAll(".checklist input[type=checkbox][data-item]")].slice(0, n);
      for (const v of vakjes) v.click();
      return vakjes.map((v) => Number(v.dataset.item));
    }, p.aantal);
    const { page, ms, toestand } = await open(context, url);
    r.start = { ms, toestand, melding: await melding(page) };
    await wachtOp(page, verwachtAantal, p.aantal);
    r.invoer = await SCANS.afvinklijst.lees(page);
    r.uitkomst = await SCANS.afvinklijst.uitkomst(page);
    // Het overzicht heeft geen deellink-knop; de link werkt wel (scans/afvinklijst.js).
    const href = `${url}#vinkjes=${r.invoer.join(",")}`;
    r.deellink = await stap("deellink", async () => ({ href, ...(await volgLink(href, "afvinklijst", p.aantal)) }));
    r.export = await stap("export", () => exporteer(page, "afvinklijst"));
    if (r.export.pad) r.import = await stap("import", () => importeer(url, r.export.pad, "afvinklijst"));
  } finally {
    await context.close();
  }
  r.faal = await stap("faal", () => faalroute(p.pad));
  return r;
}

// Material haalt na "load" nog de zoekindex op (fetch in de pagina). Sluit of herlaadt de
// stap de pagina tijdens die fetch, dan meldt Firefox NS_BINDING_ABORTED als onafgevangen
// fout. networkidle0 alleen was niet genoeg: op een drukke machine (de ronde loopt met
// lagere voorrang) begon de fetch soms pas na 500 ms stilte. Daarom wachten we tot de
// index echt binnen is (een resource-entry verschijnt pas als het antwoord compleet is).
async function wachtOpZoekindex(page) {
  await page.waitForFunction(
    () => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/search/search_index.json")),
    { timeout: 60_000, polling: 100 },
  );
}

// Firefox zet een aangevinkte checkbox na herladen terug. Material voorkwam dat
// voor het menu met autocomplete="off" (ongeldige HTML); nu doet md-basis.js het.
async function menuNaHerladen() {
  const context = await browser.createBrowserContext();
  try {
    const page = await nieuwePagina(context);
    await page.goto(plan.basis, { waitUntil: ["load", "networkidle0"] });
    await wachtOpZoekindex(page);
    await page.evaluate(() => {
      const s = document.getElementById("__drawer");
      s.checked = true;
      s.dispatchEvent(new Event("change"));
    });
    const voor = await page.evaluate(() => document.getElementById("__drawer").checked);
    // Na het herladen net zo: anders sluit de context tijdens die fetch.
    await page.reload({ waitUntil: ["load", "networkidle0"] });
    await wachtOpZoekindex(page);
    return { voor, na: await page.evaluate(() => document.getElementById("__drawer").checked) };
  } finally {
    await context.close();
  }
}

// --- de offline kopie (issue 14) -------------------------------------------------
// Toestemming geven, wachten op data-offline="klaar", dan zet de server van deze stap
// zichzelf uit (p.stop): de poort weigert daarna elke verbinding. Wat dan nog laadt,
// komt uit de service worker. Dit is de laatste stap: daarna is die server weg.
async function serverWeg(basis) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(basis, { signal: AbortSignal.timeout(1000) });
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

async function offline(p) {
  const r = {};
  const begin = Date.now();
  const context = await browser.createBrowserContext();
  try {
    const page = await nieuwePagina(context);
    // Wachten tot ook de zoekindex binnen is (zie wachtOpZoekindex): wie die fetch nog
    // openheeft als de server stopt of de pagina wegnavigeert, krijgt NS_BINDING_ABORTED.
    await page.goto(p.basis, { waitUntil: ["load", "networkidle0"] });
    await wachtOpZoekindex(page);
    r.voor = await page.evaluate(async () => ({
      registratie: Boolean(await navigator.serviceWorker.getRegistration()),
      caches: await caches.keys(),
    }));
    await page.click('[data-testid="offline-bewaren"]');
    r.klaar = await wachtOp(page, () => document.documentElement.dataset.offline === "klaar", null, 60_000);
    r.status = await page.$eval("[data-offline-status]", (s) => s.textContent.trim());
    r.na = await page.evaluate(async () => ({
      registratie: Boolean(await navigator.serviceWorker.getRegistration()),
      caches: await caches.keys(),
    }));
    await fetch(p.stop);
    r.serverWeg = await serverWeg(p.basis);
    // Elk bestand van de lijst, met de URL die de lezer gebruikt voor pagina's.
    r.bestanden = await page.evaluate(async (paden) => {
      const uit = {};
      await Promise.all(paden.map(async (pad) => {
        try {
          const a = await fetch(pad);
          uit[pad] = [a.status, (await a.arrayBuffer()).byteLength];
        } catch (fout) {
          uit[pad] = [String(fout), null];
        }
      }));
      return uit;
    }, p.bestanden);
    // Een pagina echt openen.
    const antwoord = await page.goto(p.basis + p.pagina, { waitUntil: "load" });
    r.pagina = { status: antwoord?.status() ?? null, titel: await page.title(), h1: await page.$eval("h1", (h) => h.textContent.trim()) };
    // Een scan: klaar, en hij rekent zoals wijktool (dezelfde invoer als de volwassenheidsscan).
    const { page: scan, toestand } = await open(context, p.basis + p.scan);
    await SCANS.volwassenheidsscan.zet(scan, p.invoer);
    await wachtOp(scan, verwachtFase, p.verwacht.fase);
    await wachtOp(scan, KLAAR, null);
    r.scan = { toestand, uitkomst: await SCANS.volwassenheidsscan.uitkomst(scan), melding: await melding(scan) };
    r.ms = Date.now() - begin;
  } finally {
    await context.close();
  }
  return r;
}

const DOE = { schuifoefening, volwassenheidsscan, afvinklijst };
try {
  uit.menu = await stap("menu", menuNaHerladen);
  for (const [naam, doe] of Object.entries(DOE)) {
    if (plan[naam]) uit.scans[naam] = await stap(naam, () => doe(plan[naam]));
  }
  if (plan.offline) uit.offline = await stap("offline", () => offline(plan.offline));
} finally {
  uit.paginafouten = fouten;
  writeFileSync(uitPad, JSON.stringify(uit, null, 2));
  await browser.close();
}
