"""Een kleine HTML-boom met html.parser (standaardbibliotheek), om de uitvoer
van de macro's en de gebouwde pagina's te controleren."""

from __future__ import annotations

from html.parser import HTMLParser

# Elementen zonder eindtag in HTML.
LEEG = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Knoop:
    def __init__(self, tag: str, attrs: dict[str, str | None]):
        self.tag = tag
        self.attrs = attrs
        self.kinderen: list[Knoop | str] = []

    def __repr__(self) -> str:
        return f"<{self.tag} {self.attrs}>"

    def get(self, naam: str) -> str | None:
        return self.attrs.get(naam)

    def __getitem__(self, naam: str) -> str:
        return self.attrs[naam]

    @property
    def klassen(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def tekst(self) -> str:
        return "".join(k if isinstance(k, str) else k.tekst() for k in self.kinderen)

    def afstammelingen(self):
        for kind in self.kinderen:
            if isinstance(kind, Knoop):
                yield kind
                yield from kind.afstammelingen()

    def alle(self, tag: str | None = None, klasse: str | None = None, **attrs: str | bool) -> list[Knoop]:
        """Alle afstammelingen met deze tag, class en attributen. Een attribuut
        met waarde True hoeft er alleen te zijn; data_item betekent data-item."""
        uit = []
        for k in self.afstammelingen():
            if tag is not None and k.tag != tag:
                continue
            if klasse is not None and klasse not in k.klassen:
                continue
            if all(_past(k, naam.replace("_", "-"), waarde) for naam, waarde in attrs.items()):
                uit.append(k)
        return uit

    def een(self, tag: str | None = None, klasse: str | None = None, **attrs: str | bool) -> Knoop:
        """Precies één afstammeling die past; anders faalt de test."""
        gevonden = self.alle(tag, klasse, **attrs)
        assert len(gevonden) == 1, f"verwacht precies één <{tag} class={klasse} {attrs}>, gevonden {len(gevonden)}"
        return gevonden[0]

    def kinderen_met(self, tag: str) -> list[Knoop]:
        return [k for k in self.kinderen if isinstance(k, Knoop) and k.tag == tag]


def _past(knoop: Knoop, naam: str, waarde: str | bool) -> bool:
    if waarde is True:
        return naam in knoop.attrs
    return knoop.attrs.get(naam) == waarde


class _Bouwer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.wortel = Knoop("#wortel", {})
        self.stapel = [self.wortel]

    def handle_starttag(self, tag, attrs):
        knoop = Knoop(tag, dict(attrs))
        self.stapel[-1].kinderen.append(knoop)
        if tag not in LEEG:
            self.stapel.append(knoop)

    def handle_startendtag(self, tag, attrs):
        self.stapel[-1].kinderen.append(Knoop(tag, dict(attrs)))

    def handle_endtag(self, tag):
        # Sluit tot en met de laatst geopende tag met deze naam (HTML mag
        # eindtags weglaten); een losse eindtag wordt genegeerd.
        for i in range(len(self.stapel) - 1, 0, -1):
            if self.stapel[i].tag == tag:
                del self.stapel[i:]
                return

    def handle_data(self, data):
        self.stapel[-1].kinderen.append(data)


def ontleed(html: str) -> Knoop:
    bouwer = _Bouwer()
    bouwer.feed(html)
    bouwer.close()
    return bouwer.wortel
