"""Het scenario van tests/test_serve.py: een echte `mkdocs serve` (zoals bash
scripts/serve.sh) op een kopie van het project neemt wijzigingen in data/, wijktool/
en macros/ over zonder herstart, en blijft draaien na een fout in de bouw.

Elke herbouw duurt seconden en het testproces wacht alleen. Daarom loopt het scenario
in een thread, met `mkdocs serve` op lagere voorrang, terwijl de andere tests lopen
(conftest.py, `serve_scenario`); `ServeScenario.uitkomst()` wacht erop en geeft een
mislukte stap door als AssertionError."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from .achtergrond import met_nice
from .nginx import vrije_poort
from .paden import REPO

DELEN = ("pyproject.toml", "README.md", "mkdocs.yml", "data", "docs", "wijktool", "macros", "overrides", "hooks", "scripts")


def _kopie(doel: Path) -> Path:
    doel.mkdir()
    for naam in DELEN:
        bron = REPO / naam
        if bron.is_dir():
            shutil.copytree(bron, doel / naam, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(bron, doel / naam)
    (doel / "node_modules").symlink_to(REPO / "node_modules")
    (REPO / "build").mkdir(exist_ok=True)
    (doel / "build").symlink_to(REPO / "build")  # de runtime-cache delen: Pyodide comprimeren duurt minuten
    return doel


def _haal(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as a:
        return a.read().decode("utf-8")


def _wacht_op(url: str, voorwaarde, proces, log: Path, tijd: float = 300) -> str:
    tot = time.monotonic() + tijd
    tekst = ""
    while time.monotonic() < tot:
        assert proces.poll() is None, "mkdocs serve is gestopt:\n" + log.read_text(encoding="utf-8")[-3000:]
        try:
            tekst = _haal(url)
            if voorwaarde(tekst):
                return tekst
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url}: wijziging niet zichtbaar binnen {tijd} s\n" + log.read_text(encoding="utf-8")[-3000:])


def _vervang(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count(oud) >= 1, f"{oud!r} niet in {pad}"
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")
    # De watcher kijkt naar wijzigingen; sommige bestandssystemen hebben grove mtimes.
    os.utime(pad)


def scenario(map_: Path, nice: int = 0, bij_start=lambda proces: None) -> None:
    """bij_start krijgt het proces van `mkdocs serve`, zodat de testrun het kan stoppen."""
    project = _kopie(map_ / "project")
    poort = vrije_poort()
    url = f"http://127.0.0.1:{poort}/"
    log = map_ / "serve.log"
    with open(log, "w") as uit:
        proces = subprocess.Popen(
            met_nice([sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{poort}"], nice),
            cwd=project,
            stdout=uit,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)},
        )
    bij_start(proces)
    try:
        scan = url + "zelfscan/"
        _wacht_op(scan, lambda t: "De rekenhulp wordt geladen" in t, proces, log)

        # macros/ (een tekst in de HTML van de scanpagina) en wijktool/ (de uitleg bij een
        # paneel: de weergave maakt de bediening; en het wiel) in één herbouw: elke herbouw
        # kost seconden. De pagina moet beide wijzigingen tonen.
        wiel_voor = re.search(r"wijktool\.[0-9a-f]{16}\.whl", _haal(scan)).group(0)
        _vervang(project / "macros" / "scans.py", "De rekenhulp wordt geladen.", "De rekenhulp komt eraan.")
        _vervang(project / "wijktool" / "weergave" / "schuifoefening.py", "Zo werkt uw gemeente nu.", "Zo werkt uw gemeente vandaag.")
        tekst = _wacht_op(scan, lambda t: "De rekenhulp komt eraan." in t and "Zo werkt uw gemeente vandaag." in t, proces, log)
        assert re.search(r"wijktool\.[0-9a-f]{16}\.whl", tekst).group(0) != wiel_voor

        # Een fout in data/: de bouw faalt met een melding, serve blijft draaien ...
        opgaven = project / "data" / "opgaven.yml"
        goed = opgaven.read_text(encoding="utf-8")
        opgaven.write_text("opgaven: [", encoding="utf-8")
        tot = time.monotonic() + 300
        while "opgaven.yml" not in log.read_text(encoding="utf-8") and time.monotonic() < tot:
            assert proces.poll() is None, log.read_text(encoding="utf-8")[-3000:]
            time.sleep(0.2)
        assert proces.poll() is None
        # ... en een gewone wijziging in data/ daarna komt gewoon door.
        opgaven.write_text(goed, encoding="utf-8")
        titel = re.search(r"^\s*titel: (.+)$", goed, re.M).group(1).strip().strip('"')
        _vervang(opgaven, titel, titel + " (proef)")
        _wacht_op(url + "opgaven/", lambda t: "(proef)" in t, proces, log)
    finally:
        proces.terminate()
        try:
            proces.wait(20)
        except subprocess.TimeoutExpired:
            proces.kill()


class ServeScenario:
    def __init__(self, map_: Path, nice: int = 0):
        self._fout: BaseException | None = None
        self._proces: subprocess.Popen | None = None
        self._draad = threading.Thread(target=self._draai, args=(map_, nice), daemon=True)
        self._draad.start()

    def _draai(self, map_: Path, nice: int) -> None:
        try:
            scenario(map_, nice, bij_start=lambda proces: setattr(self, "_proces", proces))
        except BaseException as fout:  # noqa: BLE001 - de test geeft hem door
            self._fout = fout

    def uitkomst(self, timeout: float = 900) -> None:
        self._draad.join(timeout)
        assert not self._draad.is_alive(), f"het serve-scenario is na {timeout} s nog niet klaar"
        if self._fout is not None:
            raise self._fout

    def stop(self) -> None:
        """Ook als de test niet meer aan de beurt kwam (bijvoorbeeld na -x): geen
        `mkdocs serve` die na de testrun blijft draaien."""
        if self._proces is not None and self._proces.poll() is None:
            self._proces.kill()
        self._draad.join(30)
