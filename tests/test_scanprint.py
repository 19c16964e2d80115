"""De uitkomst van elke scan print op één A4, met de uitkomst erop en zonder knoppen."""

from __future__ import annotations

import io
from urllib.parse import urlencode

import pytest
from pypdf import PdfReader

from hulp.browser import KLAAR

# Samen scannen met acht deelnemers (het meeste dat kan) als teamlink.
TEAM = urlencode(
    [("paneel", "huidig")] + [("d", f"Deelnemer {i}: #huidig={i},{8 - i},{i % 3 * 4},{10 - i},{i}&ambitie=5,5,5,5,5") for i in range(1, 9)]
)


@pytest.mark.parametrize(
    "pad, moet_bevatten",
    [
        # schuiven ver uit elkaar: veel gaten met opgaven, de zwaarste pagina om te printen
        ("zelfscan/#huidig=0,0,10,0,10&ambitie=10,10,0,10,0", ["lijkt het meest op", "van 0 naar 10 (hoger)"]),
        ("zelfscan/samen/#" + TEAM, ["Waar verschilt u het meest", "gemiddelde paneel van de groep"]),
        ("zelfscan/volwassenheid/#fases=1,2,3,4,2,1", ["totaalbeeld", "Volgende stap"]),
        ("zelfscan/checklist/", ["Kansen aanwezig", "Valkuilen aanwezig"]),
    ],
    ids=["schuifoefening", "volwassenheidsscan", "afvinklijst", "samen-acht-deelnemers"],
)
def test_scanuitkomst_op_een_a4(pagina, server, pad, moet_bevatten):
    page = pagina.page
    page.goto(server.url + pad)
    page.wait_for_function(KLAAR, timeout=60_000)
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))
    tekst = " ".join(" ".join(blad.extract_text().split()) for blad in pdf.pages)
    assert len(pdf.pages) == 1, f"{pad}: {len(pdf.pages)} pagina's"
    for stuk in moet_bevatten:
        assert stuk.lower() in tekst.lower(), stuk
    for niet in ("Bewaar op dit apparaat", "Exporteer naar een bestand", "Zoeken", "Zo rekent"):
        assert niet not in tekst
