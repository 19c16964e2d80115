"""Links naar pagina's van de site, relatief aan de pagina waar de HTML komt.

Een renderer krijgt een `Naar`: een functie van een pad vanaf de wortel van de
site ('profielen/ontwikkelende-gemeente/') naar een link die vanaf de huidige
pagina klopt. Bij het bouwen geeft MkDocs die functie (macros/__init__.py); in
de browser maakt `vanaf` hem uit de weg naar de wortel die de pagina meegeeft.
Zo kent geen renderer de diepte van een pagina. Alleen standaardbibliotheek."""

from __future__ import annotations

from collections.abc import Callable

Naar = Callable[[str], str]


def vanaf(basis: str) -> Naar:
    """vanaf('../')('opgaven/profiel/') == '../opgaven/profiel/'."""
    if basis and not basis.endswith("/"):
        basis += "/"
    if (
        basis.startswith(("/", "http:", "https:", "javascript:"))
        or "//" in basis
        or any(d not in ("", ".", "..") for d in basis.split("/"))
    ):
        # Alleen ./ en ../-stappen: een basis uit de pagina mag nergens anders heen wijzen.
        raise ValueError(f"ongeldige basis voor links: {basis!r}")
    return lambda doel: f"{basis}{doel}"
