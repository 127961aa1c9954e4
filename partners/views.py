from django.db.models import Prefetch
from django.utils.text import Truncator
from django.views.generic import DetailView, ListView, TemplateView
from django_countries import countries

from cop_portal.contributions import partner_sections
from cop_portal.last_updated import latest
from cop_portal.page_dependencies import page_shows_only
from cop_portal.previews import PreviewMixin
from cop_portal.rich_text import plain_text
from cop_portal.translated_fields import translated_value
from partners.country_names import matching_country_names, sorted_country_names
from partners.forms import DirectoryFilterForm, HelpCountryForm
from partners.models import CountryHelp, HelpService, Partner, PartnerKind
from partners.permissions import can_moderate_partners, is_representative_of


class PartnerListView(ListView):
    """``/partners/``: the directory, grouped by kind, filtered by the query string."""

    template_name = "partners/partner_list.html"
    context_object_name = "partners"
    paginate_by = 30

    def get(self, request, *args, **kwargs):
        self.form = DirectoryFilterForm(request.GET)
        response = super().get(request, *args, **kwargs)
        if not self.form.is_valid():
            # Garbage in a filter: say so, list nothing.
            response.status_code = 400
        return response

    def get_queryset(self):
        if not self.form.is_valid():
            return Partner.objects.none()
        return (
            self.form.filter(Partner.objects.published())
            .in_directory_order()
            .prefetch_related("tags")
            .distinct()
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        labels = PartnerKind.plural_labels()
        groups = []
        for partner in context["page_obj"].object_list if context["page_obj"] else []:
            if not groups or groups[-1]["kind"] != partner.kind:
                groups.append({"kind": partner.kind, "label": labels[partner.kind], "partners": []})
            groups[-1]["partners"].append(partner)
        context.update(form=self.form, groups=groups)
        return context


class PartnerDetailView(DetailView):
    """``/partners/<slug>/``: a published partner's profile."""

    template_name = "partners/partner_detail.html"
    context_object_name = "partner"

    def get_queryset(self):
        return with_profile_related(Partner.objects.published())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partner = self.object
        page_shows_only(Partner, pk=partner.pk)
        description, _language = translated_value(partner, "description")
        context["meta_description"] = Truncator(plain_text(description)).words(30)
        context["sections"] = partner_sections(partner)
        context["last_updated"] = partner.profile_updated_at or partner.created_at
        return context


class PartnerPreviewView(PreviewMixin, PartnerDetailView):
    """``/partners/<slug>/preview/``: any partner's profile for staff who moderate
    partners, and their own partner's for its representatives (cop_portal/previews.py)."""

    def may_preview(self, user, partner):
        return can_moderate_partners(user) or is_representative_of(user, partner)

    def get_queryset(self):
        return with_profile_related(Partner.objects.all())


def with_profile_related(partners):
    """``partners`` with what a profile page shows, fetched ahead."""
    return partners.prefetch_related(
        "tags",
        "contacts",
        Prefetch("services", queryset=HelpService.objects.order_by("order", "pk")),
    )


class HelpView(TemplateView):
    """``/help/``: for the visitor's country, the emergency numbers, the child helpline
    and where to report abuse material (``CountryHelp``), the partners' helplines and
    hotlines, and the international directories."""

    template_name = "partners/help.html"

    def get(self, request, *args, **kwargs):
        form = HelpCountryForm(request.GET)
        valid = form.is_valid()
        country = form.cleaned_data["country"] if valid else ""
        query = form.cleaned_data["q"] if valid else ""
        services = HelpService.objects.published().select_related("partner")
        country_help = None
        if country:
            page_shows_only(CountryHelp, country=country)
            country_help = CountryHelp.objects.filter(country=country).first()
        context = self.get_context_data(
            form=form,
            country=country,
            country_help=country_help,
            query=query,
            matching_countries=matching_country_names(query) if query else [],
            directories=HELP_DIRECTORIES,
            country_services=(
                list(services.for_country(country).order_by("kind", "order", "name"))
                if country
                else []
            ),
            country_name=str(countries.name(country)).strip() if country else "",
            worldwide_services=list(services.worldwide().order_by("kind", "order", "name")),
            countries_with_services=_countries_with_services(services),
        )
        context["last_updated"] = latest(
            country_help.updated_at if country_help else None,
            _services_last_updated([*context["country_services"], *context["worldwide_services"]]),
        )
        response = self.render_to_response(context)
        if not valid:
            response.status_code = 400
        return response


# Where a visitor finds a helpline or a hotline when the portal has no checked number.
HELP_DIRECTORIES = {
    "helplines": "https://childhelplineinternational.org/helplines/",
    "hotlines": "https://www.inhope.org/EN/our-members",
}


def _services_last_updated(services):
    """When the services shown last changed: a service is part of its partner's profile
    (edited with it, which sets the profile's date: partners/services.py)."""
    return latest(
        *(service.partner.profile_updated_at or service.partner.created_at for service in services)
    )


def _countries_with_services(services):
    """The countries that have a service of their own, for links under the form."""
    codes = set()
    for value in services.exclude(countries="").values_list("countries", flat=True):
        codes.update(code for code in (value if isinstance(value, list) else value.split(",")))
    return [(code, name) for code, name in sorted_country_names() if code in codes]
