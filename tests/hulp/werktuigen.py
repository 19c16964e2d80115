"""Waar de testwerktuigen uit npm staan (tests/node/, apart vastgepind) en de
Debian-programma's die ze nodig hebben. `bash scripts/opzetten.sh --browser`
zet ze allemaal neer; ontbreekt er een, dan zegt de test dat in plaats van over
te slaan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .paden import REPO

NODE_MAP = REPO / "tests" / "node"
VNU_JAR = NODE_MAP / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PUPPETEER = NODE_MAP / "node_modules" / "puppeteer-core"
FIREFOX = Path("/usr/bin/firefox-esr")


def nodig(pad: Path, wat: str) -> Path:
    if not pad.exists():
        pytest.fail(f"{wat} ontbreekt ({pad.name}): draai de tests met 'bash scripts/test.sh', dat zet het op")
    return pad


def programma(naam: str, pakket: str) -> str:
    gevonden = shutil.which(naam)
    if not gevonden:
        pytest.fail(f"{naam} ontbreekt: draai 'bash scripts/opzetten.sh --browser' (Debian-pakket {pakket})")
    return gevonden
