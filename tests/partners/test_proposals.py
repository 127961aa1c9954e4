"""A partner that does not publish directly: its representatives' changes wait for staff."""

import pytest
from django.test import Client
from django.urls import reverse

from cop_portal.history import versions_of
from partners.models import HelpService, Partner, ProfileProposal
from partners.signals import profile_proposal_changed
from tests.partners.factories import PartnerFactory, make_representative
from tests.partners.forms import CHANGELIST, LANGUAGE_SUFFIXES, change_url, representative_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def announced():
    """The proposals announced by ``profile_proposal_changed``, with their status then."""
    received = []

    def receiver(sender, proposal, **kwargs):
        received.append((proposal.partner.name, proposal.status))

    profile_proposal_changed.connect(receiver)
    yield received
    profile_proposal_changed.disconnect(receiver)


@pytest.fixture
def partner():
    return PartnerFactory(
        name="Alpha", slug="alpha", publishes_directly=False, description_en="<p>Public text.</p>"
    )


@pytest.fixture
def representative_client(partner):
    client = Client()
    client.force_login(make_representative(partner, username="alpha-rep"))
    return client


def with_new_service(data):
    data = dict(data, **{"services-TOTAL_FORMS": "1"})
    service = {"name_en": "Alpha helpline", "kind": "helpline", "countries": ["FR"]}
    service.update(phone="+33 1 00 00 00 00", order="0", languages=["fr"])
    for code in LANGUAGE_SUFFIXES:
        service.setdefault(f"name_{code}", "")
        service[f"description_{code}"] = service[f"opening_hours_{code}"] = ""
    return data | {f"services-0-{name}": value for name, value in service.items()}


def propose(client, partner, **changes):
    return client.post(change_url(partner), representative_form(partner, **changes))


def public_page(partner):
    return Client().get(partner.get_absolute_url()).content.decode()


def test_new_partners_wait_for_review():
    assert Partner(name="New").publishes_directly is False


def test_a_proposed_change_is_not_public_until_approved(
    partner, representative_client, admin_client, announced, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = representative_client.post(
            change_url(partner),
            with_new_service(representative_form(partner, description_en="<p>Proposed text.</p>")),
        )

    assert response.status_code == 302
    assert response.url == change_url(partner)
    partner.refresh_from_db()
    assert partner.description_en == "<p>Public text.</p>"
    assert not HelpService.objects.filter(partner=partner).exists()
    assert "Proposed text" not in public_page(partner)
    proposal = ProfileProposal.objects.get(partner=partner)
    assert (proposal.status, proposal.proposed_by.username) == ("waiting", "alpha-rep")
    assert announced == [("Alpha", "waiting")]
    own_page = representative_client.get(change_url(partner)).content.decode()
    assert "Your changes are kept for review" in own_page
    assert "is waiting for review by the portal's staff" in own_page
    assert "<del>Public</del> <ins>Proposed</ins> <span>text.</span>" in own_page
    # Not a version of the partner: it never was its state.
    assert proposal.revision_id not in [v.revision_id for v in versions_of(Partner, partner.pk)]
    queue = admin_client.get(f"{CHANGELIST}?representative_changes=unreviewed")
    assert [p.name for p in queue.context["cl"].result_list] == ["Alpha"]

    review_url = reverse("admin:partners_partner_proposal", args=[partner.pk, proposal.pk])
    review = admin_client.get(review_url).content.decode()
    assert "<del>Public</del> <ins>Proposed</ins> <span>text.</span>" in review
    assert "Alpha helpline" in review
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(review_url, {"decision": "approve"})

    partner.refresh_from_db()
    assert partner.description_en == "<p>Proposed text.</p>"
    assert [service.name_en for service in partner.services.all()] == ["Alpha helpline"]
    assert "Proposed text" in public_page(partner)
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decided_by.username) == ("approved", "admin")
    assert announced == [("Alpha", "waiting"), ("Alpha", "approved")]
    newest = versions_of(Partner, partner.pk).first()
    assert newest.revision.get_comment().startswith("Approved the change proposed by alpha-rep")
    assert partner.reviewed_by.username == "admin"


def test_approval_leaves_what_staff_changed_meanwhile(partner, representative_client, admin_client):
    propose(representative_client, partner, description_en="<p>Proposed text.</p>")
    Partner.objects.filter(pk=partner.pk).update(published=False, name="Alpha (renamed)")
    proposal = ProfileProposal.objects.get()

    admin_client.post(
        reverse("admin:partners_partner_proposal", args=[partner.pk, proposal.pk]),
        {"decision": "approve"},
    )

    partner.refresh_from_db()
    assert (partner.description_en, partner.published, partner.name) == (
        "<p>Proposed text.</p>",
        False,
        "Alpha (renamed)",
    )


