"""``python manage.py backup_portal FILE``: content and media in one archive.

See cop_portal/backups.py for what the archive holds.
"""

from django.core.management.base import BaseCommand

from cop_portal.backups import archive_counts, portal_backup


class Command(BaseCommand):
    help = "Back up the portal's content and uploaded media to one .tar.gz file."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the archive (e.g. portal.tar.gz)")

    def handle(self, *args, **options):
        objects, models, media = archive_counts(portal_backup(path=options["file"]))
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {objects} objects of {models} models and {media} media files "
                f"to {options['file']}."
            )
        )
