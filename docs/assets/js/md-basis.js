// Material for MkDocs zet deze hulpfuncties normaal inline in de <head>. Hier
// staan ze in een bestand, zodat de site een CSP zonder 'unsafe-inline' kan
// gebruiken. Inhoud gelijk aan partials/javascripts/base.html van Material 9.8.
var __md_scope = new URL(document.currentScript.dataset.mdScope, location),
  __md_hash = (e) => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0),
  __md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e)),
  __md_set = (e, _, t = localStorage, a = __md_scope) => {
    try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (e) { /* vol of uitgeschakeld */ }
  };
