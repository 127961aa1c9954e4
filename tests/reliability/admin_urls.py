"""Every admin URL, from the admin registry and the admin's own URL patterns.

For each registered ModelAdmin: its change list, add, and for an object (a real one
when there is one) change, history and delete; then every other admin pattern
(custom views of a ModelAdmin or of the site, app indexes, autocomplete, password
change, ...) with its parameters filled from real objects where it names a model.
"""

from dataclasses import dataclass

from django.contrib import admin
from django.contrib.admin.utils import quote
from django.db import models
from django.urls import NoReverseMatch, reverse

from tests.reliability.discovery import admin_patterns

STANDARD_VIEWS = ("changelist", "add", "change", "history", "delete")
# Admin patterns that anonymous visitors may reach by design.
OPEN_TO_VISITORS = {"admin:login", "admin:logout"}


@dataclass(frozen=True)
class AdminUrl:
    key: str  # e.g. "admin:partners_partner_change"
    path: str
    model: object = None
    view: str = ""
    object_id: object = None


def _first_object(model):
    return model._base_manager.order_by("pk").first()


def _missing_pk(model):
    """A primary key no object has, of the model's key type (integers, or UUIDs for the
    task results of django_tasks_db)."""
    if isinstance(model._meta.pk, models.UUIDField):
        return "00000000-0000-4000-8000-000000000000"
    return "999999999"


def model_admin_urls(model, model_admin, obj=None, missing_pk=None):
    info = (model._meta.app_label, model._meta.model_name)
    obj = obj if obj is not None else _first_object(model)
    pk = obj.pk if obj is not None else (missing_pk or _missing_pk(model))
    urls = []
    for view in STANDARD_VIEWS:
        key = f"admin:{info[0]}_{info[1]}_{view}"
        args = [] if view in ("changelist", "add") else [quote(pk)]
        try:
            path = reverse(key, args=args)
        except NoReverseMatch:
            continue
        urls.append(AdminUrl(key, path, model, view, None if not args else pk))
    return urls


def all_admin_urls():
    """Every admin URL, once, with real object ids where there are objects."""
    urls = []
    covered = set()
    models_by_prefix = {}
    for model, model_admin in admin.site._registry.items():
        info = f"{model._meta.app_label}_{model._meta.model_name}_"
        models_by_prefix[info] = model
        for url in model_admin_urls(model, model_admin):
            urls.append(url)
            covered.add(url.key)
    app_labels = sorted({model._meta.app_label for model in admin.site._registry})
    for pattern in admin_patterns():
        if pattern.key in covered:
            continue
        model = None
        name = pattern.key.split(":")[-1]
        for prefix, candidate in models_by_prefix.items():
            if name.startswith(prefix):
                model = candidate
        obj = _first_object(model) if model is not None else None
        names = {parameter for parameter, _converter in pattern.parameters}
        # An app index per app; any other pattern once.
        for app_label in app_labels if "app_label" in names else [None]:
            values = {}
            for parameter in names:
                if parameter == "app_label":
                    values[parameter] = app_label
                elif parameter in ("object_id", "pk", "id") and obj is not None:
                    values[parameter] = quote(obj.pk)
                else:
                    values[parameter] = "1"
            path = pattern.build(values, encode=False)
            urls.append(AdminUrl(pattern.key, path, model, name, obj.pk if obj else None))
        covered.add(pattern.key)
    return urls
