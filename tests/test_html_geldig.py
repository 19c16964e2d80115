"""Elke gebouwde pagina is geldige HTML volgens de W3C Nu HTML-checker
(npm vnu-jar op Debian's Java). De checker loopt één keer over alle pagina's, op de
achtergrond terwijl de andere tests lopen (conftest.py, `nu_meldingen`)."""

from __future__ import annotations

from hulp.nuchecker import html_paginas, nu_checker


def test_elke_pagina_is_geldige_html(gebouwde_site, nu_meldingen):
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]
    site = gebouwde_site.site
    bestanden = html_paginas(site)
    assert len(bestanden) >= 40, "minder pagina's gebouwd dan verwacht"
    # Zonder "url" gaat het om de checker zelf (bijvoorbeeld een onleesbaar bestand).
    fouten = [m for m in nu_meldingen if m.get("type") in ("error", "non-document-error") or "url" not in m]
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
