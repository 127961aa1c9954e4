"""Runs tests/tag_migration_scenario.py in a new process on a new SQLite file."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def run_tag_migration_scenario(app, workdir):
    env = os.environ | {
        "DATABASE_URL": f"sqlite:///{workdir / 'migrations.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "cop_portal.settings",
    }
    env.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "tests.tag_migration_scenario", app],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
