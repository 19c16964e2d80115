"""axe-core (uit npm, vastgepind in package.json) in een echte browserpagina."""

from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
REGELS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def overtredingen(page) -> list[dict]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    uitkomst = page.evaluate("(regels) => axe.run(document, { runOnly: { type: 'tag', values: regels } })", REGELS)
    return uitkomst["violations"]


def beschrijf(pagina: str, gevonden: list[dict]) -> str:
    regels = []
    for v in gevonden:
        doelen = ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:3])
        regels.append(f"{pagina}: {v['id']} ({v['impact']}, {len(v['nodes'])}×) bij {doelen}")
    return "\n".join(regels)
