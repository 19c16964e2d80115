"""Geen kapotte link of anker in de gebouwde site: elke href en src in elk
HTML-bestand wijst naar een bestaand bestand (en een bestaand id)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

BASIS = "http://site.test/"


class Verwijzingen(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, url)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for sleutel in ("id", "name") if tag == "a" else ("id",):
            if a.get(sleutel):
                self.ids.add(a[sleutel])
        for sleutel in ("href", "src"):
            if a.get(sleutel) is not None:
                self.links.append((tag, a[sleutel]))
        if a.get("srcset"):
            self.links += [(tag, deel.split()[0]) for deel in a["srcset"].split(",") if deel.strip()]


def ontleed(bestand: Path) -> Verwijzingen:
    v = Verwijzingen()
    v.feed(bestand.read_text(encoding="utf-8"))
    return v


def doelbestand(site: Path, pad: str) -> Path:
    doel = site / unquote(pad).lstrip("/")
    return doel / "index.html" if pad.endswith("/") or doel.is_dir() else doel


def test_geen_kapotte_links_of_ankers(gebouwde_site):
    site = gebouwde_site.site
    paginas = {p: ontleed(p) for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts}
    assert len(paginas) >= 40
    kapot, extern = [], []
    for bestand, v in paginas.items():
        url = BASIS + str(bestand.relative_to(site)).replace("index.html", "")
        for tag, link in v.links:
            if not link or link.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            doel = urlparse(urljoin(url, link))
            if doel.netloc != "site.test":
                if tag != "a":
                    kapot.append(f"{bestand.relative_to(site)}: <{tag}> laadt iets van een andere host: {link}")
                else:
                    extern.append(link)
                continue
            doelpad = doelbestand(site, doel.path)
            if not doelpad.exists():
                kapot.append(f"{bestand.relative_to(site)}: {link} → bestaat niet")
                continue
            if doel.fragment and doelpad.suffix == ".html":
                ids = paginas[doelpad].ids if doelpad in paginas else ontleed(doelpad).ids
                if unquote(doel.fragment) not in ids:
                    kapot.append(f"{bestand.relative_to(site)}: {link} → anker #{doel.fragment} bestaat niet")
    assert not kapot, "\n".join(kapot)
    # Externe links mogen alleen als gewone link in de tekst, en het zijn er weinig.
    assert len(set(extern)) < 20, sorted(set(extern))
