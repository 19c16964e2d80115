/* Service worker voor de offline kopie van het handboek.
 *
 * De browser registreert dit bestand pas als de lezer op "Bewaar het handboek op dit
 * apparaat" klikt (assets/js/offline.js). Het staat in de hoofdmap van de site, zodat
 * het de hele site bedient. De lijst met bestanden maakt de bouw (hooks/offline.py):
 * offline-manifest.json, met een versie (hash van alle namen en inhoud).
 *
 * Cache: handboek-<versie>. Pas als alle bestanden erin staan, zetten we er een
 * merkteken in (offline-compleet). Een oude cache gaat pas weg als de nieuwe compleet is.
 * Bestanden met een hash in de naam (zie GEHASHT) neemt een nieuwe versie over uit de
 * oude cache: alleen wat echt veranderd kan zijn, gaat opnieuw over de lijn.
 *
 * Strategie bij een verzoek:
 * - pagina's (navigatie): eerst het netwerk, zodat de lezer de nieuwste tekst ziet;
 *   offline uit de cache (en anders 404.html uit de cache). Een trage lijn (wel
 *   verbinding, maar geen antwoord) is erger dan geen lijn: de browser wacht dan soms
 *   minuten. Staat de pagina in de cache en antwoordt het netwerk niet binnen TRAAG ms,
 *   dan krijgt de lezer de kopie uit de cache. Zonder kopie wachten we gewoon op het
 *   netwerk. Een laat antwoord van het netwerk gooien we weg: de cache schrijft alleen
 *   bewaar() vol, met de bestanden van één bouw, zodat pagina's, scripts en runtime in
 *   de cache altijd bij elkaar passen. Of er een nieuwe bouw is, ziet offline.js aan
 *   offline-manifest.json;
 * - bestanden met een hash in de naam (Pyodide-map, wiel, model, Material's *.min.js/css):
 *   eerst de cache; die inhoud verandert nooit onder dezelfde naam;
 * - andere bestanden van deze site (scripts zonder hash, zoekindex, stylesheets):
 *   eerst het netwerk, offline (of na TRAAG ms, als bij pagina's) de cache. Ze zijn klein
 *   en moeten bij de pagina's passen (de zoekindex hoort bij de tekst van de pagina's);
 *   stale-while-revalidate zou een bezoek lang een oude versie tonen. Ook voor hen geldt
 *   de grens: een pagina uit de cache heeft niets aan een stylesheet die op de trage lijn
 *   blijft hangen.
 */
"use strict";

const VOORVOEGSEL = "handboek-";
const BASIS = new URL("./", self.location.href);
const LIJST = new URL("offline-manifest.json", BASIS).href;
const MERK = new URL("offline-compleet", BASIS).href;
const kanaal = new BroadcastChannel("handboek-offline");
/* 3 seconden, zoals het voorbeeld bij Workbox (networkTimeoutSeconds). Een pagina is
   gecomprimeerd enkele tientallen kB; op een gewone mobiele lijn is die er binnen een
   seconde, ook op langzaam 3G meestal binnen twee. Wie na 3 seconden nog niets heeft,
   zit op een lijn die het wachten niet waard is. Veel korter zou op een redelijke lijn
   onnodig een oudere kopie tonen. */
const TRAAG = 3000;
const GEHASHT = [
  /\/assets\/pyodide\/[0-9a-f]{16}\//,
  /\/assets\/wijktool\/[a-z]+\.[0-9a-f]{16}\.(whl|json)$/,
  /\.[0-9a-f]{8}\.min\.(js|css)$/,
];

const gehasht = (url) => GEHASHT.some((r) => r.test(new URL(url).pathname));

let bezig = null;

async function compleet(naam) {
  const cache = await caches.open(naam);
  return Boolean(await cache.match(MERK));
}

async function oudeWeg(behalve) {
  for (const naam of await caches.keys()) {
    if (naam.startsWith(VOORVOEGSEL) && naam !== behalve) await caches.delete(naam);
  }
}

/* Haal alle bestanden van de lijst op in handboek-<versie>. Mislukt er één, dan gaat
   deze (halve) cache weg en meldt het kanaal een fout. */
