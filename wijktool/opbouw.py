"""Bouwt het Handboek uit ruwe data (dicts en lijsten) en controleert die.

Eén functie per databestand. De ruwe data komt uit YAML (wijktool.laden, bij
het bouwen) of uit JSON (in de browser); dit module kent alleen de
standaardbibliotheek. Fouten worden per item verzameld, zodat één run alle
fouten laat zien."""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from . import velden as v
from .fouten import DataFout, Pad, Verzameling
from .model import (
    STAND_MAX,
    STAND_MIN,
    ONTWIKKELINGSFASEN,
    KWALIFICATIES,
    Begrip,
    Bron,
    Cel,
    Fase,
    Gemeente,
    Handboek,
    Item,
    Koppeling,
    Opgave,
    Profiel,
    Schuif,
    Stand,
    Thema,
    Voorbeeld,
    Waarde,
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
)


def bestandsnaam(onderwerp: str) -> str:
    return f"data/{onderwerp}.yml"


def _label(soort: str, ruw: Any, positie: int) -> str:
    """'opgave 3 (open-podium)': nummer (of positie) en slug als die er zijn."""
    nummer = ruw.get("nummer") if isinstance(ruw, dict) else None
    slug = ruw.get("slug") if isinstance(ruw, dict) else None
    label = f"{soort} {nummer if isinstance(nummer, int) and not isinstance(nummer, bool) else positie}"
    return f"{label} ({slug})" if isinstance(slug, str) and slug else label


def _rij(
    ruw_lijst: list,
    pad: Pad,
    soort: str,
    bouw: Callable[[Any, Pad], Any],
    verz: Verzameling,
) -> list:
    """Bouw elk element; een fout in één element houdt de andere niet tegen."""
    uit = []
    for positie, ruw in enumerate(ruw_lijst, 1):
        gebouwd = verz.probeer(bouw, ruw, pad / _label(soort, ruw, positie))
        if gebouwd is not None:
            uit.append((gebouwd, pad / _label(soort, ruw, positie)))
    return uit


def _uniek(paren: Iterable[tuple[Any, Pad]], veld: str, verz: Verzameling) -> None:
    gezien: dict[Any, Pad] = {}
    for ding, pad in paren:
        waarde = getattr(ding, veld)
        if waarde in gezien:
            verz.meld(pad / veld, f"'{waarde}' komt twee keer voor (ook bij {gezien[waarde]})")
        else:
            gezien[waarde] = pad


def _aantal(ruw_lijst: list, verwacht: int, pad: Pad, soort: str, verz: Verzameling) -> None:
    """Tel de elementen in het bestand (ook kapotte), zodat één fout geen tweede telfout geeft."""
    if len(ruw_lijst) != verwacht:
        verz.meld(pad, f"verwacht {verwacht} {soort}, gevonden {len(ruw_lijst)}")


def _kop(ruw: Any, onderwerp: str, lijstsleutels: tuple[str, ...], bronslugs: set[str] | None) -> tuple[dict, Pad, str | None]:
    """Controleer de bovenkant van een bestand: `bron:` plus de lijst(en)."""
    pad = Pad(bestandsnaam(onderwerp))
    verplicht = lijstsleutels if bronslugs is None else ("bron", *lijstsleutels)
    tabel = v.tabel(ruw, pad, verplicht)
    bron = None
    if bronslugs is not None:
        bron = v.slug(tabel, "bron", pad)
        if bron not in bronslugs:
            raise (pad / "bron").fout(f"onbekende bron '{bron}' (bekend in data/bronnen.yml: {', '.join(sorted(bronslugs))})")
    return tabel, pad, bron


# --- bronnen.yml -----------------------------------------------------------

def _bron(ruw: Any, pad: Pad) -> Bron:
    velden = ("slug", "kort", "titel", "auteurs", "uitgever", "jaar", "plaats", "bestanden", "citaat")
    t = v.tabel(ruw, pad, velden)
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
    tabel, pad, _ = _kop(ruw, "bronnen", ("bronnen",), None)
    verz = Verzameling()
    gebouwd = _rij(v.lijst(tabel, "bronnen", pad), pad, "bron", _bron, verz)
    _uniek(gebouwd, "slug", verz)
    verz.stop_bij_fouten()
    return tuple(b for b, _ in gebouwd)


# --- opgaven.yml -----------------------------------------------------------

