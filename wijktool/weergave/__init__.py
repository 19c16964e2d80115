"""Weergave: HTML uit het model en uit de uitkomsten van de scans.

`html` is de enige HTML-hulp (ook voor macros/), `links` bouwt links zonder
vaste diepte; per scan één module met dezelfde naam als in wijktool/scans/.
Alleen standaardbibliotheek: dezelfde HTML bij het bouwen en in de browser."""
