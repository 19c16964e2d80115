"""Gedeelde hulp voor de tests en de benchmarks: één plek, als gewoon pakket.

De tests importeren het als `hulp` (pytest zet `tests/` op het pad via
`pythonpath` in pyproject.toml); de benchmarks, die als module vanuit de
projectmap draaien (`python -m benchmarks.zelfscan`), als `tests.hulp`.
Daarom importeren de modules hier elkaar relatief."""
