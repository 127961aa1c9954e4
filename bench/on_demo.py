"""The frame of the benches that measure in-process on the demo content (bench-scale,
bench-search): the demo is loaded into a fresh database (PostgreSQL when
``DATABASE_URL`` names one, else SQLite, dropped afterwards), then the bench runs again
as ``python -m <module> --measure`` with the portal's production settings."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_on_demo(module, name, collect_static=False, **settings):
    """Measure ``module`` on the demo content; ``settings`` are further environment
    variables, ``collect_static`` is for benches whose pages link to static files."""
    sys.path.insert(0, str(REPO))
    from tests.portal_server import DemoDatabase, manage, production_environment

    with (
        tempfile.TemporaryDirectory(prefix=f"cop-{name}-bench-") as workdir,
        DemoDatabase(workdir, name_suffix=f"{name}_bench") as database,
    ):
        static_root = Path(workdir) / "static"
        env = production_environment(database.url, static_root, **settings)
        if collect_static:
            print(f"bench-{name}: collecting static files…", flush=True)
            manage(env, "collectstatic", "--noinput", "--verbosity=0")
        print(f"bench-{name}: loading the demo content…", flush=True)
        database.load(static_root)
        subprocess.run([sys.executable, "-m", module, "--measure"], cwd=REPO, env=env, check=True)


def setup_django():
    """Django in the measuring process, configured by its environment."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_portal.settings")
    django.setup()