async function bewaar() {
  const lijst = await (await fetch(LIJST, { cache: "no-store" })).json();
  const naam = VOORVOEGSEL + lijst.versie;
  if (await compleet(naam)) {
    await oudeWeg(naam);
    kanaal.postMessage({ soort: "klaar", versie: lijst.versie, nieuw: false });
    return;
  }
  const cache = await caches.open(naam);
  const totaal = lijst.bestanden.length;
  let klaar = 0;
  try {
    const rij = lijst.bestanden.slice();
    const haal = async () => {
      while (rij.length) {
        const url = new URL(rij.shift(), BASIS).href;
        // Een bestand met een hash in de naam verandert nooit. Staat het al in de kopie
        // van een vorige bouw, dan hoeft het niet opnieuw over de lijn: zo haalt een
        // nieuwe versie van het handboek niet weer de hele runtime (het grootste deel).
        const oud = gehasht(url) ? await caches.match(url) : undefined;
        const antwoord = oud || await fetch(url, { cache: "no-cache" });
        if (!antwoord.ok) throw new Error(`${url}: ${antwoord.status}`);
        await cache.put(url, antwoord);
        klaar += 1;
        if (klaar % 10 === 0 || klaar === totaal) {
          kanaal.postMessage({ soort: "voortgang", klaar, totaal, bytes: lijst.bytes });
        }
      }
    };
    await Promise.all([haal(), haal(), haal(), haal()]);
    await cache.put(MERK, new Response(lijst.versie));
  } catch (fout) {
    await caches.delete(naam);
    kanaal.postMessage({ soort: "fout", melding: String(fout) });
    throw fout;
  }
  const hadOude = (await caches.keys()).some((n) => n.startsWith(VOORVOEGSEL) && n !== naam);
  await oudeWeg(naam);
  kanaal.postMessage({ soort: "klaar", versie: lijst.versie, nieuw: hadOude });
}

function eenKeer() {
  if (!bezig) bezig = bewaar().finally(() => { bezig = null; });
  return bezig;
}

self.addEventListener("install", (event) => {
  event.waitUntil(eenKeer().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.soort === "bijwerken") event.waitUntil(eenKeer().catch(() => {}));
});

async function uitCache(request) {
  const url = new URL(request.url);
  let antwoord = await caches.match(request, { ignoreSearch: true });
  if (!antwoord && url.pathname.endsWith("/")) {
    antwoord = await caches.match(new URL("index.html", url).href);
  }
  return antwoord;
}

/* Het netwerk, maar niet langer dan TRAAG ms als er een kopie in de cache staat. */
async function netwerkOfKopie(request) {
  const netwerk = fetch(request);
  const kopie = await uitCache(request);
  if (!kopie) return netwerk;
  netwerk.catch(() => {}); // wint de kopie, dan kan een latere netwerkfout geen melding meer geven
  let wekker;
  const traag = new Promise((klaar) => { wekker = setTimeout(() => klaar(kopie), TRAAG); });
  try {
    return await Promise.race([netwerk, traag]);
  } catch {
    return kopie; // het netwerk gaf een fout vóór de grens: offline
  } finally {
    clearTimeout(wekker);
  }
}

async function netwerkEerst(request, pagina) {
  try {
    return await netwerkOfKopie(request);
  } catch (fout) {
    const antwoord = await uitCache(request);
    if (antwoord) return antwoord;
    if (pagina) {
      const vervang = await caches.match(new URL("404.html", BASIS).href);
      if (vervang) return vervang;
    }
    throw fout;
  }
}

async function cacheEerst(request) {
  return (await uitCache(request)) || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(BASIS.href)) return;
  if (url.href === LIJST) return; // altijd van het netwerk: zo ziet de pagina een nieuwe versie
  if (request.mode === "navigate") {
    event.respondWith(netwerkEerst(request, true));
  } else if (gehasht(url)) {
    event.respondWith(cacheEerst(request));
  } else {
    event.respondWith(netwerkEerst(request, false));
  }
});
