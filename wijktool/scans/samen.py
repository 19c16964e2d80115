"""Samen scannen: de schuifoefening (of de volwassenheidsscan) van 2 tot 8 mensen naast elkaar.

Alleen standaardbibliotheek: dit module draait ongewijzigd in Pyodide.

Platform31 liet de schuifoefening in de werkplaatsen in trio's doen: ieder zet
eerst zelf de schuiven, daarna vergelijken ze (bron 001, hoofdstuk 1). Deze scan
doet dat vergelijken. Elke deelnemer is een deellink van een andere scan (of een
exportbestand daarvan). Er gaat niets naar een server: de links bevatten alles.

Zo rekent de vergelijking (ook uitgelegd op de pagina zelfscan/samen/):

* Schuifoefening, per schuif: de laagste en hoogste stand, het gemiddelde
  (één decimaal) en de spreiding = hoogste − laagste. De schuiven staan op
  volgorde van spreiding, grootste eerst; bij gelijke spreiding de volgorde van
  de bron. Dat is de agenda voor het gesprek.
* Per deelnemer het profiel dat het meest lijkt (als in de schuifoefening), en
  ook voor het gemiddelde paneel van de groep.
* Volwassenheidsscan, per thema: de laagste en hoogste gekozen fase en de
  spreiding, alleen over wie het thema beantwoordde; zelfde volgorde.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model.handboek import Handboek
from ..model.velden import typenaam
from ..weergave import samen as weergave
from . import schuifoefening, volwassenheidsscan
from .contract import OngeldigeInvoer, Scan

MINSTENS = 2
HOOGSTENS = 8
NAAM_MAX = 60
PANELEN = schuifoefening.PANELEN


class OngeldigeDeelnemer(OngeldigeInvoer):
    """Een deelnemer met een link of bestand dat geen scan bevat, of te veel deelnemers."""


# --- links lezen en schrijven -------------------------------------------------


def _fragment(link: str) -> str:
    """Het deel na '#', of de hele tekst als er geen '#' in staat."""
    return link.split("#", 1)[1] if "#" in link else link


def _delen(fragment: str) -> dict[str, str]:
    uit = {}
    for stuk in fragment.split("&"):
        if "=" in stuk:
            sleutel, waarde = stuk.split("=", 1)
            uit[sleutel.strip()] = waarde.strip()
    return uit


def _getallen(tekst: str, aantal: int, leeg_mag: bool) -> list[int | None] | None:
    delen = tekst.split(",")
    if len(delen) != aantal:
        return None
    uit: list[int | None] = []
    for d in delen:
        if d == "" and leeg_mag:
            uit.append(None)
        elif d.isdigit() and len(d) <= 2:
            uit.append(int(d))
        else:
            return None
    return uit


def lees_link(hb: Handboek, link: str) -> tuple[str, dict]:
    """(scannaam, invoer) uit een deellink van de schuifoefening of de volwassenheidsscan.
    Gooit OngeldigeInvoer met een Nederlandse melding."""
    delen = _delen(_fragment(link))
    schuiven = [s.slug for s in hb.schuiven]
    if "huidig" in delen or "ambitie" in delen:
        invoer = {}
        for p in PANELEN:
            getallen = _getallen(delen.get(p, ""), len(schuiven), leeg_mag=False)
            if getallen is None:
                raise OngeldigeInvoer(f"in de link ontbreken de {len(schuiven)} standen van het paneel '{p}'")
            invoer[p] = dict(zip(schuiven, getallen, strict=True))
        return "schuifoefening", schuifoefening.SCAN.lees(hb, invoer)
    if "fases" in delen:
        themas = [t.slug for t in hb.themas]
        getallen = _getallen(delen["fases"], len(themas), leeg_mag=True)
        if getallen is None:
            raise OngeldigeInvoer(f"de link moet {len(themas)} fases hebben (leeg mag), gescheiden door komma's")
        return "volwassenheidsscan", volwassenheidsscan.SCAN.lees(
            hb, {t: f for t, f in zip(themas, getallen, strict=True) if f is not None}
        )
    raise OngeldigeInvoer("dit is geen deellink van de schuifoefening of de volwassenheidsscan")


def schrijf_link(hb: Handboek, scan: str, invoer: Mapping) -> str:
    """De deellink (alleen het deel na '#') zoals de pagina van die scan hem maakt."""
    if scan == "schuifoefening":
        return "#" + "&".join(f"{p}={','.join(str(invoer[p][s.slug]) for s in hb.schuiven)}" for p in PANELEN)
    return "#fases=" + ",".join(str(invoer.get(t.slug, "")) for t in hb.themas)


def lees_bestand_van_deelnemer(hb: Handboek, tekst: str) -> tuple[str, dict]:
    """(scannaam, invoer) uit een exportbestand van de schuifoefening of de volwassenheidsscan."""
    fouten = []
    for scan in (schuifoefening.SCAN, volwassenheidsscan.SCAN):
        try:
            invoer, _ = scan.lees_bestand(hb, tekst)
            return scan.naam, invoer
        except OngeldigeInvoer as fout:
            fouten.append(str(fout))
    if any("geen geldige JSON" in f for f in fouten):
        raise OngeldigeInvoer("het bestand is geen geldige JSON")
    eigen = [f for f in fouten if "geen export van" not in f]
    raise OngeldigeInvoer(eigen[0] if eigen else "het bestand is geen export van de schuifoefening of de volwassenheidsscan")


def _regel(regel: str) -> tuple[str, str]:
    """'Ans, wijkambtenaar: https://…#huidig=…' → ('Ans, wijkambtenaar', 'https://…#huidig=…')."""
    regel = regel.strip()
    beste = len(regel)
    for teken in ("http://", "https://", "#", "huidig=", "ambitie=", "fases="):
        plek = regel.find(teken)
        if plek != -1:
            beste = min(beste, plek)
    if beste == len(regel):
        return "", regel
    return regel[:beste].strip().rstrip(":-–,").strip(), regel[beste:].strip()


# --- de invoer ------------------------------------------------------------------


def _deelnemer(hb: Handboek, ruw: object, nr: int) -> tuple[str, dict]:
    """Eén deelnemer → ({naam, link}, (scan, invoer)). Vormen: {regel}, {naam?, link} of {naam?, bestand}."""
    wie = f"deelnemer {nr}"
    if not isinstance(ruw, Mapping):
        raise OngeldigeDeelnemer(f"{wie}: verwacht een link of bestand, niet {typenaam(ruw)}")
    onbekend = sorted(set(ruw) - {"naam", "link", "bestand", "regel"})
    if onbekend:
        raise OngeldigeDeelnemer(f"{wie}: onbekend veld {', '.join(map(str, onbekend))}")
    naam = ruw.get("naam", "")
    if "regel" in ruw:
        if not isinstance(ruw["regel"], str):
            raise OngeldigeDeelnemer(f"{wie}: de regel moet een tekst zijn")
        naam, link = _regel(ruw["regel"])
        ruw = {"naam": naam, "link": link}
    if not isinstance(naam, str):
        raise OngeldigeDeelnemer(f"{wie}: de naam moet een tekst zijn, niet {typenaam(naam)}")
    naam = " ".join(naam.split())
    if len(naam) > NAAM_MAX:
        raise OngeldigeDeelnemer(f"{wie}: de naam is {len(naam)} tekens lang; hooguit {NAAM_MAX}")
    if naam:
        wie = f"deelnemer {nr} ({naam})"
    try:
        if isinstance(ruw.get("link"), str):
            scan, invoer = lees_link(hb, ruw["link"])
        elif isinstance(ruw.get("bestand"), str):
            scan, invoer = lees_bestand_van_deelnemer(hb, ruw["bestand"])
        else:
            raise OngeldigeInvoer("geef een deellink of een exportbestand")
    except OngeldigeInvoer as fout:
        raise OngeldigeDeelnemer(f"{wie}: {fout}") from None
    return scan, {"naam": naam, "link": schrijf_link(hb, scan, invoer)}


def lees(hb: Handboek, ruw: object) -> dict:
    """Controleer de invoer: {'paneel': 'huidig'|'ambitie', 'deelnemers': [...]}, hooguit acht
    deelnemers, allemaal van dezelfde scan. Geeft de deelnemers terug als {naam, link}."""
    if not isinstance(ruw, Mapping):
        raise OngeldigeDeelnemer(f"verwacht een paneel en een lijst deelnemers, niet {typenaam(ruw)}")
    onbekend = sorted(set(ruw) - {"paneel", "deelnemers"})
    if onbekend:
        raise OngeldigeDeelnemer(f"onbekend veld: {', '.join(map(str, onbekend))}")
    paneel = ruw.get("paneel", "huidig")
    if paneel not in PANELEN:
        raise OngeldigeDeelnemer(f"kies het paneel huidig of ambitie, niet {paneel!r}")
    deelnemers = ruw.get("deelnemers", [])
    if not isinstance(deelnemers, (list, tuple)):
        raise OngeldigeDeelnemer(f"verwacht een lijst deelnemers, niet {typenaam(deelnemers)}")
    if len(deelnemers) > HOOGSTENS:
        raise OngeldigeDeelnemer(f"hooguit {HOOGSTENS} deelnemers; het zijn er nu {len(deelnemers)}")
    gelezen = [_deelnemer(hb, d, nr) for nr, d in enumerate(deelnemers, 1)]
    soorten = [scan for scan, _ in gelezen]
    for nr, scan in enumerate(soorten, 1):
        if scan != soorten[0]:
            raise OngeldigeDeelnemer(
                f"deelnemer {nr} gaf een link van de {scan}, deelnemer 1 van de {soorten[0]}. Vergelijk één scan tegelijk."
            )
    return {"paneel": paneel, "deelnemers": [d for _, d in gelezen]}


def begin(hb: Handboek) -> dict:
    return {"paneel": "huidig", "deelnemers": []}


# --- rekenen --------------------------------------------------------------------


def _volgorde(rijen: list[dict]) -> list[dict]:
    """Grootste spreiding eerst; bij gelijke spreiding de volgorde van de bron (sort is stabiel)."""
    return sorted(rijen, key=lambda r: -r["spreiding"])


def _schuifoefening(hb: Handboek, paneel: str, deelnemers: list[dict], invoeren: list[dict]) -> dict:
    panelen = [i[paneel] for i in invoeren]
    rijen = []
    for s in hb.schuiven:
        standen = [p[s.slug] for p in panelen]
        rijen.append(
            {
                "schuif": s.slug,
                "naam": s.naam,
                "laag": s.laag_kort,
                "hoog": s.hoog_kort,
                "standen": standen,
                "min": min(standen),
                "max": max(standen),
                "gemiddeld": round(sum(standen) / len(standen), 1),
                "spreiding": max(standen) - min(standen),
            }
        )
    mensen = []
    for nr, (d, p) in enumerate(zip(deelnemers, panelen, strict=True), 1):
        top = schuifoefening.rangschik(hb, p)[0]
        mensen.append(
            {
                "nr": nr,
                "naam": d["naam"] or f"Deelnemer {nr}",
                "link": d["link"],
                "standen": p,
                "profiel": top.profiel,
                "profielnaam": top.naam,
                "lijkt": top.lijkt,
                "overeenkomst": top.overeenkomst,
                "geen_keuze": schuifoefening.geen_keuze(p),
            }
        )
    gemiddelde = {s.slug: sum(p[s.slug] for p in panelen) / len(panelen) for s in hb.schuiven}
    top = schuifoefening.rangschik_vrij(hb, gemiddelde)[0]
    groep = {
        "standen": {k: round(w, 1) for k, w in gemiddelde.items()},
        "profiel": top.profiel,
        "profielnaam": top.naam,
        "lijkt": top.lijkt,
        "overeenkomst": top.overeenkomst,
        "verschillend": len({m["profiel"] for m in mensen}),
    }
    return {"schuiven": _volgorde(rijen), "deelnemers": mensen, "groep": groep, "gat": hb.regels.gat}


def _volwassenheidsscan(hb: Handboek, invoeren: list[dict], deelnemers: list[dict]) -> dict:
    rijen = []
    for t in hb.themas:
        fases = [i.get(t.slug) for i in invoeren]
        gekozen = [f for f in fases if f is not None]
        rijen.append(
            {
                "thema": t.slug,
                "naam": t.naam,
                "fases": fases,
                "beantwoord": len(gekozen),
                "min": min(gekozen) if gekozen else None,
                "max": max(gekozen) if gekozen else None,
                "spreiding": max(gekozen) - min(gekozen) if gekozen else 0,
                "telling": [sum(1 for f in gekozen if f == fase.nummer) for fase in hb.fases],
            }
        )
    mensen = []
    for nr, (d, i) in enumerate(zip(deelnemers, invoeren, strict=True), 1):
        totaal = volwassenheidsscan.totaalbeeld(i) if i else None
        mensen.append({"nr": nr, "naam": d["naam"] or f"Deelnemer {nr}", "link": d["link"], "beantwoord": len(i), "totaal": totaal})
    return {"themas": _volgorde(rijen), "deelnemers": mensen, "fases": [[f.nummer, f.naam] for f in hb.fases]}


def reken(hb: Handboek, invoer: dict) -> dict:
    deelnemers = invoer["deelnemers"]
    uit = {
        "paneel": invoer["paneel"],
        "aantal": len(deelnemers),
        "minstens": MINSTENS,
        "hoogstens": HOOGSTENS,
        "scan": None,
        # De gelezen deelnemers als naam en link: zo wordt een ingelezen bestand een regel in het tekstvak.
        "invoer": invoer,
    }
    if len(deelnemers) < MINSTENS:
        return uit
    gelezen = [lees_link(hb, d["link"]) for d in deelnemers]
    uit["scan"] = gelezen[0][0]
    invoeren = [i for _, i in gelezen]
    if uit["scan"] == "schuifoefening":
        uit["schuifoefening"] = _schuifoefening(hb, invoer["paneel"], deelnemers, invoeren)
    else:
        uit["volwassenheidsscan"] = _volwassenheidsscan(hb, invoeren, deelnemers)
    return uit


SCAN = Scan.van(__name__, weergave, woord="deelnemers", versie=1, noem="Samen scannen")
