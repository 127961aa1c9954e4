"""Every upload field of the admin refuses hostile files and stores nothing for them.

The fields are found from the admin: each registered model's change form (for its
first object) is read as a browser reads it, and each file input in it (the model's
own or an inline's) gets the files of tests/reliability/uploads.py. The unchanged
form must save (so the harness really drives the form), each hostile file must be
refused with a form error and leave the object and the media directory as they were,
and a small valid file must then be accepted.
"""

import os
from pathlib import Path

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.forms.models import _get_foreign_key
from django.test import Client

from tests.reliability import report
from tests.reliability.admin_urls import model_admin_urls
from tests.reliability.forms import admin_change_form
from tests.reliability.uploads import PAYLOAD, field_kind, hostile_files, size_limit, valid_file

pytestmark = pytest.mark.django_db

SAFE_EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg", ".webp", ".gif"}


def _inline_prefix(model_admin, inline):
    """The form prefix of an inline's rows (``captions`` in ``captions-0-file``)."""
    fk = _get_foreign_key(model_admin.model, inline.model, fk_name=inline.fk_name)
    return fk.remote_field.get_accessor_name(model=False).replace("+", "")


def _file_field(model_admin, input_name):
    """The model field behind a file input of a change form (own field or inline's)."""
    name = input_name.rsplit("-", 1)[-1]
    models_ = [model_admin.model] if "-" not in input_name else []
    # Two inlines may both have a field named "file": the row's prefix tells them apart.
    prefix = input_name.split("-", 1)[0]
    models_ += [
        inline.model
        for inline in model_admin.inlines
        if _inline_prefix(model_admin, inline) == prefix
    ]
    for model in models_:
        try:
            field = model._meta.get_field(name)
        except Exception:  # noqa: BLE001 (not this model's field)
            continue
        if isinstance(field, models.FileField):
            return field
    return None


def _has_uploads(model):
    return any(isinstance(f, models.FileField) for f in model._meta.get_fields())


def upload_cases():
    """(model, model admin) for every admin form with an upload field.

    A model edited both in its own admin and inline elsewhere is tried in its own.
    """
    registry = admin.site._registry
    cases = []
    for model, model_admin in registry.items():
        inline_uploads = [
            inline.model
            for inline in model_admin.inlines
            if _has_uploads(inline.model) and inline.model not in registry
        ]
        if _has_uploads(model) or inline_uploads:
            cases.append((model, model_admin))
    return cases


def media_files(root):
    root = Path(root)
    if not root.exists():
        return {}
    return {
        str(path.relative_to(root)): path.stat().st_size
        for path in root.rglob("*")
        if path.is_file()
    }


def _post(client, path, fields, input_name, upload):
    data = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    if upload is not None:
        data[input_name] = SimpleUploadedFile(upload.name, upload.content, upload.content_type)
    return client.post(path, data)


def _stored(model, pk):
    obj = model._base_manager.get(pk=pk)
    return {
        f.name: str(getattr(obj, f.attname))
        for f in model._meta.concrete_fields
        if not isinstance(f, models.DateTimeField) or not (f.auto_now or f.auto_now_add)
    }


def _inline_values(field):
    return {
        str(obj.pk): getattr(obj, field.attname).name
        for obj in field.model._base_manager.all().order_by("pk")
    }


@pytest.fixture
def superuser_client(demo_portal):
    client = Client()
    client.force_login(demo_portal.superuser)
    return client


def admin_file_fields():
    """Every file field an admin change form edits: registered models' and inlines'."""
    fields = set()
    for model, model_admin in admin.site._registry.items():
        for edited in (model, *(inline.model for inline in model_admin.inlines)):
            fields |= {f for f in edited._meta.concrete_fields if isinstance(f, models.FileField)}
    return fields


def test_upload_fields_are_found(superuser_client, demo_portal):
    """The upload tests reach every file field of the admin through a real form."""
    cases = upload_cases()
    report.record("uploads", models_with_upload_fields=[m._meta.label for m, _ in cases])
    assert cases, "no admin form with an upload field was found"
    reached = set()
    for model, model_admin in cases:
        forms = list(_editable_forms(superuser_client, model, model_admin))
        assert forms, f"no {model._meta.label} in the demo has a form with a file input"
        for _obj, _path, _form, inputs in forms:
            reached |= {_file_field(model_admin, name) for name in inputs} - {None}
    expected = admin_file_fields()
    assert expected, "no model edited in the admin has a file field"
    missing = sorted(str(field) for field in expected - reached)
    assert not missing, f"file fields no tried form shows: {missing}"


