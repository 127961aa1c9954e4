"""Back up the whole portal to one file, and restore it into an empty database.

The archive (``.tar.gz``) holds:

- ``data.json``: every object of every app (``dumpdata`` with natural foreign keys, so
  content types and permissions are referred to by name and fit any database),
  including objects a default manager hides (drafts); without sessions, content
  types and permissions (a migrated database has its own) and django-axes' login
  records (transient); datetimes are kept to the microsecond;
- ``media/``: every uploaded file, read through Django's storage API, so the same
  backup comes from (and goes back to) a media directory or an S3 bucket;
- ``manifest.json``: format version, when, which migrations the data belongs to, the
  number of objects per model and a SHA-256 of every other member.

A backup is written to a temporary name and renamed when complete, and is read in one
REPEATABLE READ transaction on PostgreSQL, so it is a consistent snapshot of a
portal in use. A restore checks the archive (checksums, member names, migrations)
and that the database is empty before it touches anything, then loads everything in
one transaction: it succeeds completely or leaves the database as it was.
"""

import contextlib
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from collections import Counter
from pathlib import Path, PurePosixPath

import django
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone, translation

FORMAT = "cop-portal-backup"
VERSION = 1
DATA = "data.json"
# Django's JSON with datetimes to the microsecond (cop_portal/backup_serializer.py).
SERIALIZATION_FORMAT = "portaljson"
serializers.register_serializer(SERIALIZATION_FORMAT, "cop_portal.backup_serializer")
MANIFEST = "manifest.json"
MEDIA = "media"
# Rebuilt by migrate (content types, permissions) or not worth keeping.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes"]


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _media_files(root):
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def _is_symlink(name):
    """A link in a media directory (nothing the portal made) is left out of backups."""
    try:
        return os.path.islink(default_storage.path(name))
    except NotImplementedError:  # object storage has no links
        return False


def _stored_names(directory=""):
    """Every file name in the media storage (``default_storage``), sorted."""
    bucket = getattr(default_storage, "bucket", None)
    if bucket is not None and not directory:
        # Object storage: one listing of every key (a request per 1,000 keys), not one
        # request per "directory"; s3rver, the tests' server, also lists no
        # sub-directories at the top level.
        prefix = f"{default_storage.location}/" if default_storage.location else ""
        return sorted(
            item.key[len(prefix) :]
            for item in bucket.objects.filter(Prefix=prefix)
            if not item.key.endswith("/")
        )
    try:
        directories, files = default_storage.listdir(directory)
    except FileNotFoundError:  # no media directory yet
        return []
    prefix = f"{directory}/" if directory else ""
    names = [prefix + name for name in files if not _is_symlink(prefix + name)]
    for subdirectory in directories:
        names += _stored_names(prefix + subdirectory)
    return sorted(names)


def _download_media(target):
    """Copy every stored media file under ``target``; return the copies."""
    copies = []
    for name in _stored_names():
        copy = Path(target) / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, open(copy, "wb") as output:
            shutil.copyfileobj(source, output)
        copies.append(copy)
    return copies


