"""Elke gebouwde pagina is geldige HTML volgens de W3C Nu HTML-checker
(npm vnu-jar op Debian's Java). Eén aanroep van de checker voor alle pagina's:
Java opstarten kost meer dan het controleren zelf."""

from __future__ import annotations

import json
import subprocess

from hulp.werktuigen import VNU_JAR, nodig, programma


def html_paginas(site) -> list:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


def nu_checker(bestanden: list) -> list[dict]:
    """De meldingen van de Nu-checker (fouten en waarschuwingen) voor deze bestanden."""
    java = programma("java", "default-jre-headless")
    uit = subprocess.run(
        [
            java,
            "-jar",
            str(nodig(VNU_JAR, "de Nu HTML-checker (npm vnu-jar)")),
            "--format",
            "json",
            "--exit-zero-always",
            *map(str, bestanden),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # De checker schrijft zijn rapport naar stderr.
    return json.loads(uit.stderr)["messages"]


def test_elke_pagina_is_geldige_html(gebouwde_site):
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]
    site = gebouwde_site.site
    bestanden = html_paginas(site)
    assert len(bestanden) >= 40, "minder pagina's gebouwd dan verwacht"
    meldingen = nu_checker(bestanden)
    # Zonder "url" gaat het om de checker zelf (bijvoorbeeld een onleesbaar bestand).
    fouten = [m for m in meldingen if m.get("type") in ("error", "non-document-error") or "url" not in m]
    regels = [
        f"{m.get('url', '?').split(str(site), 1)[-1].lstrip('/')}:{m.get('lastLine', '?')}: {m.get('message')}\n    {m.get('extract', '').strip()[:160]}"
        for m in fouten
    ]
    print(f"Nu-checker: {len(bestanden)} pagina's, {len(fouten)} fouten")
    assert not fouten, f"{len(fouten)} HTML-fouten:\n" + "\n".join(regels)


def test_checker_vindt_een_fout(tmp_path):
    """De test hierboven kan falen: een bekende fout wordt gemeld, met regel."""
    kapot = tmp_path / "kapot.html"
    kapot.write_text('<!doctype html><html lang="nl"><title>x</title><p><label tabindex="">x</label></p></p>', encoding="utf-8")
    fouten = [m for m in nu_checker([kapot]) if m.get("type") == "error"]
    assert any("tabindex" in m["message"] for m in fouten)
    assert any("end tag" in m["message"] and m.get("lastLine") == 1 for m in fouten)
