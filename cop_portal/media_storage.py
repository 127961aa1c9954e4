"""Uploaded media on S3-compatible object storage (``DJANGO_MEDIA_STORAGE=s3``), with
safe headers on every object.

docs/operations.md ("Uploads on object storage") says how it is set up and served.
"""

import mimetypes
from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage

# What the portal publishes: shown inline. Anything else is a download.
INLINE_TYPES = {
    "image/png",
    "image/jpeg",
    "image/webp",
    "image/gif",
    "application/pdf",
    "video/mp4",
    "video/webm",
}
MEDIA_CACHE_CONTROL = "public, max-age=604800"


def media_object_headers(name):
    """The S3 object parameters (response headers) of the media file ``name``."""
    content_type, _encoding = mimetypes.guess_type(name)
    headers = {"CacheControl": MEDIA_CACHE_CONTROL}
    if content_type in INLINE_TYPES:
        headers["ContentType"] = content_type
    else:
        headers["ContentType"] = "application/octet-stream"
        headers["ContentDisposition"] = "attachment"
    return headers


class MediaS3Storage(S3Storage):
    """django-storages' S3 storage with the portal's media rules (module docstring)."""

    file_overwrite = False
    default_acl = None
    # Public content behind nginx: plain addresses, no signed query strings.
    querystring_auth = False

    def get_object_parameters(self, name):
        return {**super().get_object_parameters(name), **media_object_headers(name)}

    def url(self, name, parameters=None, expire=None, http_method=None):
        # As FileSystemStorage.url: the same address for the same name.
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name).lstrip("/"))
