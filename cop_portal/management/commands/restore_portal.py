"""``python manage.py restore_portal FILE``: bring an empty, migrated database back.

Refuses a damaged archive, one with unexpected members, a database that lacks the
backup's migrations or already has users, and media files that would be overwritten
with other content; then loads everything in one transaction.
"""

from django.core.management.base import BaseCommand

from cop_portal.backups import archive_counts, portal_restore


class Command(BaseCommand):
    help = "Restore a backup_portal archive into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the archive written by backup_portal")

    def handle(self, *args, **options):
        manifest = portal_restore(path=options["file"])
        objects, _models, media = archive_counts(manifest)
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {objects} objects and {media} media files from {options['file']} "
                f"(backed up {manifest['created']})."
            )
        )
