"""Load the demo content of every app: ``python manage.py load_demo``.

Idempotent: running it again updates the demo objects in place. Each app with demo
content has a ``demo`` module with a ``load(command)`` function that writes what it does
to ``command.stdout`` and returns the demo logins it created, as ``DemoLogin`` tuples;
the texts are in the app's ``demo.toml`` (see cop_portal/demo_data.py).
"""

import importlib

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import get_language_info

from cop_portal.demo_data import DemoLogin, demo_account

# In this order because the later ones refer to what the earlier ones made: guideline
# resources, events and news link to partners. Labels: the module is ``<app name>.demo``.
DEMO_APPS = ("partners", "guidelines", "events", "news", "pages")

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "cop-demo-admin"


class Command(BaseCommand):
    help = "Create the demo admin and load the demo content of every app (idempotent)."

    def step(self, message):
        self.stdout.write(f"- {message}")

    def handle(self, *args, **options):
        logins = [self.load_admin()]
        for label in DEMO_APPS:
            module = importlib.import_module(f"{apps.get_app_config(label).name}.demo")
            self.stdout.write(self.style.MIGRATE_HEADING(f"Loading {label} demo content"))
            with transaction.atomic():
                logins.extend(module.load(self) or [])
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Demo logins (http://127.0.0.1:8000/admin/)"))
        for login in logins:
            language = (
                get_language_info(login.language)["name"]
                if login.language
                else "browser's language"
            )
            note = f"; {login.note}" if login.note else ""
            self.stdout.write(
                f"  {login.role:<28} {login.username:<22} {login.password:<20}"
                f" (admin in {language}{note})"
            )

    def load_admin(self):
        self.stdout.write(self.style.MIGRATE_HEADING("Loading the demo administrator"))
        # Named as who saved the demo content's first versions.
        self.admin_user, created = demo_account(ADMIN_USERNAME, ADMIN_PASSWORD, superuser=True)
        self.step(f"{'created' if created else 'updated'} superuser '{ADMIN_USERNAME}'")
        return DemoLogin("Administrator (all rights)", ADMIN_USERNAME, ADMIN_PASSWORD)