def test_declining_needs_a_reason_and_leaves_the_profile(
    partner, representative_client, admin_client, announced, django_capture_on_commit_callbacks
):
    propose(representative_client, partner, description_en="<p>Proposed text.</p>")
    proposal = ProfileProposal.objects.get()
    review_url = reverse("admin:partners_partner_proposal", args=[partner.pk, proposal.pk])

    no_reason = admin_client.post(review_url, {"decision": "decline", "reason": " "})
    assert no_reason.status_code == 200
    assert no_reason.context["form"].errors == {"reason": ["Say why the change is declined."]}
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(review_url, {"decision": "decline", "reason": "Please cite a source."})

    proposal.refresh_from_db()
    assert (proposal.status, proposal.reason) == ("declined", "Please cite a source.")
    partner.refresh_from_db()
    assert partner.description_en == "<p>Public text.</p>"
    assert announced[-1] == ("Alpha", "declined")
    own_page = representative_client.get(change_url(partner)).content.decode()
    assert "was declined. Reason: Please cite a source." in own_page
    # A decided proposal is not decided again.
    admin_client.post(review_url, {"decision": "approve"})
    assert Partner.objects.get(pk=partner.pk).description_en == "<p>Public text.</p>"


def test_a_new_proposal_replaces_the_waiting_one(partner, representative_client):
    propose(representative_client, partner, description_en="<p>First try.</p>")
    propose(representative_client, partner, description_en="<p>Second try.</p>")

    [proposal] = ProfileProposal.objects.all()
    assert "Second try" in str(
        proposal.revision.version_set.get(object_id=str(partner.pk)).field_dict
    )


def test_trusted_partners_publish_directly(partner, representative_client):
    Partner.objects.filter(pk=partner.pk).update(publishes_directly=True)

    propose(representative_client, partner, description_en="<p>Live at once.</p>")

    assert Partner.objects.get(pk=partner.pk).description_en == "<p>Live at once.</p>"
    assert not ProfileProposal.objects.exists()


def test_proposals_are_staff_business(partner, representative_client):
    bravo = PartnerFactory(name="Bravo", publishes_directly=False)
    bravo_client = Client()
    bravo_client.force_login(make_representative(bravo, username="bravo-rep"))
    propose(representative_client, partner, description_en="<p>Proposed text.</p>")
    proposal = ProfileProposal.objects.get()
    review_url = reverse("admin:partners_partner_proposal", args=[partner.pk, proposal.pk])

    assert representative_client.get(review_url).status_code == 404
    assert bravo_client.get(review_url).status_code == 404
    assert bravo_client.post(review_url, {"decision": "approve"}).status_code == 404
    assert "Proposed text" not in bravo_client.get(change_url(bravo)).content.decode()
    assert ProfileProposal.objects.get().status == "waiting"


def test_garbage_proposal_urls_are_not_found(partner, admin_client):
    for url in (
        f"{CHANGELIST}{partner.pk}/proposal/999/",
        "/admin/partners/partner/no-such-partner/proposal/1/",
    ):
        assert admin_client.get(url).status_code == 404


def test_saving_again_keeps_what_waits_for_review(partner, representative_client):
    """The representative's form starts from their waiting change: a second change adds
    to it, and the replaced proposal leaves no version behind."""
    propose(representative_client, partner, description_fr="<p>Texte proposé.</p>")
    form = representative_client.get(change_url(partner)).content.decode()
    assert "Texte proposé." in form

    propose(
        representative_client,
        partner,
        description_fr="<p>Texte proposé.</p>",
        website="https://alpha.example.org/",
    )

    [proposal] = ProfileProposal.objects.all()
    proposed = proposal.revision.version_set.get(object_id=str(partner.pk)).field_dict
    assert (proposed["description_fr"], proposed["website"]) == (
        "<p>Texte proposé.</p>",
        "https://alpha.example.org/",
    )
    # The first proposal's revision went with it: it never was a version of the partner.
    assert (
        not versions_of(Partner, partner.pk)
        .filter(revision__comment__startswith="Change proposed")
        .exists()
    )
    partner.refresh_from_db()
    assert partner.description_fr in (None, "") and "Texte proposé" not in public_page(partner)