def _items(t: dict, sleutel: str, soort: str, opgave: str, pad: Pad) -> list[tuple[Item, Pad]]:
    uit = []
    for i, ruw in enumerate(v.lijst(t, sleutel, pad), 1):
        ipad = pad / f"{sleutel}[{i}]"
        it = v.tabel(ruw, ipad, ("nr", "tekst"))
        item = Item(nr=v.geheel(it, "nr", ipad, 1, AANTAL["items"]), tekst=v.tekst(it, "tekst", ipad), soort=soort, opgave=opgave)
        uit.append((item, ipad))
    return uit


def _opgave(ruw: Any, pad: Pad) -> tuple[Opgave, list[tuple[Item, Pad]]]:
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
    return opgave, kansen + valkuilen


def opgaven(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Opgave, ...], str]:
    tabel, pad, bron = _kop(ruw, "opgaven", ("opgaven",), bronslugs)
    verz = Verzameling()
    gebouwd = _rij(v.lijst(tabel, "opgaven", pad), pad, "opgave", _opgave, verz)
    paren = [(o, p) for (o, _), p in gebouwd]
    _uniek(paren, "slug", verz)
    _uniek(paren, "nummer", verz)
    _aantal(tabel["opgaven"], AANTAL["opgaven"], pad / "opgaven", "opgaven", verz)
    items = [paar for (_, ipaar), _ in gebouwd for paar in ipaar]
    _uniek(((i, p) for i, p in items), "nr", verz)
    # Ontbrekende nummers alleen melden als elke opgave gelezen kon worden;
    # anders volgen ze vanzelf uit de eerdere fout.
    if len(gebouwd) == len(tabel["opgaven"]):
        aanwezig = {i.nr for i, _ in items}
        ontbreekt = sorted(set(range(1, AANTAL["items"] + 1)) - aanwezig)
        if ontbreekt:
            verz.meld(pad / "opgaven", f"itemnummer(s) {', '.join(map(str, ontbreekt))} ontbreken (verwacht 1–{AANTAL['items']}, elk één keer)")
    verz.stop_bij_fouten()
    return tuple(o for o, _ in paren), bron


# --- waarden.yml -----------------------------------------------------------

def _waarde(ruw: Any, pad: Pad) -> Waarde:
    t = v.tabel(ruw, pad, ("nummer", "naam", "tekst"))
    return Waarde(nummer=v.geheel(t, "nummer", pad, 1), naam=v.tekst(t, "naam", pad), tekst=v.tekst(t, "tekst", pad))


def waarden(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Waarde, ...], str]:
    tabel, pad, bron = _kop(ruw, "waarden", ("waarden",), bronslugs)
    verz = Verzameling()
    gebouwd = _rij(v.lijst(tabel, "waarden", pad), pad, "waarde", _waarde, verz)
    _uniek(gebouwd, "nummer", verz)
    _uniek(gebouwd, "naam", verz)
    _aantal(tabel["waarden"], AANTAL["waarden"], pad / "waarden", "waarden", verz)
    verz.stop_bij_fouten()
    return tuple(w for w, _ in gebouwd), bron


# --- schuiven.yml ----------------------------------------------------------

def _schuif(ruw: Any, pad: Pad) -> Schuif:
    t = v.tabel(ruw, pad, ("slug", "naam", "vraag", "laag", "hoog", "bron"))
    return Schuif(**{k: (v.slug if k == "slug" else v.tekst)(t, k, pad) for k in t})


def schuiven(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Schuif, ...], str]:
    tabel, pad, bron = _kop(ruw, "schuiven", ("schuiven",), bronslugs)
    verz = Verzameling()
    gebouwd = _rij(v.lijst(tabel, "schuiven", pad), pad, "schuif", _schuif, verz)
    _uniek(gebouwd, "slug", verz)
    _aantal(tabel["schuiven"], AANTAL["schuiven"], pad / "schuiven", "schuiven", verz)
    verz.stop_bij_fouten()
    return tuple(s for s, _ in gebouwd), bron


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
    tabel, pad, bron = _kop(ruw, "profielen", ("profielen",), bronslugs)
    verz = Verzameling()
    gebouwd = _rij(v.lijst(tabel, "profielen", pad), pad, "profiel", _profiel_bouwer(schuifslugs), verz)
    _uniek(gebouwd, "slug", verz)
    _aantal(tabel["profielen"], AANTAL["profielen"], pad / "profielen", "profielen", verz)
    verz.stop_bij_fouten()
    return tuple(p for p, _ in gebouwd), bron


# --- volwassenheid.yml -----------------------------------------------------

