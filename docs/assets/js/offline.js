/* De offline kopie van het handboek: knop, voortgang en melding van een nieuwe versie.
 * Op elke pagina geladen (defer, overrides/main.html). Zonder toestemming doet dit script
 * niets op het netwerk: het kijkt alleen of er al een service worker geregistreerd is.
 * De service worker zelf: offline-werker.js in de hoofdmap van de site. */
(() => {
  "use strict";
  const html = document.documentElement;
  const vak = document.querySelector("[data-offline-kopie]");
  if (!("serviceWorker" in navigator) || !("caches" in window) || !window.isSecureContext) {
    if (vak) {
      vak.hidden = false;
      vak.querySelector("[data-offline-knoppen]").hidden = true;
      melding("Uw browser kan het handboek niet op dit apparaat bewaren.");
    }
    return;
  }
  const BASIS = new URL("../../", document.currentScript.src);
  const VOORVOEGSEL = "handboek-"; // van de caches; dezelfde als in offline-werker.js
  const WERKER = new URL("offline-werker.js", BASIS).href;
  const MERK = new URL("offline-compleet", BASIS).href;
  const bewaarKnop = vak && vak.querySelector('[data-testid="offline-bewaren"]');
  const wisKnop = vak && vak.querySelector("[data-offline-verwijderen]");
  let versieBijLaden = null;

  function melding(tekst) {
    const status = vak && vak.querySelector("[data-offline-status]");
    if (status) status.textContent = tekst;
  }

  function nietGelukt() {
    melding("Het opslaan is niet gelukt. Controleer uw internetverbinding en probeer het opnieuw.");
  }

  function toon(bewaard) {
    if (!vak) return;
    vak.hidden = false;
    bewaarKnop.hidden = bewaard;
    wisKnop.hidden = !bewaard;
  }

  async function completeVersie() {
    for (const naam of await caches.keys()) {
      if (!naam.startsWith(VOORVOEGSEL)) continue;
      const merk = await (await caches.open(naam)).match(MERK);
      if (merk) return merk.text();
    }
    return null;
  }

  function nieuweVersie() {
    if (document.querySelector("[data-offline-nieuw]")) return;
    const blok = document.createElement("div");
    blok.className = "admonition info offline-nieuw";
    blok.setAttribute("role", "status");
    blok.dataset.offlineNieuw = "";
    const titel = document.createElement("p");
    titel.className = "admonition-title";
    titel.textContent = "Er is een nieuwe versie van het handboek";
    const tekst = document.createElement("p");
    tekst.textContent = "De offline kopie op dit apparaat is bijgewerkt. Laad de pagina opnieuw om de nieuwe versie te zien. ";
    const knop = document.createElement("button");
    knop.type = "button";
    knop.className = "md-button md-button--primary";
    knop.textContent = "Pagina opnieuw laden";
    knop.addEventListener("click", () => location.reload());
    blok.append(titel, tekst, knop);
    (document.querySelector(".md-content__inner") || document.body).prepend(blok);
  }

  const kanaal = new BroadcastChannel("handboek-offline");
  kanaal.addEventListener("message", async ({ data }) => {
    if (data.soort === "voortgang") {
      melding(`Bezig met opslaan: ${data.klaar} van ${data.totaal} bestanden.`);
    } else if (data.soort === "klaar") {
      html.dataset.offline = "klaar";
      toon(true);
      if (versieBijLaden && data.versie !== versieBijLaden) {
        versieBijLaden = data.versie;
        nieuweVersie();
      } else {
        versieBijLaden = data.versie;
        melding("Klaar. Het handboek staat op dit apparaat. U kunt het nu ook zonder internet lezen.");
      }
    } else if (data.soort === "fout") {
      if (html.dataset.offline !== "klaar") {
        nietGelukt();
        toon(false);
        const reg = await navigator.serviceWorker.getRegistration(BASIS.href);
        if (reg && !(await completeVersie())) await reg.unregister();
      }
    }
  });

  async function bewaar() {
    bewaarKnop.disabled = true;
    melding("Bezig met opslaan. Dit kan even duren.");
    try {
      const reg = await navigator.serviceWorker.register(WERKER, { scope: BASIS.href });
      const werker = reg.active || reg.waiting;
      if (werker) werker.postMessage({ soort: "bijwerken" });
    } catch (fout) {
      nietGelukt();
    } finally {
      bewaarKnop.disabled = false;
    }
  }

  async function verwijder() {
    const reg = await navigator.serviceWorker.getRegistration(BASIS.href);
    if (reg) await reg.unregister();
    for (const naam of await caches.keys()) {
      if (naam.startsWith(VOORVOEGSEL)) await caches.delete(naam);
    }
    delete html.dataset.offline;
    toon(false);
    melding("De offline kopie is verwijderd.");
  }

  async function start() {
    if (bewaarKnop) bewaarKnop.addEventListener("click", bewaar);
    if (wisKnop) wisKnop.addEventListener("click", verwijder);
    const reg = await navigator.serviceWorker.getRegistration(BASIS.href);
    if (!reg) {
      toon(false);
      return;
    }
    versieBijLaden = await completeVersie();
    if (versieBijLaden && reg.active) html.dataset.offline = "klaar";
    toon(Boolean(versieBijLaden));
    if (!reg.active || !navigator.onLine) return;
    // Een kleine vraag: is er een nieuwe bouw? Dan haalt de service worker die op.
    try {
      const lijst = await (await fetch(new URL("offline-manifest.json", BASIS), { cache: "no-store" })).json();
      if (lijst.versie !== versieBijLaden) reg.active.postMessage({ soort: "bijwerken" });
    } catch {
      /* offline of de server geeft geen lijst: dan blijft de kopie zoals hij is */
    }
  }

  start();
})();
