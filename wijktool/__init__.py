"""wijktool: het getypeerde model van het handboek wijkgericht werken.

De modules model, fouten, velden, opbouw (en later de scans) gebruiken alleen
de standaardbibliotheek, zodat ze ongewijzigd in Pyodide draaien. Alleen
wijktool.laden leest YAML en hoort bij het bouwen van de site.
"""

__version__ = "0.1.0"