def _stored_sha256(name):
    digest = hashlib.sha256()
    with default_storage.open(name, "rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _applied_migrations():
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _dump(path):
    """dumpdata in one consistent snapshot."""
    # Natural keys may be translated fields (a topic's name): always in the default
    # language, on the way out and on the way back in.
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        if connection.vendor == "postgresql" and len(connection.savepoint_ids) == 0:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        call_command(
            "dumpdata",
            natural_foreign=True,
            exclude=EXCLUDED,
            use_base_manager=True,
            format=SERIALIZATION_FORMAT,
            output=str(path),
            verbosity=0,
        )


def archive_counts(manifest):
    """``(objects, models, media files)`` in an archive, from its manifest."""
    media = sum(1 for name in manifest["files"] if name.startswith("media/"))
    return sum(manifest["objects"].values()), len(manifest["objects"]), media


def portal_backup(*, path):
    """Write the backup archive to ``path``; return its manifest."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cop-backup-") as work:
        data_path = Path(work) / DATA
        _dump(data_path)
        with open(data_path, encoding="utf-8") as stream:
            objects = Counter(item["model"] for item in json.load(stream))
        files = {DATA: _sha256(data_path)}
        # Each file is read from the storage once: checksum and archive use the copy.
        media_root = Path(work) / MEDIA
        media = _download_media(media_root)
        for file in media:
            files[f"{MEDIA}/{file.relative_to(media_root).as_posix()}"] = _sha256(file)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created": timezone.now().isoformat(),
            "django": django.get_version(),
            "database": connection.vendor,
            "migrations": _applied_migrations(),
            "objects": dict(sorted(objects.items())),
            "files": files,
        }
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            encoded = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(encoded)
            info.mtime = int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(encoded))
            archive.add(data_path, arcname=DATA)
            for file in media:
                archive.add(file, arcname=f"{MEDIA}/{file.relative_to(media_root).as_posix()}")
        with open(partial, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, path)
    return manifest


def _safe_member_name(name):
    posix = PurePosixPath(name)
    if posix.is_absolute() or ".." in posix.parts or "\\" in name or "\x00" in name:
        return False
    return name in (MANIFEST, DATA) or (posix.parts[0] == MEDIA and len(posix.parts) > 1)


def _unpack(path, work):
    """Extract and check the archive into ``work``; return its manifest."""
    try:
        archive = tarfile.open(path, "r:gz")  # noqa: SIM115 (closed by the with below)
    except (OSError, tarfile.TarError) as error:
        raise CommandError(f"{path} is not a portal backup: {error}") from error
    with archive:
        for member in archive.getmembers():
            if not _safe_member_name(member.name):
                raise CommandError(f"refusing archive member {member.name!r}")
            if member.isdir():
                continue
            if not member.isfile():
                raise CommandError(f"refusing archive member {member.name!r} (not a file)")
            target = Path(work) / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as source, open(target, "wb") as output:
                shutil.copyfileobj(source, output)
    try:
        manifest = json.loads((Path(work) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"{path} has no readable manifest") from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise CommandError(f"{path} is not a version {VERSION} portal backup")
    present = {p.relative_to(work).as_posix() for p in Path(work).rglob("*") if p.is_file()} - {
        MANIFEST
    }
    if present != set(manifest["files"]):
        raise CommandError("the archive's files do not match its manifest")
    for name, digest in manifest["files"].items():
        if _sha256(Path(work) / name) != digest:
            raise CommandError(f"{name} is damaged (checksum mismatch)")
    return manifest


def _check_target(manifest, media_files):
    missing = sorted(set(manifest["migrations"]) - set(_applied_migrations()))
    if missing:
        raise CommandError(
            "the database lacks migrations the backup was taken with "
            f"({', '.join(missing[:5])}{'...' if len(missing) > 5 else ''}): run migrate first"
        )
    if get_user_model()._base_manager.exists():
        raise CommandError(
            "the database already has users: restore only into an empty, migrated database"
        )
    for name, source in media_files:
        if default_storage.exists(name) and _stored_sha256(name) != _sha256(source):
            raise CommandError(
                f"media file {name} exists with other content: restore into empty media storage"
            )


def _tables_of(labels):
    tables = []
    for label in labels:
        model = apps.get_model(label)
        tables.append(model._meta.db_table)
        for field in model._meta.local_many_to_many:
            if field.remote_field.through._meta.auto_created:
                tables.append(field.remote_field.through._meta.db_table)
    return sorted(set(tables))


def _empty(tables):
    """Empty ``tables`` (and reset their sequences) inside the current transaction."""
    postgresql = connection.vendor == "postgresql"
    if postgresql:
        # TRUNCATE refuses a table with foreign-key checks still pending in this
        # transaction: run them now, and defer them again for loaddata afterwards.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    connection.ops.execute_sql_flush(
        connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=True)
    )
    if postgresql:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def portal_restore(*, path):
    """Restore the archive at ``path`` into this (empty, migrated) database and media."""
    with tempfile.TemporaryDirectory(prefix="cop-restore-") as work:
        manifest = _unpack(path, work)
        media_dir = Path(work) / MEDIA
        media_files = [
            (source.relative_to(media_dir).as_posix(), source) for source in _media_files(media_dir)
        ]
        _check_target(manifest, media_files)
        written = []
        try:
            with transaction.atomic():
                # Rows that data migrations created (groups, ...) come back from the
                # backup as they were there: clear them first.
                _empty(_tables_of(manifest["objects"]))
                # loaddata tells the format from the file's extension.
                fixture = Path(work) / f"portal.{SERIALIZATION_FORMAT}"
                os.replace(Path(work) / DATA, fixture)
                with translation.override(settings.LANGUAGE_CODE):
                    call_command("loaddata", str(fixture), verbosity=0)
                for name, source in media_files:
                    if default_storage.exists(name):
                        continue  # the same content (checked above)
                    with open(source, "rb") as stream:
                        saved = default_storage.save(name, File(stream, name=name))
                    written.append(saved)
                    if saved != name:
                        raise CommandError(f"media file {name} was stored as {saved}")
        except BaseException:
            for name in written:
                default_storage.delete(name)
            raise
    # Pages cached before the restore must not be served after it; a cache outage must
    # not fail a finished restore.
    with contextlib.suppress(Exception):
        cache.clear()
    return manifest
