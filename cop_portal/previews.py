"""Previews: a public page as it will look, before it is public, for who may see it.

Each kind of public content has a preview address beside its public one
(``news/<slug>/preview/``, ``events/<slug>/preview/``, ``partners/<slug>/preview/``,
``guidelines/<audience>/<set>/preview/``). The preview view is the public detail view
with ``PreviewMixin``: it finds drafts too, answers everyone who may not preview with
the 404 of an address that does not exist, and is never cached nor indexed. The public
views themselves never look at the visitor, so their pages stay cacheable.
"""

from django.http import Http404
from django.utils.cache import add_never_cache_headers


def mark_private(response):
    """``private, no-store`` and ``noindex``: what a preview shows is not public yet."""
    add_never_cache_headers(response)
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


class PreviewMixin:
    """For a ``DetailView`` subclass: its ``get_queryset`` must include drafts, and
    ``may_preview(user, obj)`` says who may see ``obj`` (active staff only ever)."""

    preview = True

    def may_preview(self, user, obj):
        raise NotImplementedError

    def is_public(self, obj):
        return obj.published

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (user.is_active and user.is_staff):
            raise Http404("No page here.")
        return mark_private(super().dispatch(request, *args, **kwargs))

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not self.may_preview(self.request.user, obj):
            raise Http404("No page here.")
        return obj

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = True
        context["preview_is_public"] = self.is_public(self.object)
        return context
