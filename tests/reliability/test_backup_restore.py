"""No data lost: backup_portal, then restore_portal into an empty database, gives the same portal.

In-process on the test database: the demo portal is backed up, every table is
emptied (what a freshly migrated database has: content types and permissions, no
content) and the media directory replaced by an empty one, the backup is restored,
and every discovered public page, every object and every media file must be as
before. The same runs against PostgreSQL with a really fresh database in
test_live_portal.py. A damaged or hostile archive, or a database that is not empty,
is refused and nothing is changed.
"""

import hashlib
import io
import json
import tarfile
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client

from cop_portal.backups import EXCLUDED, SERIALIZATION_FORMAT
from tests.reliability import report
from tests.reliability.forms import without_one_time_values

pytestmark = pytest.mark.django_db


def canonical_dump():
    output = StringIO()
    call_command(
        "dumpdata",
        natural_foreign=True,
        exclude=EXCLUDED,
        use_base_manager=True,
        format=SERIALIZATION_FORMAT,  # to the microsecond
        stdout=output,
    )
    return sorted(json.loads(output.getvalue()), key=lambda item: (item["model"], str(item["pk"])))


def media_checksums(root):
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def render_pages(paths):
    client = Client()
    pages = {}
    for path in paths:
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        pages[path] = (response.status_code, without_one_time_values(body))
    return pages


def public_paths(site):
    """A page of every pattern in every language (every crawled page: test_live_portal)."""
    return sorted(set(site.paths()))


@pytest.fixture
def archive(tmp_path, demo_portal, settings):
    # One uploaded file at least, so that media are really carried over.
    upload = Path(settings.MEDIA_ROOT) / "reliability" / "proof.txt"
    upload.parent.mkdir(parents=True, exist_ok=True)
    upload.write_bytes("an uploaded file ✓".encode())
    path = tmp_path / "portal.tar.gz"
    call_command("backup_portal", str(path), stdout=StringIO())
    return path


def empty_the_database():
    """What a freshly migrated database holds: content types and permissions only."""
    if connection.vendor == "postgresql":
        # The demo was written in this same transaction: run its pending foreign-key
        # checks first, or PostgreSQL refuses to TRUNCATE.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def test_restore_gives_back_an_identical_portal(archive, site, settings, tmp_path):
    paths = public_paths(site)
    pages_before = render_pages(paths)
    data_before = canonical_dump()
    media_before = media_checksums(settings.MEDIA_ROOT)

    empty_the_database()
    assert get_user_model().objects.count() == 0
    settings.MEDIA_ROOT = tmp_path / "fresh-media"
    call_command("restore_portal", str(archive), stdout=StringIO())

    assert canonical_dump() == data_before
    assert media_checksums(settings.MEDIA_ROOT) == media_before
    pages_after = render_pages(paths)
    different = [path for path in paths if pages_after[path] != pages_before[path]]
    assert different == []
    report.record(
        "backup and restore (in-process)",
        objects=len(data_before),
        media_files=len(media_before),
        pages_compared=len(paths),
    )


def test_restore_refuses_a_database_with_users(archive):
    data_before = canonical_dump()
    with pytest.raises(CommandError, match="already has users"):
        call_command("restore_portal", str(archive), stdout=StringIO())
    assert canonical_dump() == data_before


def _rewrite(archive, target, change):
    """A copy of ``archive`` with its members passed through ``change(name, bytes)``."""
    with tarfile.open(archive, "r:gz") as source, tarfile.open(target, "w:gz") as output:
        members = [(m, source.extractfile(m).read() if m.isfile() else None) for m in source]
        for member, content in change(members):
            if content is not None:
                member.size = len(content)
                output.addfile(member, io.BytesIO(content))
            else:
                output.addfile(member)
    return target


def _refused(archive, match, settings, tmp_path):
    empty_the_database()
    settings.MEDIA_ROOT = tmp_path / "fresh-media"
    with pytest.raises(CommandError, match=match):
        call_command("restore_portal", str(archive), stdout=StringIO())
    assert get_user_model().objects.count() == 0
    assert not Path(settings.MEDIA_ROOT).exists() or media_checksums(settings.MEDIA_ROOT) == {}
    report.count("backup and restore (in-process)", "bad archives refused")


def test_a_damaged_archive_is_refused(archive, settings, tmp_path):
    def damage(members):
        for member, content in members:
            if member.name == "data.json":
                content = content.replace(b'"admin"', b'"intruder"')
            yield member, content

    _refused(_rewrite(archive, tmp_path / "damaged.tar.gz", damage), "checksum", settings, tmp_path)


def test_an_archive_escaping_the_media_directory_is_refused(archive, settings, tmp_path):
    def escape(members):
        yield from members
        evil = tarfile.TarInfo("media/../../escaped.txt")
        yield evil, b"outside"

    target = _rewrite(archive, tmp_path / "escape.tar.gz", escape)
    _refused(target, "refusing archive member", settings, tmp_path)
    assert not (tmp_path / "escaped.txt").exists()


def test_a_restore_that_fails_half_way_changes_nothing(archive, settings, tmp_path):
    """Data that cannot load (here: a user in a group that does not exist) rolls back."""

    def break_data(members):
        members = list(members)
        data = next(content for member, content in members if member.name == "data.json")
        objects = json.loads(data)
        objects.append(
            {
                "model": "auth.user",
                "pk": 999999,
                "fields": {"username": "orphan", "password": "!", "groups": [["no such group"]]},
            }
        )
        data = json.dumps(objects).encode()
        for member, content in members:
            if member.name == "data.json":
                content = data
            elif member.name == "manifest.json":
                manifest = json.loads(content)
                manifest["files"]["data.json"] = hashlib.sha256(data).hexdigest()
                content = json.dumps(manifest).encode()
            yield member, content

    target = _rewrite(archive, tmp_path / "broken.tar.gz", break_data)
    empty_the_database()
    settings.MEDIA_ROOT = tmp_path / "fresh-media"
    with pytest.raises(Exception):  # noqa: B017 (loaddata's own error, whatever it is)
        call_command("restore_portal", str(target), stdout=StringIO())
    assert get_user_model().objects.count() == 0
    assert not Path(settings.MEDIA_ROOT).exists() or media_checksums(settings.MEDIA_ROOT) == {}
