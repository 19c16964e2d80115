"""Kleine HTML-hulpjes voor de macro's."""

from __future__ import annotations

from html import escape


def e(tekst: object) -> str:
    return escape(str(tekst), quote=True)


def attrs(**waarden: object) -> str:
    """attrs(data_item=3, klasse="x") -> ' data-item="3" class="x"'; None slaat over."""
    delen = []
    for naam, waarde in waarden.items():
        if waarde is None:
            continue
        naam = {"klasse": "class", "for_": "for"}.get(naam, naam.replace("_", "-"))
        delen.append(f' {naam}="{e(waarde)}"')
    return "".join(delen)


def tag(naam: str, inhoud: str = "", **waarden: object) -> str:
    return f"<{naam}{attrs(**waarden)}>{inhoud}</{naam}>"
