"""`mkdocs serve` (bash scripts/serve.sh) neemt wijzigingen in data/, wijktool/ en
macros/ over zonder herstart, en blijft draaien na een fout in de bouw.

Het scenario zelf staat in hulp/serve.py: het loopt op de achtergrond terwijl de andere
tests lopen; deze test leest als laatste de uitkomst."""

from __future__ import annotations


def test_serve_neemt_wijzigingen_over_en_overleeft_fouten(serve_scenario):
    serve_scenario.uitkomst()
