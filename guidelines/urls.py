from django.urls import path

from guidelines import feeds, views

# Same shape as partners/urls.py: a list of paths, one per page.
app_name = "guidelines"

# "topics" comes before the audience pattern, and no audience can take that slug: the
# four audience slugs are fixed (a choice list and a database constraint).
urlpatterns = [
    path("guidelines/", views.AudienceListView.as_view(), name="index"),
    path("guidelines/topics/", views.TopicListView.as_view(), name="topics"),
    path("guidelines/topics/<slug:topic>/", views.TopicDetailView.as_view(), name="topic"),
    path("guidelines/<slug:audience>/", views.AudienceDetailView.as_view(), name="audience"),
    path(
        "guidelines/<slug:audience>/<slug:guideline_set>/",
        views.GuidelineSetDetailView.as_view(),
        name="guideline_set",
    ),
    path(
        "guidelines/<slug:audience>/<slug:guideline_set>/preview/",
        views.GuidelineSetPreviewView.as_view(),
        name="guideline_set_preview",
    ),
    path("publications/", views.PublicationListView.as_view(), name="publications"),
    path("publications/rss/", feeds.PublicationRssFeed(), name="publications_rss"),
    path("publications/atom/", feeds.PublicationAtomFeed(), name="publications_atom"),
    path("publications/<slug:slug>/", views.PublicationDetailView.as_view(), name="publication"),
    path(
        "publications/<slug:slug>/preview/",
        views.PublicationPreviewView.as_view(),
        name="publication_preview",
    ),
    path(
        "publications/<slug:slug>/captions/<slug:language>.vtt",
        views.publication_captions,
        name="publication_captions",
    ),
]
