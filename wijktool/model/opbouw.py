"""Bouwt het Handboek uit ruwe data (dicts en lijsten) en controleert die.

De ruwe data komt uit YAML (wijktool.laden, bij het bouwen) of uit JSON (in de
browser); dit module kent alleen de standaardbibliotheek. Elk bestand is een
rij `Lijst`-schema's (welke lijst, hoe één element gebouwd wordt, wat uniek
moet zijn, hoeveel er moeten zijn); daarna volgen de controles over
bestanden heen. Fouten worden per item verzameld, zodat één run alle fouten
laat zien."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import velden as v
from .fouten import DataFout, Pad, Verzameling
from .handboek import (
    KWALIFICATIES,
    ONTWIKKELINGSFASEN,
    STAND_MAX,
    STAND_MIN,
    Begrip,
    Bron,
    Cel,
    Fase,
    Gelijkenis,
    Gemeente,
    Handboek,
    Item,
    Koppeling,
    Niveau,
    Oordeel,
    Opgave,
    Profiel,
    Scanregels,
    Schuif,
    Stand,
    Thema,
    Voorbeeld,
    Voorwaarde,
    Waarde,
    Waarnemingsregel,
)

# De bronnen leggen deze aantallen vast; een afwijking betekent dat er iets
# verloren is gegaan of dubbel staat.
AANTAL = {"opgaven": 10, "items": 97, "waarden": 10, "schuiven": 5, "profielen": 5, "fases": 4, "themas": 6}

BESTANDEN = (
    "bronnen",
    "opgaven",
    "waarden",
    "schuiven",
    "profielen",
    "volwassenheid",
    "koppelingen",
    "gemeenten",
    "voorbeelden",
    "begrippen",
    "scans",
)


def bestandsnaam(onderwerp: str) -> str:
    return f"data/{onderwerp}.yml"


# --- het schema: een lijst in een bestand -------------------------------------


@dataclass(frozen=True)
class Lijst:
    """Een lijst in een databestand: `bouw` maakt van één ruw element een object."""

    sleutel: str
    soort: str
    bouw: Callable[[Any, Pad], Any]
    uniek: tuple[str, ...] = ()
    aantal: int | None = None


def _label(soort: str, ruw: Any, positie: int) -> str:
    """'opgave 3 (open-podium)': nummer (of positie) en slug of term als die er zijn."""
    nummer = ruw.get("nummer") if isinstance(ruw, dict) else None
    naam = next((ruw[k] for k in ("slug", "term", "code") if isinstance(ruw, dict) and isinstance(ruw.get(k), str) and ruw[k]), None)
    label = f"{soort} {nummer if isinstance(nummer, int) and not isinstance(nummer, bool) else positie}"
    return f"{label} ({naam})" if naam else label


def _uniek(paren: list[tuple[Any, Pad]], veld: str, verz: Verzameling) -> None:
    gezien: dict[Any, Pad] = {}
    for ding, pad in paren:
        waarde = getattr(ding, veld)
        if waarde in gezien:
            verz.meld(pad / veld, f"'{waarde}' komt twee keer voor (ook bij {gezien[waarde]})")
        else:
            gezien[waarde] = pad


def lees_lijst(tabel: dict, pad: Pad, lijst: Lijst, verz: Verzameling) -> list[tuple[Any, Pad]]:
    """Bouw elk element; een fout in één element houdt de andere niet tegen.
    Geeft (object, pad) per gelukt element."""
    ruw_lijst = v.lijst(tabel, lijst.sleutel, pad)
    gebouwd = []
    for positie, ruw in enumerate(ruw_lijst, 1):
        epad = pad / _label(lijst.soort, ruw, positie)
        ding = verz.probeer(lijst.bouw, ruw, epad)
        if ding is not None:
            gebouwd.append((ding, epad))
    for veld in lijst.uniek:
        _uniek(gebouwd, veld, verz)
    # Het aantal in het bestand (ook kapotte), zodat één fout geen tweede telfout geeft.
    if lijst.aantal is not None and len(ruw_lijst) != lijst.aantal:
        verz.meld(pad / lijst.sleutel, f"verwacht {lijst.aantal} {lijst.sleutel}, gevonden {len(ruw_lijst)}")
    return gebouwd


@dataclass
class Gelezen:
    """Een gelezen bestand: de lijsten (object, pad), het pad en de bron."""

    lijsten: dict[str, list[tuple[Any, Pad]]]
    tabel: dict
    pad: Pad
    bron: str | None
    verz: Verzameling

    def objecten(self, sleutel: str) -> tuple:
        return tuple(ding for ding, _ in self.lijsten[sleutel])

    def compleet(self, sleutel: str) -> bool:
        """Kon elk element gelezen worden? Anders volgen vervolgfouten vanzelf uit de eerste."""
        return len(self.lijsten[sleutel]) == len(self.tabel[sleutel])


def lees_bestand(ruw: Any, onderwerp: str, lijsten: tuple[Lijst, ...], bronslugs: set[str] | None = None) -> Gelezen:
    """De bovenkant van een bestand (`bron:` als bronslugs gegeven is) plus de lijsten."""
    pad = Pad(bestandsnaam(onderwerp))
    sleutels = tuple(lijst.sleutel for lijst in lijsten)
    tabel = v.tabel(ruw, pad, sleutels if bronslugs is None else ("bron", *sleutels))
    bron = None
    if bronslugs is not None:
        bron = v.bekende_slug(tabel, "bron", pad, bronslugs, "bron")
    verz = Verzameling()
    return Gelezen({lijst.sleutel: lees_lijst(tabel, pad, lijst, verz) for lijst in lijsten}, tabel, pad, bron, verz)


# --- bronnen.yml -----------------------------------------------------------


def _bron(ruw: Any, pad: Pad) -> Bron:
    t = v.tabel(ruw, pad, ("slug", "kort", "titel", "auteurs", "uitgever", "jaar", "plaats", "bestanden", "citaat"))
    return Bron(
        slug=v.slug(t, "slug", pad),
        kort=v.tekst(t, "kort", pad),
        titel=v.tekst(t, "titel", pad),
        auteurs=v.tekst(t, "auteurs", pad),
        uitgever=v.tekst_of_niets(t, "uitgever", pad),
        jaar=v.geheel_of_niets(t, "jaar", pad),
        plaats=v.tekst_of_niets(t, "plaats", pad),
        bestanden=v.teksten(t, "bestanden", pad),
        citaat=v.tekst(t, "citaat", pad),
    )


def bronnen(ruw: Any) -> tuple[Bron, ...]:
    g = lees_bestand(ruw, "bronnen", (Lijst("bronnen", "bron", _bron, ("slug",)),))
    g.verz.stop_bij_fouten()
    return g.objecten("bronnen")


# --- opgaven.yml -----------------------------------------------------------


def _items(t: dict, sleutel: str, soort: str, opgave: str, pad: Pad) -> list[tuple[Item, Pad]]:
    uit = []
    for i, ruw in enumerate(v.lijst(t, sleutel, pad), 1):
        ipad = pad / f"{sleutel}[{i}]"
        it = v.tabel(ruw, ipad, ("nr", "tekst"))
        item = Item(nr=v.geheel(it, "nr", ipad, 1, AANTAL["items"]), tekst=v.tekst(it, "tekst", ipad), soort=soort, opgave=opgave)
        uit.append((item, ipad))
    return uit


@dataclass(frozen=True)
class _OpgaveMetPaden:
    """Een opgave plus het pad van elk item, voor de controles over opgaven heen."""

    opgave: Opgave
    items: tuple[tuple[Item, Pad], ...]

    @property
    def slug(self) -> str:
        return self.opgave.slug

    @property
    def nummer(self) -> int:
        return self.opgave.nummer


def _opgave(ruw: Any, pad: Pad) -> _OpgaveMetPaden:
    t = v.tabel(ruw, pad, ("nummer", "slug", "titel", "omschrijving", "kansen", "valkuilen"))
    slug = v.slug(t, "slug", pad)
    kansen = _items(t, "kansen", "kans", slug, pad)
    valkuilen = _items(t, "valkuilen", "valkuil", slug, pad)
    opgave = Opgave(
        nummer=v.geheel(t, "nummer", pad, 1),
        slug=slug,
        titel=v.tekst(t, "titel", pad),
        omschrijving=v.tekst(t, "omschrijving", pad),
        kansen=tuple(i for i, _ in kansen),
        valkuilen=tuple(i for i, _ in valkuilen),
    )
    return _OpgaveMetPaden(opgave, tuple(kansen + valkuilen))


def opgaven(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Opgave, ...], str]:
    g = lees_bestand(ruw, "opgaven", (Lijst("opgaven", "opgave", _opgave, ("slug", "nummer"), AANTAL["opgaven"]),), bronslugs)
    items = [paar for o in g.objecten("opgaven") for paar in o.items]
    _uniek(items, "nr", g.verz)
    if g.compleet("opgaven"):
        ontbreekt = sorted(set(range(1, AANTAL["items"] + 1)) - {i.nr for i, _ in items})
        if ontbreekt:
            g.verz.meld(
                g.pad / "opgaven",
                f"itemnummer(s) {', '.join(map(str, ontbreekt))} ontbreken (verwacht 1–{AANTAL['items']}, elk één keer)",
            )
    g.verz.stop_bij_fouten()
    return tuple(o.opgave for o in g.objecten("opgaven")), g.bron


# --- waarden.yml en schuiven.yml -------------------------------------------


def _waarde(ruw: Any, pad: Pad) -> Waarde:
    t = v.tabel(ruw, pad, ("nummer", "naam", "tekst"))
    return Waarde(nummer=v.geheel(t, "nummer", pad, 1), naam=v.tekst(t, "naam", pad), tekst=v.tekst(t, "tekst", pad))


def waarden(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Waarde, ...], str]:
    g = lees_bestand(ruw, "waarden", (Lijst("waarden", "waarde", _waarde, ("nummer", "naam"), AANTAL["waarden"]),), bronslugs)
    g.verz.stop_bij_fouten()
    return g.objecten("waarden"), g.bron


KORT_MAX = 40  # tekens: de korte woorden staan onder en boven een smalle schuif


def _kort(t: dict, sleutel: str, pad: Pad) -> str:
    tekst = v.tekst(t, sleutel, pad)
    if len(tekst) > KORT_MAX:
        raise (pad / sleutel).fout(f"is {len(tekst)} tekens lang; hooguit {KORT_MAX}, want het staat bij een smalle schuif")
    return tekst


def _schuif(ruw: Any, pad: Pad) -> Schuif:
    t = v.tabel(ruw, pad, ("slug", "naam", "vraag", "laag", "hoog", "laag_kort", "hoog_kort", "bron"))
    kort = ("laag_kort", "hoog_kort")
    return Schuif(**{k: (v.slug if k == "slug" else _kort if k in kort else v.tekst)(t, k, pad) for k in t})


def schuiven(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Schuif, ...], str]:
    g = lees_bestand(ruw, "schuiven", (Lijst("schuiven", "schuif", _schuif, ("slug",), AANTAL["schuiven"]),), bronslugs)
    g.verz.stop_bij_fouten()
    return g.objecten("schuiven"), g.bron


# --- profielen.yml ---------------------------------------------------------


def _stand(ruw: Any, pad: Pad) -> Stand:
    t = v.tabel(ruw, pad, ("schuif", "stand", "kenmerk", "bron", "redenering"))
    return Stand(
        schuif=v.slug(t, "schuif", pad),
        stand=v.geheel(t, "stand", pad, STAND_MIN, STAND_MAX),
        kenmerk=v.tekst(t, "kenmerk", pad),
        bron=v.tekst(t, "bron", pad),
        redenering=v.tekst(t, "redenering", pad),
    )


def _profiel_bouwer(schuifslugs: tuple[str, ...]) -> Callable[[Any, Pad], Profiel]:
    def bouw(ruw: Any, pad: Pad) -> Profiel:
        t = v.tabel(ruw, pad, ("slug", "naam", "typering", "opdracht", "standen"))
        standen = []
        for i, ruw_stand in enumerate(v.lijst(t, "standen", pad), 1):
            spad = pad / f"standen[{i}]"
            stand = _stand(ruw_stand, spad)
            if stand.schuif not in schuifslugs:
                raise (spad / "schuif").fout(f"onbekende schuif '{stand.schuif}' (bekend: {', '.join(schuifslugs)})")
            if any(s.schuif == stand.schuif for s in standen):
                raise (spad / "schuif").fout(f"schuif '{stand.schuif}' staat twee keer in dit profiel")
            standen.append(stand)
        for schuif in schuifslugs:
            if not any(s.schuif == schuif for s in standen):
                raise (pad / "standen").fout(f"de stand voor schuif '{schuif}' ontbreekt")
        # Vaste volgorde (die van schuiven.yml), zodat elke tekening dezelfde is.
        standen.sort(key=lambda s: schuifslugs.index(s.schuif))
        return Profiel(
            slug=v.slug(t, "slug", pad),
            naam=v.tekst(t, "naam", pad),
            typering=v.tekst(t, "typering", pad),
            opdracht=v.tekst(t, "opdracht", pad),
            standen=tuple(standen),
        )

    return bouw


def profielen(ruw: Any, bronslugs: set[str], schuifslugs: tuple[str, ...]) -> tuple[tuple[Profiel, ...], str]:
    schema = Lijst("profielen", "profiel", _profiel_bouwer(schuifslugs), ("slug",), AANTAL["profielen"])
    g = lees_bestand(ruw, "profielen", (schema,), bronslugs)
    g.verz.stop_bij_fouten()
    return g.objecten("profielen"), g.bron


# --- volwassenheid.yml -----------------------------------------------------

_RASTER = f"het raster moet {AANTAL['themas']} thema's × {AANTAL['fases']} fases zijn"


def _fase(ruw: Any, pad: Pad) -> Fase:
    t = v.tabel(ruw, pad, ("nummer", "naam", "omschrijving"))
    return Fase(
        nummer=v.geheel(t, "nummer", pad, 1, AANTAL["fases"]), naam=v.tekst(t, "naam", pad), omschrijving=v.tekst(t, "omschrijving", pad)
    )


def _thema(ruw: Any, pad: Pad) -> Thema:
    t = v.tabel(ruw, pad, ("slug", "naam", "omschrijving", "cellen"))
    cellen = []
    for i, ruw_cel in enumerate(v.lijst(t, "cellen", pad), 1):
        cpad = pad / f"cellen[{i}]"
        c = v.tabel(ruw_cel, cpad, ("fase", "tekst"))
        cellen.append(Cel(fase=v.geheel(c, "fase", cpad, 1, AANTAL["fases"]), tekst=v.tekst(c, "tekst", cpad)))
    fases = [c.fase for c in cellen]
    if fases != list(range(1, AANTAL["fases"] + 1)):
        raise (pad / "cellen").fout(
            f"{_RASTER}: dit thema heeft cellen voor fase {', '.join(map(str, fases)) or 'geen'} (verwacht 1–{AANTAL['fases']}, op volgorde)"
        )
    return Thema(
        slug=v.slug(t, "slug", pad), naam=v.tekst(t, "naam", pad), omschrijving=v.tekst(t, "omschrijving", pad), cellen=tuple(cellen)
    )


def volwassenheid(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Fase, ...], tuple[Thema, ...], str]:
    g = lees_bestand(
        ruw, "volwassenheid", (Lijst("fases", "fase", _fase, ("nummer",)), Lijst("themas", "thema", _thema, ("slug",))), bronslugs
    )
    nummers = [f.nummer for f in g.objecten("fases")]
    if g.compleet("fases") and sorted(nummers) != list(range(1, AANTAL["fases"] + 1)):
        g.verz.meld(g.pad / "fases", f"{_RASTER}: fases {', '.join(map(str, nummers))}")
    if len(g.tabel["themas"]) != AANTAL["themas"]:
        g.verz.meld(g.pad / "themas", f"{_RASTER}: {len(g.tabel['themas'])} thema's gevonden")
    g.verz.stop_bij_fouten()
    return g.objecten("fases"), g.objecten("themas"), g.bron


# --- koppelingen.yml -------------------------------------------------------


def koppelingen(ruw: Any, schuifslugs: tuple[str, ...], opgaveslugs: tuple[str, ...]) -> tuple[Koppeling, ...]:
    def bouw(r: Any, kpad: Pad) -> Koppeling:
        t = v.tabel(r, kpad, ("schuif", "opgave", "reden"))
        return Koppeling(
            schuif=v.bekende_slug(t, "schuif", kpad, schuifslugs, "schuif"),
            opgave=v.bekende_slug(t, "opgave", kpad, opgaveslugs, "opgave"),
            reden=v.tekst(t, "reden", kpad),
        )

    g = lees_bestand(ruw, "koppelingen", (Lijst("koppelingen", "koppeling", bouw),))
    gezien: dict[tuple[str, str], Pad] = {}
    for k, kpad in g.lijsten["koppelingen"]:
        if (k.schuif, k.opgave) in gezien:
            g.verz.meld(kpad, f"de koppeling {k.schuif} → {k.opgave} staat er twee keer (ook bij {gezien[(k.schuif, k.opgave)]})")
        gezien.setdefault((k.schuif, k.opgave), kpad)
    # De zelfscan raadt bij elke schuif opgaven aan: een schuif zonder opgave laat de lezer met lege handen.
    if g.compleet("koppelingen"):
        for schuif in schuifslugs:
            if not any(k.schuif == schuif for k in g.objecten("koppelingen")):
                g.verz.meld(g.pad / "koppelingen", f"schuif '{schuif}' heeft geen enkele opgave")
    g.verz.stop_bij_fouten()
    return g.objecten("koppelingen")


# --- gemeenten.yml ---------------------------------------------------------

_GEMEENTE_TEKST_OF_NIETS = ("wijkomvang", "eenheid", "formatie", "plek", "wijkbudget", "wijkbudget_opmerking")
_GEMEENTE_KWALIFICATIES = ("inwoners_kwalificatie", "wijkbudget_kwalificatie")


def _gemeente(ruw: Any, pad: Pad) -> Gemeente:
    t = v.tabel(
        ruw,
        pad,
        ("slug", "naam", "ontwikkelingsfase", "samenvatting", "vindplaats"),
        ("inwoners", "wijkwethouders", "wijkbudget_per_inwoner", "instrumenten", *_GEMEENTE_TEKST_OF_NIETS, *_GEMEENTE_KWALIFICATIES),
    )
    wijkwethouders = None if t.get("wijkwethouders") is None else v.ja_nee(t, "wijkwethouders", pad)
    instrumenten = v.teksten(t, "instrumenten", pad) if t.get("instrumenten") else ()
    inwoners = v.geheel_of_niets(t, "inwoners", pad)
    if inwoners is not None and inwoners < 1:
        raise (pad / "inwoners").fout(f"{inwoners} is geen aantal inwoners")
    return Gemeente(
        slug=v.slug(t, "slug", pad),
        naam=v.tekst(t, "naam", pad),
        inwoners=inwoners,
        wijkwethouders=wijkwethouders,
        wijkbudget_per_inwoner=v.getal_of_niets(t, "wijkbudget_per_inwoner", pad),
        ontwikkelingsfase=v.keuze(t, "ontwikkelingsfase", pad, ONTWIKKELINGSFASEN),
        instrumenten=instrumenten,
        samenvatting=v.tekst(t, "samenvatting", pad),
        vindplaats=v.tekst(t, "vindplaats", pad),
        **{k: v.tekst_of_niets(t, k, pad) for k in _GEMEENTE_TEKST_OF_NIETS},
        **{k: v.keuze(t, k, pad, KWALIFICATIES) if t.get(k) is not None else None for k in _GEMEENTE_KWALIFICATIES},
    )


def gemeenten(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Gemeente, ...], str]:
    g = lees_bestand(ruw, "gemeenten", (Lijst("gemeenten", "gemeente", _gemeente, ("slug", "naam")),), bronslugs)
    g.verz.stop_bij_fouten()
    return g.objecten("gemeenten"), g.bron


# --- voorbeelden.yml -------------------------------------------------------


def voorbeelden(
    ruw: Any, bronslugs: set[str], opgaveslugs: tuple[str, ...], profielslugs: tuple[str, ...], themaslugs: tuple[str, ...]
) -> tuple[Voorbeeld, ...]:
    def bouw(r: Any, vpad: Pad) -> Voorbeeld:
        t = v.tabel(r, vpad, ("slug", "gemeente", "titel", "tekst", "bron", "vindplaats", "opgaven", "profielen", "themas"))
        voorbeeld = Voorbeeld(
            slug=v.slug(t, "slug", vpad),
            gemeente=v.tekst(t, "gemeente", vpad),
            titel=v.tekst(t, "titel", vpad),
            tekst=v.tekst(t, "tekst", vpad),
            bron=v.bekende_slug(t, "bron", vpad, bronslugs, "bron"),
            vindplaats=v.tekst(t, "vindplaats", vpad),
            opgaven=v.slugs(t, "opgaven", vpad, opgaveslugs, "opgave"),
            profielen=v.slugs(t, "profielen", vpad, profielslugs, "profiel"),
            themas=v.slugs(t, "themas", vpad, themaslugs, "thema"),
        )
        if not (voorbeeld.opgaven or voorbeeld.profielen or voorbeeld.themas):
            raise vpad.fout("hoort bij geen enkele opgave, profiel of thema; koppel het aan minstens één")
        return voorbeeld

    g = lees_bestand(ruw, "voorbeelden", (Lijst("voorbeelden", "voorbeeld", bouw, ("slug",)),))
    g.verz.stop_bij_fouten()
    return g.objecten("voorbeelden")


# --- begrippen.yml ---------------------------------------------------------

# Een vorm wordt een regel `*[vorm]: uitleg` voor Markdown's abbr-extensie. Met
# een van deze tekens past hij daar niet in; dan bleef de regel als gewone tekst
# (met `uitleg` als HTML) op elke pagina staan. macros/begrippen.py gebruikt ze ook.
VERBODEN_IN_VORM = {"\\": "een backslash (\\)", "\n": "een regeleinde", "\r": "een regeleinde", "]": "het teken ]", "*[": "de tekens *["}


def _vorm_fout(vorm: str) -> str | None:
    """De Nederlandse reden waarom `vorm` geen tooltip kan krijgen, of None."""
    for teken, naam in VERBODEN_IN_VORM.items():
        if teken in vorm:
            return f"'{' '.join(vorm.split())}' bevat {naam}; zo'n vorm kan geen tooltip krijgen"
    return None


def begrippen(ruw: Any, bronslugs: set[str]) -> tuple[Begrip, ...]:
    def bouw(r: Any, bpad: Pad) -> Begrip:
        t = v.tabel(r, bpad, ("term", "uitleg", "vormen", "bron"))
        bron = None if t["bron"] is None else v.bekende_slug(t, "bron", bpad, bronslugs, "bron")
        vormen = v.teksten(t, "vormen", bpad) if t["vormen"] else ()
        for i, vorm in enumerate(vormen, 1):
            if reden := _vorm_fout(vorm):
                raise (bpad / f"vormen[{i}]").fout(reden)
        return Begrip(term=v.tekst(t, "term", bpad), uitleg=v.tekst(t, "uitleg", bpad), vormen=vormen, bron=bron)

    g = lees_bestand(ruw, "begrippen", (Lijst("begrippen", "begrip", bouw, ("term",)),))
    # Een woordvorm mag maar bij één begrip horen, anders is de tooltip dubbelzinnig.
    eigenaar: dict[str, Pad] = {}
    for b, bpad in g.lijsten["begrippen"]:
        for vorm in b.vormen:
            if vorm in eigenaar:
                g.verz.meld(bpad / "vormen", f"'{vorm}' hoort ook al bij {eigenaar[vorm]}")
            eigenaar.setdefault(vorm, bpad)
    g.verz.stop_bij_fouten()
    return g.objecten("begrippen")


# --- scans.yml: regels en teksten van de scans ------------------------------

_PLAATSHOUDERS = ("{aantal}", "{namen}")


def _niveau(ruw: Any, pad: Pad) -> Niveau:
    t = v.tabel(ruw, pad, ("naam", "van", "tot"))
    niveau = Niveau(v.slug(t, "naam", pad), v.geheel(t, "van", pad, STAND_MIN, STAND_MAX), v.geheel(t, "tot", pad, STAND_MIN, STAND_MAX))
    if niveau.van > niveau.tot:
        raise pad.fout(f"van ({niveau.van}) ligt boven tot ({niveau.tot})")
    return niveau


def _voorwaarde(ruw: Any, pad: Pad, schuifslugs: tuple[str, ...], niveaus: set[str]) -> Voorwaarde:
    t = v.tabel(ruw, pad, (), ("schuiven", "niveau", "stand", "vanaf", "minstens", "hooguit"))
    eisen = [k for k in ("niveau", "stand", "vanaf") if k in t]
    if len(eisen) != 1:
        raise pad.fout(f"noem precies één eis (niveau, stand of vanaf), niet {len(eisen)}")
    schuiven = v.slugs(t, "schuiven", pad, schuifslugs, "schuif") if "schuiven" in t else ()
    aantal = len(schuiven or schuifslugs)
    minstens = v.geheel(t, "minstens", pad, 0, aantal) if "minstens" in t else None
    hooguit = v.geheel(t, "hooguit", pad, 0, aantal) if "hooguit" in t else None
    return Voorwaarde(
        schuiven=schuiven,
        niveau=v.keuze(t, "niveau", pad, tuple(sorted(niveaus))) if "niveau" in t else None,
        stand=v.geheel(t, "stand", pad, STAND_MIN, STAND_MAX) if "stand" in t else None,
        vanaf=v.geheel(t, "vanaf", pad, STAND_MIN, STAND_MAX) if "vanaf" in t else None,
        minstens=minstens,
        hooguit=hooguit,
    )


def _waarnemingsregel(schuifslugs: tuple[str, ...], niveaus: set[str]) -> Callable[[Any, Pad], Waarnemingsregel]:
    def bouw(ruw: Any, pad: Pad) -> Waarnemingsregel:
        t = v.tabel(ruw, pad, ("code", "soort", "als", "tekst", "bron"))
        tekst = v.tekst(t, "tekst", pad)
        rest = tekst
        for plaatshouder in _PLAATSHOUDERS:
            rest = rest.replace(plaatshouder, "")
        if "{" in rest or "}" in rest:
            raise (pad / "tekst").fout(f"onbekende plaatshouder tussen accolades (toegestaan: {', '.join(_PLAATSHOUDERS)})")
        als = tuple(_voorwaarde(r, pad / f"als[{i}]", schuifslugs, niveaus) for i, r in enumerate(v.lijst(t, "als", pad), 1))
        return Waarnemingsregel(v.slug(t, "code", pad), v.keuze(t, "soort", pad, ("info", "let-op")), tekst, v.tekst(t, "bron", pad), als)

    return bouw


def _oordeel(ruw: Any, pad: Pad) -> Oordeel:
    t = v.tabel(ruw, pad, ("woord",), ("vanaf", "boven"))
    if "vanaf" in t and "boven" in t:
        raise pad.fout("noem vanaf of boven, niet allebei")
    return Oordeel(v.tekst(t, "woord", pad), v.getal_of_niets(t, "vanaf", pad, -1), v.getal_of_niets(t, "boven", pad, -1))


def _gelijkenis(ruw: Any, pad: Pad) -> Gelijkenis:
    t = v.tabel(ruw, pad, ("woord",), ("vanaf",))
    return Gelijkenis(v.tekst(t, "woord", pad), v.geheel(t, "vanaf", pad, 0, 100) if "vanaf" in t else None)


def _gelijkenissen(s: dict, spad: Pad, verz: Verzameling) -> list[Gelijkenis]:
    """Van sterk naar weinig: grenzen dalend, het laatste woord zonder grens."""
    gelijkenis = [g for g, _ in lees_lijst(s, spad, Lijst("gelijkenis", "woord", _gelijkenis, ("woord",)), verz)]
    if len(gelijkenis) != len(s["gelijkenis"]):
        return gelijkenis
    grenzen = [g.vanaf for g in gelijkenis[:-1]]
    if not gelijkenis or gelijkenis[-1].vanaf is not None:
        verz.meld(spad / "gelijkenis", "het laatste woord heeft geen grens (vanaf): het geldt voor elke lagere overeenkomst")
    elif None in grenzen:
        verz.meld(spad / "gelijkenis", "alleen het laatste woord mag zonder grens (vanaf) zijn")
    elif grenzen != sorted(grenzen, reverse=True) or len(set(grenzen)) != len(grenzen):
        verz.meld(spad / "gelijkenis", f"de grenzen moeten van hoog naar laag lopen, elk één keer (nu: {', '.join(map(str, grenzen))})")
    return gelijkenis


def scans(ruw: Any, schuifslugs: tuple[str, ...]) -> Scanregels:
    pad = Pad(bestandsnaam("scans"))
    tabel = v.tabel(ruw, pad, ("schuifoefening", "afvinklijst"))
    verz = Verzameling()
    spad = pad / "schuifoefening"
    s = v.tabel(tabel["schuifoefening"], spad, ("woorden", "niveaus", "gat", "gat_hoger", "gat_lager", "gelijkenis", "waarnemingen"))
    gelijkenis = _gelijkenissen(s, spad, verz)
    woorden = v.teksten(s, "woorden", spad)
    if len(woorden) != STAND_MAX - STAND_MIN + 1:
        verz.meld(
            spad / "woorden",
            f"verwacht {STAND_MAX - STAND_MIN + 1} woorden (stand {STAND_MIN} tot en met {STAND_MAX}), gevonden {len(woorden)}",
        )
    niveaus = [n for n, _ in lees_lijst(s, spad, Lijst("niveaus", "niveau", _niveau, ("naam",)), verz)]
    gedekt = sorted(stand for n in niveaus for stand in range(n.van, n.tot + 1))
    if not verz.meldingen and gedekt != list(range(STAND_MIN, STAND_MAX + 1)):
        verz.meld(spad / "niveaus", f"de niveaus moeten samen elke stand van {STAND_MIN} tot en met {STAND_MAX} precies één keer dekken")
    waarnemingen = []
    # Zonder alle niveaus zou elke waarneming met een niveau een vervolgfout geven.
    if len(niveaus) == len(s["niveaus"]):
        regel = _waarnemingsregel(schuifslugs, {n.naam for n in niveaus})
        waarnemingen = [w for w, _ in lees_lijst(s, spad, Lijst("waarnemingen", "waarneming", regel, ("code",)), verz)]
    apad = pad / "afvinklijst"
    a = v.tabel(tabel["afvinklijst"], apad, ("oordelen", "niets_aangevinkt"))
    oordelen = [o for o, _ in lees_lijst(a, apad, Lijst("oordelen", "oordeel", _oordeel), verz)]
    if oordelen and (oordelen[-1].vanaf is not None or oordelen[-1].boven is not None):
        verz.meld(apad / "oordelen", "het laatste oordeel heeft geen grens (vanaf of boven): het geldt voor elke lagere score")
    verz.stop_bij_fouten()
    return Scanregels(
        woorden=woorden,
        niveaus=tuple(niveaus),
        gat=v.geheel(s, "gat", spad, 1, STAND_MAX),
        waarnemingen=tuple(waarnemingen),
        oordelen=tuple(oordelen),
        gelijkenis=tuple(gelijkenis),
        gat_hoger=v.tekst(s, "gat_hoger", spad),
        gat_lager=v.tekst(s, "gat_lager", spad),
        niets_aangevinkt=v.tekst(a, "niets_aangevinkt", apad),
    )


# --- alles samen -----------------------------------------------------------


def handboek(ruwe: Mapping[str, Any]) -> Handboek:
    """Bouw het Handboek uit de ruwe inhoud per onderwerp ('opgaven', ...).

    Fouten uit alle bestanden komen samen in één DataFout."""
    verz = Verzameling()
    for onderwerp in BESTANDEN:
        if onderwerp not in ruwe:
            verz.meld(Pad(bestandsnaam(onderwerp)), "bestand ontbreekt")
    verz.stop_bij_fouten()
    bronrij = bronnen(ruwe["bronnen"])
    slugs = {b.slug for b in bronrij}
    opg = verz.probeer(opgaven, ruwe["opgaven"], slugs)
    wrd = verz.probeer(waarden, ruwe["waarden"], slugs)
    sch = verz.probeer(schuiven, ruwe["schuiven"], slugs)
    prf = reg = None
    if sch is not None:
        schuifslugs = tuple(s.slug for s in sch[0])
        prf = verz.probeer(profielen, ruwe["profielen"], slugs, schuifslugs)
        reg = verz.probeer(scans, ruwe["scans"], schuifslugs)
    vol = verz.probeer(volwassenheid, ruwe["volwassenheid"], slugs)
    gem = verz.probeer(gemeenten, ruwe["gemeenten"], slugs)
    bgr = verz.probeer(begrippen, ruwe["begrippen"], slugs)
    kop = vbd = None
    if opg and sch:
        kop = verz.probeer(koppelingen, ruwe["koppelingen"], tuple(s.slug for s in sch[0]), tuple(o.slug for o in opg[0]))
    if opg and prf and vol:
        vbd = verz.probeer(
            voorbeelden,
            ruwe["voorbeelden"],
            slugs,
            tuple(o.slug for o in opg[0]),
            tuple(p.slug for p in prf[0]),
            tuple(t.slug for t in vol[1]),
        )
    verz.stop_bij_fouten()
    assert opg and wrd and sch and prf and vol and gem and reg and bgr is not None and kop is not None and vbd is not None
    return Handboek(
        bronnen=bronrij,
        opgaven=opg[0],
        waarden=wrd[0],
        schuiven=sch[0],
        profielen=prf[0],
        fases=vol[0],
        themas=vol[1],
        herkomst=(
            ("opgaven", opg[1]),
            ("waarden", wrd[1]),
            ("schuiven", sch[1]),
            ("profielen", prf[1]),
            ("volwassenheid", vol[2]),
            ("gemeenten", gem[1]),
        ),
        regels=reg,
        koppelingen=kop,
        gemeenten=gem[0],
        voorbeelden=vbd,
        begrippen=bgr,
    )


__all__ = ["AANTAL", "BESTANDEN", "DataFout", "Lijst", "bestandsnaam", "handboek", "lees_bestand", "lees_lijst"]
