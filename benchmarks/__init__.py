"""Meetscripts (geen tests). Draai ze als module vanuit de projectmap, bijvoorbeeld
`.venv/bin/python -m benchmarks.zelfscan`; ze delen hun hulp met de tests (tests/hulp/)."""
