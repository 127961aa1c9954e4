"""``python manage.py backup_portal FILE``: content and media in one archive.

See cop_portal/backups.py for what the archive holds.
"""

from django.core.management.base import BaseCommand

from cop_portal.backups import portal_backup


class Command(BaseCommand):
    help = "Back up the portal's content and uploaded media to one .tar.gz file."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the archive (e.g. portal.tar.gz)")

    def handle(self, *args, **options):
        manifest = portal_backup(path=options["file"])
        media = sum(1 for name in manifest["files"] if name.startswith("media/"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {sum(manifest['objects'].values())} objects of "
                f"{len(manifest['objects'])} models and {media} media files to {options['file']}."
            )
        )
