"""axe-core (uit npm, vastgepind in package.json) in een echte browserpagina."""

from __future__ import annotations

from functools import cache

from .paden import REPO

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
REGELS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@cache
def laadscript() -> str:
    """axe-core als functie voor page.evaluate. Via evaluate (DevTools) en niet als
    <script>-tag: zo werkt het ook onder de strenge CSP van de site, en telt axe zelf
    niet als CSP-overtreding."""
    return "() => {\n" + AXE.read_text(encoding="utf-8") + "\n}"


# axe draaien met de regels van WCAG 2.1 AA (REGELS als argument).
DRAAI = "(regels) => axe.run(document, { runOnly: { type: 'tag', values: regels }, resultTypes: ['violations'] })"


def overtredingen(page) -> list[dict]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(laadscript())
    return page.evaluate(DRAAI, REGELS)["violations"]


def beschrijf(pagina: str, gevonden: list[dict]) -> str:
    regels = []
    for v in gevonden:
        doelen = ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:3])
        regels.append(f"{pagina}: {v['id']} ({v['impact']}, {len(v['nodes'])}×) bij {doelen}")
    return "\n".join(regels)
