from django.urls import path

from partners import views

app_name = "partners"

urlpatterns = [
    path("partners/", views.PartnerListView.as_view(), name="index"),
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="detail"),
    path("partners/<slug:slug>/preview/", views.PartnerPreviewView.as_view(), name="preview"),
    path("help/", views.HelpView.as_view(), name="help"),
]
