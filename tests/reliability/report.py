"""The figures the reliability suite reports: requests, errors, recovery times, inputs.

Tests add to ``FIGURES``; the suite's conftest prints them at the end of the run and
writes them as JSON to ``$COP_RELIABILITY_REPORT`` when that is set.
"""

import json
from collections import defaultdict

FIGURES = defaultdict(dict)


def record(section, **figures):
    FIGURES[section].update(figures)


def count(section, name, n=1):
    FIGURES[section][name] = FIGURES[section].get(name, 0) + n


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