def _editable_forms(client, model, model_admin):
    """(object, change URL, form, file inputs) for the first object whose form has uploads,
    then for each further object whose form shows a file field the earlier ones did not
    (a library entry shows its files' inputs, a video its captions').

    Objects whose upload field is already filled come first: their other fields (an
    image's description, say) are then complete, so only the file decides.
    """
    file_fields = [f.name for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
    wanted = {
        field
        for edited in (model, *(inline.model for inline in model_admin.inlines))
        for field in edited._meta.concrete_fields
        if isinstance(field, models.FileField)
    }
    covered = set()
    candidates = list(model._base_manager.order_by("pk")[:50])
    candidates.sort(key=lambda obj: not any(getattr(obj, name) for name in file_fields))
    for obj in candidates[:10]:
        change = next(u for u in model_admin_urls(model, model_admin, obj) if u.view == "change")
        response = client.get(change.path)
        if response.status_code != 200:
            continue
        form = admin_change_form(response.content.decode())
        inputs = [name for name in form.file_inputs if "__prefix__" not in name] if form else []
        shown = {_file_field(model_admin, name) for name in inputs} - {None}
        if inputs and (not covered or shown - covered):
            covered |= shown
            yield obj, change.path, form, inputs
        if covered >= wanted:
            return


def _with_descriptions(fields):
    """Fill an empty image description (alt text): an image needs one to be saved."""
    return [
        (name, value or "A test image" if "alt" in name.split("-")[-1] else value)
        for name, value in fields
    ]


def _error_on(response, input_name):
    return f'id="id_{input_name}_error"' in response.content.decode()


@pytest.mark.parametrize(
    "model,model_admin",
    upload_cases(),
    ids=lambda value: getattr(value, "_meta", None) and value._meta.label,
)
def test_hostile_uploads_are_refused(superuser_client, demo_portal, model, model_admin):
    forms = list(_editable_forms(superuser_client, model, model_admin))
    if not forms:
        pytest.skip(f"no {model._meta.verbose_name} in the demo has an upload field to fill")
    tried = set()
    for obj, path, form, inputs in forms:
        _send_uploads(
            superuser_client, demo_portal, model, model_admin, obj, path, form, inputs, tried
        )


def _send_uploads(
    superuser_client, demo_portal, model, model_admin, obj, path, form, inputs, tried
):
    """Hostile files, then a valid one, to each file input of ``obj``'s change form whose
    field is not in ``tried`` (which it completes)."""
    fields = _with_descriptions(form.fields)

    # The form saves as it is: the harness drives this form correctly.
    response = _post(superuser_client, path, fields, None, None)
    assert response.status_code == 302, (
        f"the unchanged form of {path} does not save: {response.content.decode()[:3000]}"
    )
    for input_name in inputs:
        field = _file_field(model_admin, input_name)
        if field is None or (field.model is not model and field.model in admin.site._registry):
            continue
        if field in tried:
            continue  # tried through an earlier object's form
        tried.add(field)
        kind, limit = field_kind(field), size_limit(field)
        for upload in hostile_files(kind, limit):
            media_before = media_files(demo_portal.media_root)
            stored_before = _stored(model, obj.pk)
            inline_before = _inline_values(field) if field.model is not model else None
            response = _post(superuser_client, path, fields, input_name, upload)
            report.count("uploads", "hostile files sent")
            if response.status_code == 302 and not upload.must_refuse:
                # Accepted (a real file of the right type): stored under a safe name,
                # re-encoded where it carried a payload.
                for name in set(media_files(demo_portal.media_root)) - set(media_before):
                    stored = Path(demo_portal.media_root) / name
                    assert PAYLOAD not in stored.read_bytes(), f"{upload.label} stored as is"
                    assert os.path.splitext(name)[1].lower() in SAFE_EXTENSIONS, name
                report.count("uploads", "accepted, stored safely")
                continue
            assert response.status_code == 200, (
                f"{upload.label} to {input_name} on {path} was accepted ({response.status_code})"
            )
            assert _error_on(response, input_name), (
                f"{upload.label}: no error on {input_name} at {path}"
            )
            assert media_files(demo_portal.media_root) == media_before, (
                f"{upload.label} to {input_name} left a file in MEDIA_ROOT"
            )
            assert _stored(model, obj.pk) == stored_before
            if inline_before is not None:
                assert _inline_values(field) == inline_before
            report.count("uploads", "refused")
        # And a small valid file is taken (the field really accepts uploads).
        upload = valid_file(kind)
        response = _post(superuser_client, path, fields, input_name, upload)
        assert response.status_code == 302, (
            f"a valid {kind} to {input_name} on {path} was refused: "
            f"{response.content.decode()[:3000]}"
        )
