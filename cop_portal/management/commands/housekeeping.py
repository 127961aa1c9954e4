"""``python manage.py housekeeping [JOB ...]``: remove what the portal no longer needs.

Runs every job of ``settings.HOUSEKEEPING_JOBS`` (expired sessions, django-axes records,
old task results...) or only the named ones; ``--list`` shows them. See
cop_portal/housekeeping.py and docs/operations.md.
"""

from django.core.management.base import BaseCommand, CommandError

from cop_portal.housekeeping import housekeeping_jobs


class Command(BaseCommand):
    help = "Remove expired sessions, old login records and other records past their retention."

    def add_arguments(self, parser):
        parser.add_argument("jobs", nargs="*", metavar="JOB", help="run only these jobs")
        parser.add_argument("--list", action="store_true", help="list the jobs and stop")

    def handle(self, *args, jobs, list, **options):
        available = {job.name: job for job in housekeeping_jobs()}
        if list:
            for job in available.values():
                self.stdout.write(f"{job.name}: {job.description}")
            return
        unknown = sorted(set(jobs) - set(available))
        if unknown:
            raise CommandError(
                f"unknown job {', '.join(unknown)}; the jobs are: {', '.join(available)}"
            )
        for name, job in available.items():
            if jobs and name not in jobs:
                continue
            removed = job()
            self.stdout.write(f"{name}: removed {removed}")
