"""Staff review what representatives changed (the difference since the last review), and
a representative never reaches another partner's versions."""

import pytest
from django.urls import reverse
from reversion.models import Version

from partners.models import Partner
from partners.services import partner_changes_since_review
from tests.partners.factories import PartnerFactory, make_representative
from tests.partners.forms import change_url, representative_form

pytestmark = pytest.mark.django_db


def review_rows(partner):
    return [
        (
            change.kind,
            [
                (row.label, row.language and row.language.code, row.old, row.new)
                for row in change.fields
            ],
        )
        for change in partner_changes_since_review(Partner.objects.get(pk=partner.pk))
    ]


def test_the_review_shows_what_changed_since_the_last_review(client, admin_client):
    alpha = PartnerFactory(name="Alpha", description_en="<p>Old text.</p>")
    client.force_login(make_representative(alpha, username="alpha-rep"))

    client.post(
        change_url(alpha),
        representative_form(alpha, description_en="<p>New text.</p>", description_ar="<p>نص.</p>"),
    )

    assert review_rows(alpha) == [
        (
            "changed",
            [("description", "ar", "", "نص."), ("description", "en", "Old text.", "New text.")],
        )
    ]
    page = admin_client.get(change_url(alpha)).content.decode()
    assert "<del>Old</del> <ins>New</ins> <span>text.</span>" in page
    assert '<span lang="ar" dir="rtl">العربية</span>' in page

    admin_client.post(
        reverse("admin:partners_partner_changelist"),
        {"action": "mark_reviewed", "_selected_action": [alpha.pk]},
    )
    alpha.refresh_from_db()
    assert alpha.reviewed_by.username == "admin"
    assert review_rows(alpha) == []
    assert "No changes since last review" in admin_client.get(change_url(alpha)).content.decode()

    client.post(change_url(alpha), representative_form(alpha, website="https://new.example.org/"))

    assert review_rows(alpha) == [
        ("changed", [("website", None, "https://partner.example.org/", "https://new.example.org/")])
    ]


def test_a_representative_never_reaches_another_partners_versions(client, admin_client):
    alpha, bravo = PartnerFactory(name="Alpha"), PartnerFactory(name="Bravo")
    admin_client.post(change_url(bravo), representative_form(bravo, description_en="<p>B</p>"))
    bravo_version = Version.objects.get_for_object(bravo).first()
    client.force_login(make_representative(alpha, username="alpha-rep"))
    client.post(change_url(alpha), representative_form(alpha, description_en="<p>A</p>"))
    alpha_version = Version.objects.get_for_object(alpha).first()

    def get(name, *args):
        return client.get(reverse(f"admin:partners_partner_{name}", args=args))

    assert get("history", alpha.pk).status_code == 200
    assert get("compare", alpha.pk, alpha_version.pk).status_code == 200
    assert get("history", bravo.pk).status_code == 404
    assert get("compare", bravo.pk, bravo_version.pk).status_code == 404
    assert get("compare", alpha.pk, bravo_version.pk).status_code == 404
    assert get("revision", bravo.pk, bravo_version.pk).status_code == 404
    assert get("recoverlist").status_code == 403
    restore = reverse("admin:partners_partner_restore", args=[alpha.pk, alpha_version.pk])
    assert client.post(restore).status_code == 403
    other = reverse("admin:partners_partner_restore", args=[bravo.pk, bravo_version.pk])
    assert client.post(other).status_code == 404
