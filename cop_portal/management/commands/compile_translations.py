"""Compile every ``locale/*/LC_MESSAGES/*.po`` (``django`` for templates and code,
``djangojs`` for the admin's scripts) to ``.mo`` without GNU gettext.

Django's ``compilemessages`` needs ``msgfmt``; this does the same with polib so a fresh
machine or a slim Docker image can build the catalogues. The compiled files are also
committed, and a test checks they match their sources. Unlike polib, it refuses a
catalogue whose translations lose or change the English placeholders
(cop_portal/catalogue_checks.py), which would be a server error in that language.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cop_portal.catalogue_checks import catalogue_problems


def catalogue_paths():
    for locale_dir in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))


class Command(BaseCommand):
    help = "Compile the portal's .po catalogues to .mo files (no GNU gettext needed)."

    def handle(self, *args, **options):
        paths = list(catalogue_paths())
        if not paths:
            raise CommandError("No catalogues found under LOCALE_PATHS.")
        for po_path in paths:
            catalogue = polib.pofile(str(po_path))
            problems = [entry.msgid for entry in catalogue if entry.fuzzy] + [
                entry.msgid for entry in catalogue.untranslated_entries()
            ]
            if problems:
                raise CommandError(f"{po_path}: untranslated or fuzzy: {problems[:5]}")
            placeholder_problems = catalogue_problems(catalogue)
            if placeholder_problems:
                raise CommandError(
                    f"{po_path}: placeholders differ from English:\n"
                    + "\n".join(placeholder_problems)
                )
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(f"compiled {po_path} ({len(catalogue)} messages)")
