from django.urls import path

from cop_portal.contact import views

app_name = "contact"
urlpatterns = [
    path("contact/", views.contact_form, name="form"),
    path("contact/sent/", views.ContactSentView.as_view(), name="sent"),
]
