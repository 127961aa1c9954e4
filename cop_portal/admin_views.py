"""Admin views that need more care than Django gives them by default."""

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404


def view_on_site(request, content_type_id, object_id):
    """The admin's "view on site" redirect, only for objects the user may see in the admin.

    Django's own shortcut redirects any staff user to any object's public URL, which
    would reveal, e.g., the address of another partner's unpublished profile to a
    partner representative. Here the object must be in the queryset its ModelAdmin
    gives this user.
    """
    try:
        content_type = ContentType.objects.get_for_id(content_type_id)
    except ObjectDoesNotExist:
        raise Http404("No such object.") from None
    model = content_type.model_class()
    model_admin = admin.site._registry.get(model) if model else None
    if model_admin is None:
        raise Http404("No such object.")
    try:
        obj = model_admin.get_queryset(request).filter(pk=object_id).first()
    except (ValueError, TypeError, ValidationError):
        obj = None
    if obj is None or not model_admin.has_view_or_change_permission(request, obj):
        raise Http404("No such object.")
    return shortcut(request, content_type_id, object_id)
