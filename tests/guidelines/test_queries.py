"""No N+1 queries on the guidelines' list pages: the same count with N and 10×N objects."""

import pytest

from tests.guidelines import factories

pytestmark = pytest.mark.django_db


def test_index(query_budget):
    topic = factories.TopicFactory()

    def make(n):
        for _ in range(n):
            factories.GuidelineSetFactory(audience=factories.audience("children"))
            factories.TopicFactory()
        assert topic

    query_budget("/en/guidelines/", make, budget=4)


def test_audience_page(query_budget):
    topic = factories.TopicFactory()

    def make(n):
        for _ in range(n):
            guideline_set = factories.GuidelineSetFactory()
            factories.DocumentFactory(guideline_set=guideline_set, language="fr")
            factories.DocumentFactory(guideline_set=guideline_set, language="ar")
            factories.ResourceFactory(topics=[topic, factories.TopicFactory()])

    query_budget("/en/guidelines/parents-educators/", make, budget=6)


def test_guideline_set_page(query_budget):
    guideline_set = factories.GuidelineSetFactory(slug="measured")
    languages = iter(["ar", "zh-hans", "en", "fr", "ru", "es"] * 10)

    def make(n):
        for _ in range(n):
            factories.SectionFactory(
                guideline_set=guideline_set,
                topics=[factories.TopicFactory(), factories.TopicFactory()],
            )
            factories.GuidelineSetFactory()  # more sets for previous / next
        # One document per language at most: add while languages remain.
        for _ in range(min(n, 6 - guideline_set.documents.count())):
            factories.DocumentFactory(guideline_set=guideline_set, language=next(languages))

    query_budget("/en/guidelines/parents-educators/measured/", make, budget=7, n=2)


def test_topic_page(query_budget):
    topic = factories.TopicFactory(slug="measured")

    def make(n):
        for _ in range(n):
            factories.SectionFactory(topics=[topic])
            factories.ResourceFactory(audience=factories.audience("industry"), topics=[topic])

    query_budget("/en/guidelines/topics/measured/", make, budget=4)


def test_topic_list(query_budget):
    query_budget("/en/guidelines/topics/", factories.TopicFactory.create_batch, budget=2)


def test_home_page_audiences(query_budget):
    def make(n):
        factories.GuidelineSetFactory.create_batch(n)

    # One query per app's home section (guidelines, news, events, partners).
    query_budget("/en/", make, budget=4)
