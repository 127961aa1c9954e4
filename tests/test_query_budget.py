"""The query-budget helper itself: it passes a constant page and catches an N+1.

This module is also the URLconf of its tests (two small pages listing tags, and the
portal's own).
"""

import pytest
from django.http import HttpResponse
from django.urls import path
from taggit.models import Tag

from cop_portal.urls import urlpatterns as portal_urlpatterns

pytestmark = pytest.mark.django_db


def tags_in_one_query(request):
    return HttpResponse(", ".join(Tag.objects.values_list("name", flat=True)))


def tags_one_query_each(request):
    names = [Tag.objects.get(pk=pk).name for pk in Tag.objects.values_list("pk", flat=True)]
    return HttpResponse(", ".join(names))


# With the portal's own URLs, which its middleware (the page cache) relies on.
urlpatterns = [
    path("constant/", tags_in_one_query),
    path("n-plus-one/", tags_one_query_each),
    *portal_urlpatterns,
]


@pytest.fixture(autouse=True)
def budget_urls(settings):
    settings.ROOT_URLCONF = __name__


def make_tags(n):
    start = Tag.objects.count()
    Tag.objects.bulk_create(
        Tag(name=f"tag {number}", slug=f"tag-{number}") for number in range(start, start + n)
    )


def test_a_constant_page_passes(query_budget):
    result = query_budget("/constant/", make=make_tags, budget=1)
    assert (result.objects, result.queries) == (30, 1)


def test_an_n_plus_one_is_caught(query_budget):
    with pytest.raises(AssertionError, match="3 objects but .* with 30 .*N\\+1"):
        query_budget("/n-plus-one/", make=make_tags, budget=100)


def test_a_page_over_its_budget_fails(query_budget):
    with pytest.raises(AssertionError, match="over the budget of 0"):
        query_budget("/constant/", make=make_tags, budget=0)
