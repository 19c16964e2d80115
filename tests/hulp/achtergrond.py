"""Een proces op de achtergrond (de bouw, de kruipronde, Firefox, de Nu-checker): starten, later
wachten, en bij het stoppen opruimen. De uitvoer gaat naar een bestand, niet naar
een pijp: een pijp loopt vol als niemand leest terwijl de tests lopen.

`nice`: een ronde die alleen een uitkomst maakt (kruipronde, Firefox, de Nu-checker),
draait met een lagere voorrang dan de tests zelf. Die laten samen maar ongeveer 1,4 van de 2 kernen
werken (Python, de pagina, de worker wachten op elkaar); de ronde vult de rest.

Een browser die Playwright of puppeteer start, krijgt een eigen sessie (setsid). Met
Linux' autogroup (sched_autogroup_enabled) deelt de kernel de CPU dan eerst eerlijk per
sessie, en telt nice alleen binnen een sessie. Daarom zet `geef_voorrang_door` de nice
van het proces ook op de sessies van zijn browsers (/proc/PID/autogroup)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path


def met_nice(opdracht: list[str], nice: int) -> list[str]:
    """De opdracht met lagere voorrang (coreutils' nice; de processen die hij start, erven
    die). Niet met preexec_fn: dat is niet veilig in een proces met threads (de testserver)."""
    return ["nice", "-n", str(nice), *opdracht] if nice else opdracht


def geef_voorrang_door() -> None:
    """Geef elke sessie onder dit proces (een gestarte browser) de nice van dit proces."""
    nice = os.nice(0)
    if nice <= 0:
        return
    ouders: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # pid (naam) toestand ppid ...: de naam kan spaties bevatten, dus na de laatste ')'.
            tekst = stat.read_text()
        except OSError:
            continue
        ouders[int(stat.parent.name)] = int(tekst.rsplit(")", 1)[1].split()[1])
    for pid in ouders:
        p = pid
        while p in ouders and p != os.getpid():
            p = ouders[p]
        if p == os.getpid() and pid != p:
            # OSError: het proces is al weg, of de machine heeft geen autogroup (dan geldt nice al).
            with contextlib.suppress(OSError):
                if os.getsid(pid) == pid:  # een eigen sessie, niet die van de testrun
                    Path(f"/proc/{pid}/autogroup").write_text(str(nice))


class Achtergrondproces:
    def __init__(
        self,
        opdracht: list[str],
        log: Path,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
        nice: int = 0,
        fouten: Path | None = None,
    ):
        """log: stdout, en ook stderr als `fouten` (een eigen bestand voor stderr) ontbreekt."""
        self.log = log
        self.foutlog = fouten
        with contextlib.ExitStack() as open_:
            uit = open_.enter_context(log.open("w", encoding="utf-8"))
            fout = open_.enter_context(fouten.open("w", encoding="utf-8")) if fouten else subprocess.STDOUT
            self._proces = subprocess.Popen(met_nice(opdracht, nice), cwd=cwd, env={**os.environ, **(env or {})}, stdout=uit, stderr=fout)

    def wacht(self, timeout: float) -> int:
        """De exitcode; na `timeout` seconden stopt het proces en volgt TimeoutExpired."""
        try:
            return self._proces.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise

    def uitvoer(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def fouten(self) -> str:
        """Wat het proces op stderr schreef (of alle uitvoer, zonder eigen bestand daarvoor)."""
        return (self.foutlog or self.log).read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self._proces.poll() is None:
            self._proces.kill()
            self._proces.wait()
