"""The portal's URLs plus a few views that show what the page cache stores and skips."""

from django.conf.urls.i18n import i18n_patterns
from django.db.models import Count
from django.http import HttpResponse
from django.urls import path
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache
from taggit.models import Tag

from cop_portal.urls import handler400, handler500, urlpatterns  # noqa: F401


def tag_names(request):
    """A page built from content: the tag names, one query; with ``?with=items``, how
    many things each tag is on (a query of the tagged items too)."""
    tags = Tag.objects.order_by("name")
    if request.GET.get("with") == "items":
        tags = tags.annotate(items=Count("taggit_taggeditem_items"))
        return HttpResponse("tags: " + ", ".join(f"{tag.name} ({tag.items})" for tag in tags))
    return HttpResponse("tags: " + ", ".join(tags.values_list("name", flat=True)))


def query(request):
    """What a view sees of the query: the order of its parameters, and its own link."""
    return HttpResponse(f"{list(request.GET.lists())} {request.get_full_path()}")


def sets_cookie(request):
    response = HttpResponse("chosen")
    response.set_cookie("choice", "1")
    return response


def reads_session(request):
    return HttpResponse(f"visits: {request.session.get('visits', 0)}")


@never_cache
def private_page(request):
    return HttpResponse("private")


def varies_on_language(request):
    response = HttpResponse("by Accept-Language")
    patch_vary_headers(response, ("Accept-Language",))
    return response


def written_in_pieces(request):
    """Written as a syndication feed is: many small writes."""
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    for number in range(200):
        response.write(f"<item>{number}</item>")
    return response


def created(request):
    return HttpResponse("created", status=201)


urlpatterns = urlpatterns + i18n_patterns(
    path("cache-test/tags/", tag_names),
    path("cache-test/query/", query),
    path("cache-test/cookie/", sets_cookie),
    path("cache-test/session/", reads_session),
    path("cache-test/private/", private_page),
    path("cache-test/vary/", varies_on_language),
    path("cache-test/created/", created),
    path("cache-test/pieces/", written_in_pieces),
)