def _fase(ruw: Any, pad: Pad) -> Fase:
    t = v.tabel(ruw, pad, ("nummer", "naam", "omschrijving"))
    return Fase(nummer=v.geheel(t, "nummer", pad, 1, AANTAL["fases"]), naam=v.tekst(t, "naam", pad), omschrijving=v.tekst(t, "omschrijving", pad))


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
            f"het raster moet {AANTAL['themas']} thema's × {AANTAL['fases']} fases zijn: "
            f"dit thema heeft cellen voor fase {', '.join(map(str, fases)) or 'geen'} (verwacht 1–{AANTAL['fases']}, op volgorde)"
        )
    return Thema(slug=v.slug(t, "slug", pad), naam=v.tekst(t, "naam", pad), omschrijving=v.tekst(t, "omschrijving", pad), cellen=tuple(cellen))


def volwassenheid(ruw: Any, bronslugs: set[str]) -> tuple[tuple[Fase, ...], tuple[Thema, ...], str]:
    tabel, pad, bron = _kop(ruw, "volwassenheid", ("fases", "themas"), bronslugs)
    verz = Verzameling()
    fases = _rij(v.lijst(tabel, "fases", pad), pad, "fase", _fase, verz)
    _uniek(fases, "nummer", verz)
    if sorted(f.nummer for f, _ in fases) != list(range(1, AANTAL["fases"] + 1)) and len(fases) == len(tabel["fases"]):
        verz.meld(pad / "fases", f"het raster moet {AANTAL['themas']} thema's × {AANTAL['fases']} fases zijn: fases {', '.join(str(f.nummer) for f, _ in fases)}")
    themas = _rij(v.lijst(tabel, "themas", pad), pad, "thema", _thema, verz)
    _uniek(themas, "slug", verz)
    if len(tabel["themas"]) != AANTAL["themas"]:
        verz.meld(pad / "themas", f"het raster moet {AANTAL['themas']} thema's × {AANTAL['fases']} fases zijn: {len(tabel['themas'])} thema's gevonden")
    verz.stop_bij_fouten()
    return tuple(f for f, _ in fases), tuple(t for t, _ in themas), bron


# --- koppelingen.yml -------------------------------------------------------

def koppelingen(ruw: Any, schuifslugs: tuple[str, ...], opgaveslugs: tuple[str, ...]) -> tuple[Koppeling, ...]:
    tabel, pad, _ = _kop(ruw, "koppelingen", ("koppelingen",), None)

    def bouw(r: Any, kpad: Pad) -> Koppeling:
        t = v.tabel(r, kpad, ("schuif", "opgave", "reden"))
        for sleutel, bekend in (("schuif", schuifslugs), ("opgave", opgaveslugs)):
            if v.slug(t, sleutel, kpad) not in bekend:
                raise (kpad / sleutel).fout(f"onbekende {sleutel} '{t[sleutel]}' (bekend: {', '.join(bekend)})")
        return Koppeling(schuif=t["schuif"], opgave=t["opgave"], reden=v.tekst(t, "reden", kpad))

    verz = Verzameling()
    gebouwd = _rij(v.lijst(tabel, "koppelingen", pad), pad, "koppeling", bouw, verz)
    gezien: dict[tuple[str, str], Pad] = {}
    for k, kpad in gebouwd:
        if (k.schuif, k.opgave) in gezien:
            verz.meld(kpad, f"de koppeling {k.schuif} → {k.opgave} staat er twee keer (ook bij {gezien[(k.schuif, k.opgave)]})")
        gezien.setdefault((k.schuif, k.opgave), kpad)
    # De zelfscan raadt bij elke schuif opgaven aan: een schuif zonder opgave laat de lezer met lege handen.
    for schuif in schuifslugs:
        if len(gebouwd) == len(tabel["koppelingen"]) and not any(k.schuif == schuif for k, _ in gebouwd):
            verz.meld(pad / "koppelingen", f"schuif '{schuif}' heeft geen enkele opgave")
    verz.stop_bij_fouten()
    return tuple(k for k, _ in gebouwd)


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
    tabel, pad, bron = _kop(ruw, "gemeenten", ("gemeenten",), bronslugs)
    verz = Verzameling()
    gebouwd = _rij(v.lijst(tabel, "gemeenten", pad), pad, "gemeente", _gemeente, verz)
    _uniek(gebouwd, "slug", verz)
    _uniek(gebouwd, "naam", verz)
    verz.stop_bij_fouten()
    return tuple(g for g, _ in gebouwd), bron


# --- voorbeelden.yml -------------------------------------------------------

