"""Een proces op de achtergrond (de bouw, de kruipronde, Firefox): starten, later
wachten, en bij het stoppen opruimen. De uitvoer gaat naar een bestand, niet naar
een pijp: een pijp loopt vol als niemand leest terwijl de tests lopen.

`nice`: een ronde die alleen een verslag maakt (kruipronde, Firefox), draait met een
lagere voorrang dan de tests zelf. Die laten samen maar ongeveer 1,4 van de 2 kernen
werken (Python, de pagina, de worker wachten op elkaar); de ronde vult de rest."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


class Achtergrondproces:
    def __init__(self, opdracht: list[str], log: Path, cwd: Path | None = None, env: dict[str, str] | None = None, nice: int = 0):
        self.log = log
        with log.open("w", encoding="utf-8") as uit:
            self._proces = subprocess.Popen(
                opdracht,
                cwd=cwd,
                env={**os.environ, **(env or {})},
                stdout=uit,
                stderr=subprocess.STDOUT,
                # De browsers die het proces start, erven de voorrang.
                preexec_fn=(lambda: os.nice(nice)) if nice else None,
            )

    def wacht(self, timeout: float) -> int:
        """De exitcode; na `timeout` seconden stopt het proces en volgt TimeoutExpired."""
        try:
            return self._proces.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise

    def uitvoer(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self._proces.poll() is None:
            self._proces.kill()
            self._proces.wait()
