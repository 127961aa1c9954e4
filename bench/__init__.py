"""make bench: the portal against Django's floor (see bench/run.py)."""
