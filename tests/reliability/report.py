"""The figures the reliability suite reports: requests, errors, recovery times, inputs.

Tests add to ``FIGURES``; they are printed at the end of the run and written as JSON to
``$COP_RELIABILITY_REPORT`` when that is set (``terminal_summary``, called by
tests/parallel.py, which also brings the figures of parallel test processes together).
"""

import json
import os
from collections import defaultdict

FIGURES = defaultdict(dict)
# The (section, name) of figures that are counts: added up across test processes.
COUNTED = set()


def record(section, **figures):
    FIGURES[section].update(figures)


def count(section, name, n=1):
    FIGURES[section][name] = FIGURES[section].get(name, 0) + n
    COUNTED.add((section, name))


def export():
    """The figures as plain data, for another process's ``merge``."""
    figures = json.loads(json.dumps(FIGURES, default=str))
    return {"figures": figures, "counted": sorted(COUNTED)}


def merge(exported):
    if not exported:
        return
    counted = {tuple(key) for key in exported["counted"]}
    for section, figures in exported["figures"].items():
        for name, value in figures.items():
            if (section, name) in counted:
                count(section, name, value)
            else:
                record(section, **{name: value})


def as_text():
    lines = []
    for section, figures in FIGURES.items():
        lines.append(f"{section}:")
        for name, value in figures.items():
            if isinstance(value, dict | list):
                value = json.dumps(value, ensure_ascii=False, sort_keys=True)
            lines.append(f"  {name}: {value}")
    return "\n".join(lines)


def write(path):
    with open(path, "w", encoding="utf-8") as output:
        json.dump(FIGURES, output, indent=2, ensure_ascii=False, sort_keys=True, default=str)


def terminal_summary(terminalreporter):
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    terminalreporter.write_line(as_text())
    path = os.environ.get("COP_RELIABILITY_REPORT")
    if path:
        write(path)
        terminalreporter.write_line(f"(written to {path})")
