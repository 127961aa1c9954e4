from django.urls import path, re_path

from news import feeds, views

app_name = "news"

# The fixed paths come first; news.models.validate_news_slug keeps slugs from taking
# them (or a year).
urlpatterns = [
    path("news/", views.NewsListView.as_view(), name="index"),
    path("news/rss/", feeds.NewsRssFeed(), name="rss"),
    path("news/atom/", feeds.NewsAtomFeed(), name="atom"),
    path("news/tag/<slug:tag>/", views.NewsTagView.as_view(), name="tag"),
    path("news/tag/<slug:tag>/rss/", feeds.TagRssFeed(), name="tag-rss"),
    path("news/tag/<slug:tag>/atom/", feeds.TagAtomFeed(), name="tag-atom"),
    re_path(r"^news/(?P<year>[1-9][0-9]{3})/$", views.NewsYearView.as_view(), name="year"),
    path("news/<slug:slug>/", views.NewsDetailView.as_view(), name="detail"),
    path("news/<slug:slug>/preview/", views.NewsPreviewView.as_view(), name="preview"),
]