def voorbeelden(ruw: Any, bronslugs: set[str], opgaveslugs: tuple[str, ...], profielslugs: tuple[str, ...], themaslugs: tuple[str, ...]) -> tuple[Voorbeeld, ...]:
    tabel, pad, _ = _kop(ruw, "voorbeelden", ("voorbeelden",), None)

    def bouw(r: Any, vpad: Pad) -> Voorbeeld:
        t = v.tabel(r, vpad, ("slug", "gemeente", "titel", "tekst", "bron", "vindplaats", "opgaven", "profielen", "themas"))
        bron = v.slug(t, "bron", vpad)
        if bron not in bronslugs:
            raise (vpad / "bron").fout(f"onbekende bron '{bron}' (bekend: {', '.join(sorted(bronslugs))})")
        voorbeeld = Voorbeeld(
            slug=v.slug(t, "slug", vpad),
            gemeente=v.tekst(t, "gemeente", vpad),
            titel=v.tekst(t, "titel", vpad),
            tekst=v.tekst(t, "tekst", vpad),
            bron=bron,
            vindplaats=v.tekst(t, "vindplaats", vpad),
            opgaven=v.slugs(t, "opgaven", vpad, opgaveslugs, "opgave"),
            profielen=v.slugs(t, "profielen", vpad, profielslugs, "profiel"),
            themas=v.slugs(t, "themas", vpad, themaslugs, "thema"),
        )
        if not (voorbeeld.opgaven or voorbeeld.profielen or voorbeeld.themas):
            raise vpad.fout("hoort bij geen enkele opgave, profiel of thema; koppel het aan minstens één")
        return voorbeeld

    verz = Verzameling()
    gebouwd = _rij(v.lijst(tabel, "voorbeelden", pad), pad, "voorbeeld", bouw, verz)
    _uniek(gebouwd, "slug", verz)
    verz.stop_bij_fouten()
    return tuple(vb for vb, _ in gebouwd)


# --- begrippen.yml ---------------------------------------------------------

def begrippen(ruw: Any, bronslugs: set[str]) -> tuple[Begrip, ...]:
    tabel, pad, _ = _kop(ruw, "begrippen", ("begrippen",), None)

    def bouw(r: Any, bpad: Pad) -> Begrip:
        t = v.tabel(r, bpad, ("term", "uitleg", "vormen", "bron"))
        bron = None if t["bron"] is None else v.slug(t, "bron", bpad)
        if bron is not None and bron not in bronslugs:
            raise (bpad / "bron").fout(f"onbekende bron '{bron}'")
        vormen = v.teksten(t, "vormen", bpad) if t["vormen"] else ()
        return Begrip(term=v.tekst(t, "term", bpad), uitleg=v.tekst(t, "uitleg", bpad), vormen=vormen, bron=bron)

    verz = Verzameling()
    gebouwd = []
    for positie, r in enumerate(v.lijst(tabel, "begrippen", pad), 1):
        term = r.get("term") if isinstance(r, dict) else None
        bpad = pad / (f"begrip {positie} ({term})" if isinstance(term, str) else f"begrip {positie}")
        b = verz.probeer(bouw, r, bpad)
        if b is not None:
            gebouwd.append((b, bpad))
    _uniek(gebouwd, "term", verz)
    # Een woordvorm mag maar bij één begrip horen, anders is de tooltip dubbelzinnig.
    eigenaar: dict[str, Pad] = {}
    for b, bpad in gebouwd:
        for vorm in b.vormen:
            if vorm in eigenaar:
                verz.meld(bpad / "vormen", f"'{vorm}' hoort ook al bij {eigenaar[vorm]}")
            eigenaar.setdefault(vorm, bpad)
    verz.stop_bij_fouten()
    return tuple(b for b, _ in gebouwd)


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
    prf = None
    if sch is not None:
        prf = verz.probeer(profielen, ruwe["profielen"], slugs, tuple(s.slug for s in sch[0]))
    vol = verz.probeer(volwassenheid, ruwe["volwassenheid"], slugs)
    gem = verz.probeer(gemeenten, ruwe["gemeenten"], slugs)
    bgr = verz.probeer(begrippen, ruwe["begrippen"], slugs)
    kop = vbd = None
    if opg and sch:
        kop = verz.probeer(koppelingen, ruwe["koppelingen"], tuple(s.slug for s in sch[0]), tuple(o.slug for o in opg[0]))
    if opg and prf and vol:
        vbd = verz.probeer(
            voorbeelden, ruwe["voorbeelden"], slugs, tuple(o.slug for o in opg[0]), tuple(p.slug for p in prf[0]), tuple(t.slug for t in vol[1])
        )
    verz.stop_bij_fouten()
    assert opg and wrd and sch and prf and vol and gem and bgr is not None and kop is not None and vbd is not None
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
        koppelingen=kop,
        gemeenten=gem[0],
        voorbeelden=vbd,
        begrippen=bgr,
    )


__all__ = ["AANTAL", "BESTANDEN", "DataFout", "bestandsnaam", "handboek"]
