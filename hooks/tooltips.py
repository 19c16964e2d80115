"""MkDocs-hook: een tooltip (<abbr>) bij elk begrip uit data/begrippen.yml, op elke pagina.

De abbr-extensie van Markdown werkt alleen op Markdown-tekst. Veel tekst komt als
HTML uit de macro's (checklistitems, voorbeelden, feitenkaders); daar kwam nooit een
tooltip. Deze hook werkt op de HTML van de pagina, dus ook daarop. Niet in links,
koppen, code, knoppen en bestaande <abbr>, en niet in de begrippenlijst zelf (dt)."""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from pathlib import Path

from wijktool.laden import laad_handboek

OVERSLAAN = {
    "a",
    "abbr",
    "script",
    "style",
    "code",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "button",
    "dt",
    "svg",
    "title",
    "textarea",
    "option",
    "summary",
}
# Bronbeschrijvingen blijven letterlijk zoals in data/bronnen.yml (en zoals op papier).
OVERSLAAN_KLASSEN = {"bronregel", "bronnenlijst", "bronvermelding"}
_TAG = re.compile(r"(<[^>]+>)")
_KLASSE = re.compile(r'class="([^"]*)"')
_NAAM = re.compile(r"</?\s*([a-zA-Z0-9]+)")


@lru_cache(maxsize=4)
def _begrippen(data: str) -> tuple[re.Pattern, dict[str, str]]:
    uitleg = {}
    for b in laad_handboek(Path(data)).begrippen:
        for vorm in b.vormen:
            uitleg[vorm] = " ".join(b.uitleg.split())
    # Langste vorm eerst, zodat "planning- en controlcyclus" wint van een korter deel.
    vormen = sorted(uitleg, key=len, reverse=True)
    patroon = re.compile(r"(?<![\w])(" + "|".join(re.escape(v) for v in vormen) + r")(?![\w])")
    return patroon, uitleg


def met_tooltips(html: str, patroon: re.Pattern, uitleg: dict[str, str]) -> str:
    uit: list[str] = []
    open_: list[str] = []
    for deel in _TAG.split(html):
        if deel.startswith("<"):
            naam = _NAAM.match(deel)
            if naam and not deel.endswith("/>"):
                tag = naam.group(1).lower()
                if deel.startswith("</"):
                    if tag in open_:
                        while open_ and open_.pop() != tag:
                            pass
                elif tag in OVERSLAAN or open_:
                    open_.append(tag)
                else:
                    klasse = _KLASSE.search(deel)
                    if klasse and OVERSLAAN_KLASSEN & set(klasse.group(1).split()):
                        open_.append(tag)
            uit.append(deel)
        elif open_ or not deel.strip():
            uit.append(deel)
        else:
            uit.append(patroon.sub(lambda m: f'<abbr title="{escape(uitleg[m.group(1)], quote=True)}">{m.group(1)}</abbr>', deel))
    return "".join(uit)


def on_page_content(html, page, config, files):
    patroon, uitleg = _begrippen(str(Path(config["config_file_path"]).parent / "data"))
    return met_tooltips(html, patroon, uitleg)
