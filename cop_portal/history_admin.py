"""Versions in the admin: every save of a content object keeps a version (django-reversion).

``HistoryAdmin`` goes before the other admin bases of a content model's ModelAdmin (after
``PartnerOwnedAdminMixin``). The object's history lists its versions; "compare" shows,
field by field and language by language, what a version changed; "restore" makes a
version current again in one step, as a new version. A deleted object keeps its last
version and can be recovered from the change list.

Seeing the history follows the object's view permission (a representative sees only
their partner's); restoring and recovering are for staff who are not restricted to one
partner, since a version holds fields a representative may not edit.
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version

from cop_portal.history import (
    compare_versions,
    previous_version,
    restore_version,
    save_version,
    versions_of,
)
from cop_portal.time_zones import in_zones


def version_date(version):
    return in_zones(version.revision.date_created)


class HistoryAdmin(VersionAdmin):
    object_history_template = "admin/history/object_history.html"
    change_list_template = "admin/history/change_list.html"
    recover_list_template = "admin/history/recover_list.html"
    compare_template = "admin/history/compare.html"
    history_latest_first = True

    @property
    def media(self):
        # Differences show on change pages too (the partners' review).
        return super().media + forms.Media(css={"all": ["cop_portal/admin/history.css"]})

    # --- who may do what ---------------------------------------------------------------
    def may_restore(self, request, obj=None):
        restricted = getattr(self, "is_restricted", None)
        if restricted is not None and restricted(request):
            return False
        return self.has_change_permission(request, obj)

    def may_recover(self, request):
        return self.may_restore(request) and self.has_add_permission(request)

    def _admin_url(self, name, *args):
        opts = self.model._meta
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{name}", args=args
        )

    def _visible_version(self, request, object_id, version_id):
        """The object (as the user may see it) and one of its versions, or 404."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise Http404(gettext("No such object."))
        version = get_object_or_404(versions_of(self.model, obj.pk), pk=version_id)
        return obj, version

    # --- URLs --------------------------------------------------------------------------
    def get_urls(self):
        opts = self.model._meta
        prefix = f"{opts.app_label}_{opts.model_name}"
        return [
            path(
                "<path:object_id>/history/<int:version_id>/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{prefix}_compare",
            ),
            path(
                "<path:object_id>/history/<int:version_id>/restore/",
                self.admin_site.admin_view(self.restore_view),
                name=f"{prefix}_restore",
            ),
            *super().get_urls(),
        ]

    # --- views -------------------------------------------------------------------------
    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise Http404(gettext("No such object."))
        versions = list(versions_of(self.model, obj.pk))
        context = {
            "versions": [
                {
                    "version": version,
                    "current": index == 0,
                    "compare_url": self._admin_url("compare", quote(obj.pk), version.pk),
                    "restore_url": self._admin_url("restore", quote(obj.pk), version.pk),
                }
                for index, version in enumerate(versions)
            ],
            "may_restore": self.may_restore(request, obj),
            **(extra_context or {}),
        }
        # Django's own view (the page frame and its checks), not reversion's list.
        return super(VersionAdmin, self).history_view(request, object_id, context)

    def compare_view(self, request, object_id, version_id):
        obj, version = self._visible_version(request, object_id, version_id)
        before = previous_version(version)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "title": _("Changes in %(object)s") % {"object": obj},
            "version": version,
            "version_date": version_date(version),
            "before": before,
            "before_date": version_date(before) if before else "",
            "changes": compare_versions(before, version),
            "may_restore": self.may_restore(request, obj),
            "restore_url": self._admin_url("restore", quote(obj.pk), version.pk),
            "history_url": self._admin_url("history", quote(obj.pk)),
        }
        return TemplateResponse(request, self.compare_template, context)

    def holds_for_review(self, request, object_id):
        """Does this user's change wait for review instead of being saved as a version?"""
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            self._keep_state_before_first_change(request, object_id)
            if self.holds_for_review(request, object_id):
                # Not recorded as a version: the change is kept as a proposal instead.
                return super(VersionAdmin, self).change_view(
                    request, object_id, form_url, extra_context
                )
        return super().change_view(request, object_id, form_url, extra_context)

    def _keep_state_before_first_change(self, request, object_id):
        """Content from before versions were kept gets one of its state as it is, so the
        first change can be compared and undone."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None or versions_of(self.model, obj.pk).exists():
            return
        save_version(obj, user=None, comment=gettext("As it was before its history was kept."))

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # reversion's own form view is replaced by compare and a one-step restore.
        obj, version = self._visible_version(request, object_id, version_id)
        return redirect(self._admin_url("compare", quote(obj.pk), version.pk))

    def restore_view(self, request, object_id, version_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj, version = self._visible_version(request, object_id, version_id)
        if not self.may_restore(request, obj):
            raise PermissionDenied
        self._restore(request, version)
        return redirect(self._admin_url("change", quote(obj.pk)))

    def _restore(self, request, version):
        date = version_date(version)
        comment = gettext("Restored the version of %(date)s.") % {"date": date}
        try:
            restored = restore_version(version, user=request.user, comment=comment)
        except (RevertError, IntegrityError) as error:
            message = gettext("This version cannot be restored: %(error)s") % {"error": error}
            self.message_user(request, message, messages.ERROR)
            return None
        message = gettext("%(object)s is as it was on %(date)s again.")
        self.message_user(request, message % {"object": restored, "date": date}, messages.SUCCESS)
        return restored

    def recoverlist_view(self, request, extra_context=None):
        if not self.may_recover(request):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.may_recover(request):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        version = get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        restored = self._restore(request, version)
        if restored is None:
            return redirect(self._admin_url("recoverlist"))
        return redirect(self._admin_url("change", quote(restored.pk)))

    def changelist_view(self, request, extra_context=None):
        context = {"may_recover": self.may_recover(request), **(extra_context or {})}
        if request.POST.get("action") == "delete_selected":
            # Outside reversion's revision: delete_queryset keeps each object's last
            # version first, which a revision still open at the deletion would drop.
            return super(VersionAdmin, self).changelist_view(request, context)
        return super().changelist_view(request, context)

    # --- deleting keeps the last version -------------------------------------------------
    def delete_model(self, request, obj):
        save_version(obj, user=request.user, comment=gettext("Deleted."))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            save_version(obj, user=request.user, comment=gettext("Deleted."))
        super().delete_queryset(request, queryset)
