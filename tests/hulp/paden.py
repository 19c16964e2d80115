"""Vaste plekken in het project."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BRONNEN = REPO.parent / "shared" / "bronnen"
ARTEFACTEN = REPO / "test-artefacten"
