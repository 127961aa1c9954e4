from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from cop_portal.contributions import SiteMapEntry, site_map_sections
from cop_portal.page_dependencies import page_shows_only
from cop_portal.pages.models import Page, PageKey
from cop_portal.previews import PreviewMixin

# The contact form's subject that each page's closing link chooses.
CONTACT_SUBJECTS = {
    PageKey.PRIVACY: "general",
    PageKey.ACCESSIBILITY: "site",
    PageKey.JOIN: "partnership",
}


class PageView(DetailView):
    """``about/``, ``privacy/``, ``accessibility/``, ``join/``: one published page; 404
    while it is not published. The key comes from the URL pattern (urls.py)."""

    template_name = "pages/page_detail.html"
    context_object_name = "page"
    slug_field = "key"
    slug_url_kwarg = "key"

    def get_queryset(self):
        return Page.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        page_shows_only(Page, pk=page.pk)  # this page only
        subject = CONTACT_SUBJECTS.get(page.key)
        context["contact_url"] = (
            f"{reverse('contact:form')}?{urlencode({'subject': subject})}" if subject else ""
        )
        return context


class PagePreviewView(PreviewMixin, PageView):
    """``<key>/preview/``: a page as it will look, published or not, for staff who may
    view the pages (cop_portal/previews.py)."""

    def may_preview(self, user, page):
        return user.has_perm("pages.view_page")

    def get_queryset(self):
        return Page.objects.all()


class SiteMapView(TemplateView):
    """``sitemap/``: every section of the portal for people, from the apps' contributions
    (``PortalAppConfig.site_map_section``) between the home page and the search."""

    template_name = "pages/site_map.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["entries"] = [
            SiteMapEntry(_("Home"), reverse("home")),
            *site_map_sections(),
            SiteMapEntry(_("Search"), reverse("search")),
        ]
        return context
