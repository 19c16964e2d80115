"""MkDocs-hook: haalt `autocomplete` weg van checkboxen in de uitvoer.

Material's base.html zet autocomplete="off" op de schakelaars van menu en
zoeken (#__drawer, #__search), buiten elk blok dat we kunnen vervangen. Op een
checkbox is dat geen geldige HTML (tests/test_html_geldig.py, de Nu-checker).
Material gebruikt het om te voorkomen dat Firefox de schakelaars na verversen
open terugzet; dat doet docs/assets/js/md-basis.js nu bij `pageshow`.
Liever dit dan heel base.html kopiëren en bij elke versie van Material bijhouden.
"""

from __future__ import annotations

import re

_CHECKBOX = re.compile(r'<input\b[^>]*\btype="checkbox"[^>]*>')
_AUTOCOMPLETE = re.compile(r'\s+autocomplete="[^"]*"')


def zonder_autocomplete_op_checkbox(html: str) -> str:
    return _CHECKBOX.sub(lambda m: _AUTOCOMPLETE.sub("", m.group(0)), html)


def on_post_page(output: str, **_) -> str:
    return zonder_autocomplete_op_checkbox(output)


def on_post_template(output_content: str, template_name: str, **_) -> str:
    # 404.html is een sjabloon van het thema, geen pagina.
    if template_name.endswith(".html"):
        return zonder_autocomplete_op_checkbox(output_content)
    return output_content
