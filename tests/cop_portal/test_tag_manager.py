"""``obj.tags`` (cop_portal.tags.TagManager) answers what taggit's manager answers."""

import pytest

from tests.news.factories import NewsItemFactory, news_tag

pytestmark = pytest.mark.django_db


@pytest.fixture
def items():
    bullying, privacy, grooming = (news_tag(name) for name in ("Bullying", "Privacy", "Grooming"))
    first, second, untagged = NewsItemFactory(), NewsItemFactory(), NewsItemFactory()
    first.tags.set([privacy, bullying])
    second.tags.set([grooming])
    return first, second, untagged


def test_one_objects_tags_in_slug_order(items):
    first, second, untagged = items
    assert [tag.slug for tag in first.tags.all()] == ["bullying", "privacy"]
    assert sorted(first.tags.names()) == ["Bullying", "Privacy"]
    assert [tag.slug for tag in first.tags.filter(slug__startswith="p")] == ["privacy"]
    assert first.tags.count() == 2
    assert [tag.slug for tag in second.tags.all()] == ["grooming"]
    assert not untagged.tags.exists()


def test_prefetched_tags_cost_one_query_and_match(items, django_assert_num_queries):
    from news.models import NewsItem

    expected = {item.pk: [tag.slug for tag in item.tags.all()] for item in items}
    with django_assert_num_queries(2):
        found = {
            item.pk: [tag.slug for tag in item.tags.all()]
            for item in NewsItem.objects.filter(pk__in=expected).prefetch_related("tags")
        }
    assert found == expected
