"""Gedeelde stukken van de scanpagina's: de configuratie voor de worker, de
statusregel en de knoppen voor delen, bewaren, exporteren en printen."""

from __future__ import annotations

import json
from typing import Callable

from .html import tag

Naar = Callable[[str], str]


def config(naar: Naar, **extra) -> str:
    # "runtime:…": de namen met inhoudshash, die hooks/runtime.py per bouw bepaalt.
    return json.dumps({
        "worker": naar("assets/js/wijktool-worker.js"),
        "pyodide": naar("runtime:pyodide"),
        "wiel": naar("runtime:wiel"),
        "model": naar("runtime:model"),
        **extra,
    })


def status() -> str:
    return (
        tag("p", "De rekenhulp wordt geladen. U kunt al kiezen.", klasse="scan-status", role="status", data_testid="status")
        + '<div class="scan-melding admonition warning" role="alert" data-testid="melding" hidden></div>'
    )


def knoppen(deellink: bool = True, bewaar: bool = True) -> str:
    delen = []
    if deellink:
        delen.append(
            '<p class="scan-deel">Deellink: <a data-testid="deel-link" href="#">link naar deze keuzes</a> '
            '<button type="button" class="md-button" data-actie="kopieer">Kopieer de link</button></p>'
        )
    rij = []
    if bewaar:
        rij.append('<button type="button" class="md-button md-button--primary" data-actie="bewaar">Bewaar op dit apparaat</button>')
    rij += [
        '<button type="button" class="md-button" data-actie="wis">Wis</button>',
        '<button type="button" class="md-button" data-actie="exporteer">Exporteer naar een bestand</button>',
        '<label class="md-button scan-importeer">Importeer een bestand <input type="file" accept="application/json,.json" data-actie="importeer"></label>',
        '<button type="button" class="md-button" data-actie="print">Print de uitkomst</button>',
    ]
    delen.append(tag("p", " ".join(rij), klasse="scan-knoppen"))
    delen.append('<div data-plek="vergelijking"></div>')
    return tag("div", "".join(delen), klasse="scan-bediening")
