"""Prepare the live portal's database for the suite; prints what it made as JSON.

Run inside the portal's environment (``python -m tests.reliability.live_setup``) by
test_live_portal.py after the demo content is loaded:

- an editor: member of "Editors" when that group exists (otherwise a superuser, the
  only role that can edit anything before the group exists);
- a staff account for the login lock-out test;
- the admin change form the editor will save during the database outage: an object
  of one of the portal's apps the editor may change (with inlines if possible), or,
  before the apps have content, the lock-out account's user record;
- the lock-out limit the portal really runs with.

Passwords come from the environment (COP_LIVE_EDITOR_PASSWORD,
COP_LIVE_LOCKOUT_PASSWORD), so they never appear in a command line.
"""

import json
import os


def main():
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_portal.settings")
    django.setup()

    from django.conf import settings
    from django.contrib import admin
    from django.contrib.admin.utils import quote
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.urls import reverse

    from tests.reliability.roles import EDITORS

    User = get_user_model()
    editors = Group.objects.filter(name=EDITORS).first()
    editor, _ = User.objects.get_or_create(username="reliability-editor")
    editor.email = "editor@example.org"
    editor.is_staff = True
    editor.is_superuser = editors is None
    editor.set_password(os.environ["COP_LIVE_EDITOR_PASSWORD"])
    editor.save()
    if editors is not None:
        editor.groups.add(editors)

    lockout, _ = User.objects.get_or_create(username="reliability-lockout")
    lockout.is_staff = True
    lockout.first_name = "Lock-out"
    lockout.set_password(os.environ["COP_LIVE_LOCKOUT_PASSWORD"])
    lockout.save()

    target = None
    candidates = []
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in ("guidelines", "partners", "events", "news"):
            continue
        if not editor.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
            continue
        obj = model._base_manager.order_by("pk").first()
        if obj is not None:
            candidates.append((not model_admin.inlines, model._meta.label, model, obj))
    if candidates:
        _no_inlines, label, model, obj = sorted(candidates, key=lambda c: c[:2])[0]
        target = {
            "model": label,
            "table": model._meta.db_table,
            "pk": obj.pk,
            "path": reverse(
                f"admin:{model._meta.app_label}_{model._meta.model_name}_change",
                args=[quote(obj.pk)],
            ),
        }
    else:
        target = {
            "model": "auth.User",
            "table": User._meta.db_table,
            "pk": lockout.pk,
            "path": reverse("admin:auth_user_change", args=[lockout.pk]),
        }
    print(
        json.dumps(
            {
                "editor": editor.username,
                "editor_is_superuser": editor.is_superuser,
                "lockout_user": lockout.username,
                "axes_failure_limit": settings.AXES_FAILURE_LIMIT,
                "edit_target": target,
                "middleware": settings.MIDDLEWARE,
            }
        )
    )


if __name__ == "__main__":
    main()
