import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from news.models import NewsItem, news_image_path
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def test_published_is_status_and_time_together():
    now = timezone.now()
    public = NewsItemFactory(published_at=now - datetime.timedelta(minutes=1))
    NewsItemFactory(published_at=now + datetime.timedelta(minutes=5))  # scheduled
    NewsItemFactory(status=NewsItem.Status.DRAFT, published_at=now - datetime.timedelta(days=1))
    NewsItemFactory(status=NewsItem.Status.DRAFT, published_at=None)

    assert list(NewsItem.objects.published()) == [public]
    assert NewsItem.objects.scheduled().count() == 1
    assert NewsItem.objects.drafts().count() == 2


def test_newest_first_orders_by_publication_time():
    older = NewsItemFactory(published_at=timezone.now() - datetime.timedelta(days=2))
    newer = NewsItemFactory(published_at=timezone.now() - datetime.timedelta(days=1))
    assert list(NewsItem.objects.published().newest_first()) == [newer, older]


def test_a_draft_may_lack_english_text():
    item = NewsItemFactory.build(status=NewsItem.Status.DRAFT, summary_en="", body_en="")
    item.full_clean()
    item.save()
    assert NewsItem.objects.drafts().get() == item


@pytest.mark.parametrize(
    ("field", "value"),
    [("summary_en", ""), ("body_en", ""), ("body_en", "<p> </p>"), ("title_en", "  ")],
)
def test_publishing_refuses_missing_english_text(field, value):
    item = NewsItemFactory.build(status=NewsItem.Status.PUBLISHED, **{field: value})
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert field in error.value.message_dict


def test_the_database_refuses_a_published_item_without_english_text():
    item = NewsItemFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        NewsItem.objects.filter(pk=item.pk).update(body_en="")
    with pytest.raises(IntegrityError), transaction.atomic():
        NewsItem.objects.filter(pk=item.pk).update(summary_en=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        NewsItem.objects.filter(pk=item.pk).update(published_at=None)


def test_publishing_without_a_time_publishes_now():
    item = NewsItemFactory.build(status=NewsItem.Status.PUBLISHED, published_at=None)
    before = timezone.now()
    item.full_clean()
    assert before <= item.published_at <= timezone.now()


@pytest.mark.parametrize("slug", ["2014", "12", "rss", "atom", "tag", "preview", "RSS"])
def test_slugs_that_would_collide_with_fixed_paths_are_refused(slug):
    item = NewsItemFactory.build(slug=slug)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "slug" in error.value.message_dict


def test_slug_with_a_year_and_words_is_fine():
    NewsItemFactory.build(slug="safer-internet-day-2014").full_clean()


def test_body_is_sanitised_in_every_language():
    item = NewsItemFactory(
        body_fr='<p onclick="steal()">Bonjour<script>alert(1)</script></p>',
        body_ar='<a href="javascript:alert(1)">رابط</a>',
    )
    item.refresh_from_db()
    assert item.body_fr == "<p>Bonjour</p>"
    assert "javascript" not in item.body_ar


def png_bytes():
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "blue").save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_image_needs_an_english_description():
    item = NewsItemFactory.build(image=SimpleUploadedFile("photo.png", png_bytes()))
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "image_alt_en" in error.value.message_dict

    item.image_alt_en = "Four blue pixels"
    item.full_clean()
    item.save()
    assert (item.image_width, item.image_height) == (4, 3)


def test_the_database_refuses_an_image_without_description():
    item = NewsItemFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        NewsItem.objects.filter(pk=item.pk).update(image="news/x.png")
    NewsItem.objects.filter(pk=item.pk).update(image="news/x.png", image_alt_en="A picture")


def test_uploaded_images_get_a_generated_name():
    path = news_image_path(None, "My Holiday (1).JPG")
    assert path.startswith("news/") and path.endswith(".jpg")
    assert "Holiday" not in path
    assert news_image_path(None, "evil.php").endswith(".img")
