// Als Material's inline script in partials/javascripts/content.html: open een
// tabblad (content tabs) als de link ernaar wijst. In een bestand voor de CSP.
var target = document.getElementById(location.hash.slice(1));
target && target.name && (target.checked = target.name.startsWith("__tabbed_"));
