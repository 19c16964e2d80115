"""`mkdocs serve` (bash scripts/serve.sh) neemt wijzigingen in data/, wijktool/ en
macros/ over zonder herstart, en blijft draaien na een fout in de bouw.

Draait een echte `mkdocs serve` op een kopie van het project; elke herbouw duurt
even, dus alles in één test."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO

from hulp.nginx import vrije_poort

# Deelt de cache van de bouw (build/) met de echte site: pas na die bouw.
pytestmark = pytest.mark.na_de_bouw

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


def test_serve_neemt_wijzigingen_over_en_overleeft_fouten(tmp_path):
    project = _kopie(tmp_path / "project")
    poort = vrije_poort()
    url = f"http://127.0.0.1:{poort}/"
    log = tmp_path / "serve.log"
    with open(log, "w") as uit:
        proces = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{poort}"],
            cwd=project,
            stdout=uit,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)},
        )
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
