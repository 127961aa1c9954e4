from django.urls import path

from guidelines import views

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
]
