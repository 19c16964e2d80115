"""MkDocs-hook: maakt de site installeerbaar (web app manifest en pictogrammen).

Na het bouwen (on_post_build) schrijft deze hook manifest.webmanifest en twee
pictogrammen (PNG, 192 en 512 pixels) in de site. De site gebruikt het standaardlogo
van Material (een boek); het pictogram is een eenvoudig boek in wit op de
hoofdkleur van de site (docs/stylesheets/toegankelijkheid.css). De PNG's tekenen we
zelf met zlib en struct: zo is er geen extra pakket nodig.

Pixel voor pixel tekenen in Python kost tijd, en de pictogrammen hangen alleen af van
de maat, de kleuren en de tekening (de code van pictogram en _png). Ze komen dus uit de cache van de
runtime (build/runtime-cache/pictogram-<sleutel>, zie runtimebouw/cache.py): alleen de
eerste bouw na een wijziging tekent ze; daarna, ook bij elke herbouw van `mkdocs serve`,
kopiëren we ze.
"""

from __future__ import annotations

import inspect
import json
import shutil
import struct
import zlib
from pathlib import Path

# mkdocs zet de map van de hook alleen tijdens het laden op sys.path.
from runtimebouw.cache import hash_van, ingang

KLEUR = (0x00, 0x69, 0x5C)  # --md-primary-fg-color
WIT = (0xFF, 0xFF, 0xFF)
MATEN = (192, 512)


def hex_kleur(rgb: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{d:02x}" for d in rgb)


def _png(breedte: int, hoogte: int, pixel) -> bytes:
    rijen = bytearray()
    for y in range(hoogte):
        rijen.append(0)
        for x in range(breedte):
            rijen.extend(pixel(x, y))

    def blok(soort: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + soort + data + struct.pack(">I", zlib.crc32(soort + data))

    kop = struct.pack(">IIBBBBB", breedte, hoogte, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + blok(b"IHDR", kop) + blok(b"IDAT", zlib.compress(bytes(rijen), 9)) + blok(b"IEND", b"")


def pictogram(maat: int) -> bytes:
    """Een open boek: twee witte bladzijden met een smalle rug, ruim binnen de 'safe zone'."""
    m = maat / 100

    def pixel(x: int, y: int):
        u, v = x / m, y / m
        if 28 <= v <= 72 and (22 <= u <= 48.5 or 51.5 <= u <= 78):
            # regels op de bladzijden
            if any(abs(v - r) < 1.2 for r in (38, 46, 54, 62)) and (27 <= u <= 44 or 56 <= u <= 73):
                return KLEUR
            return WIT
        return KLEUR

    return _png(maat, maat, pixel)


def pictogram_uit_cache(project: Path, maat: int) -> Path:
    """Het pictogram van deze maat uit de cache; de sleutel is zijn eigen invoer:
    de maat, de kleuren en de code die tekent."""
    naam = f"pictogram-{maat}.png"
    sleutel = hash_van([str(maat), repr(KLEUR), repr(WIT), inspect.getsource(pictogram), inspect.getsource(_png)])
    return ingang(project, "pictogram", sleutel, lambda map_: (map_ / naam).write_bytes(pictogram(maat))) / naam


def on_post_build(config, **_) -> None:
    site = Path(config.site_dir)
    project = Path(config.config_file_path).parent
    iconen = []
    for maat in MATEN:
        naam = f"assets/pictogram-{maat}.png"
        (site / naam).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pictogram_uit_cache(project, maat), site / naam)
        iconen.append({"src": naam, "sizes": f"{maat}x{maat}", "type": "image/png", "purpose": "any maskable"})
    manifest = {
        "name": config.site_name,
        "short_name": "Handboek wijken",
        "description": config.site_description,
        "lang": "nl",
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": hex_kleur(KLEUR),
        "background_color": "#ffffff",
        "icons": iconen,
    }
    (site / "manifest.webmanifest").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
