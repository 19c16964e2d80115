"""wijktool: het model en de scans van het handboek wijkgericht werken.

De lagen, elk een map:

- model/     de inhoud als onveranderlijke dataclasses, de fouten met hun pad,
             de controles en het opbouwen uit ruwe data (dicts en lijsten);
- scans/     per scan één module: invoer lezen, rekenen, weergave en het
             exportbestand (contract.py), plus het register;
- weergave/  de HTML-hulp (ook voor macros/), links zonder vaste diepte, en
             per scan de HTML van de uitkomst;
- browser.py de ingang voor de worker: een verdeler over het register.

Dit alles gebruikt alleen de standaardbibliotheek en draait ongewijzigd in
Pyodide. Alleen laden.py leest YAML (PyYAML) en hoort bij het bouwen van de site.
"""

__version__ = "0.1.0"
