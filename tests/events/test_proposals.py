"""Partners' representatives propose events: their own partner's only, never published
by them, and nothing of another partner's reachable on any admin path."""

from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from cop_portal.roles import REPRESENTATIVES_GROUP
from events.models import Event
from tests.events.factories import EventFactory, OrganiserFactory, event_form
from tests.factories import UserFactory, staff_user
from tests.partners.factories import make_representative

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/events/event/"


def editor():
    return staff_user(
        "editor", "events", ["view_event", "add_event", "change_event", "publish_event"]
    )


def proposal_data(**overrides):
    """An all-day meeting."""
    meeting = {
        "title_en": "Helpline open day",
        "slug": "helpline-open-day",
        "summary_en": "Visit a helpline.",
        "kind": "meeting",
        "start_date": "2030-05-04",
        "end_date": "2030-05-04",
    }
    return event_form(meeting, **overrides)


@pytest.fixture
def world():
    alpha, beta = (
        OrganiserFactory(name="Alpha", slug="alpha"),
        OrganiserFactory(name="Beta", slug="beta"),
    )
    return {
        "alpha": alpha,
        "beta": beta,
        "alpha_rep": make_representative(alpha, "alpha-rep"),
        "beta_proposal": EventFactory(
            title_en="Beta proposal", slug="beta-proposal", published=False, proposed_by=beta
        ),
        "staff_draft": EventFactory(title_en="Staff draft", slug="staff-draft", published=False),
        "published": EventFactory(title_en="Published event", slug="published-event"),
    }


@pytest.fixture
def alpha_proposal(world):
    """A proposal by Alpha, not yet published."""
    return EventFactory(
        title_en="Alpha proposal",
        slug="alpha-proposal",
        published=False,
        proposed_by=world["alpha"],
    )


def test_a_representative_proposal_is_saved_unpublished_for_their_partner(client, world):
    client.force_login(world["alpha_rep"])
    response = client.post(f"{CHANGELIST}add/", proposal_data(published="on"))
    assert response.status_code == 302
    event = Event.objects.get(slug="helpline-open-day")
    assert event.published is False
    assert event.proposed_by == world["alpha"]
    assert list(event.organisers.all()) == [world["alpha"]]
    # Its proposer may preview it; the public may not.
    assert (
        "Preview — not public."
        in client.get("/en/events/helpline-open-day/preview/").content.decode()
    )
    client.logout()
    assert client.get("/en/events/helpline-open-day/preview/").status_code == 404


def test_a_representative_cannot_preview_other_drafts(client, world):
    client.force_login(world["alpha_rep"])
    assert client.get("/en/events/beta-proposal/preview/").status_code == 404
    assert client.get("/en/events/staff-draft/preview/").status_code == 404


def test_a_representative_sees_only_their_partners_proposals(client, world, alpha_proposal):
    client.force_login(world["alpha_rep"])
    html = client.get(CHANGELIST).content.decode()
    assert "Alpha proposal" in html
    for other in ("Beta proposal", "Staff draft", "Published event"):
        assert other not in html
    assert "Beta proposal" not in client.get(CHANGELIST, {"q": "Beta"}).content.decode()
    assert (
        "Beta proposal"
        not in client.get(CHANGELIST, {"proposed_by__id__exact": world["beta"].pk}).content.decode()
    )
    assert client.get(f"{CHANGELIST}{alpha_proposal.pk}/change/").status_code == 200


@pytest.mark.parametrize("path", ["change/", "history/", "delete/"])
def test_another_partners_proposal_is_not_found_on_any_path(client, world, path):
    client.force_login(world["alpha_rep"])
    for target in (world["beta_proposal"], world["staff_draft"], world["published"]):
        url = f"{CHANGELIST}{target.pk}/{path}"
        assert client.get(url).status_code == 404, url
        assert client.post(url, proposal_data(slug=target.slug, post="yes")).status_code == 404, url
    beta = Event.objects.get(pk=world["beta_proposal"].pk)
    assert (beta.title_en, beta.published) == ("Beta proposal", False)
    assert Event.objects.filter(pk=world["staff_draft"].pk).exists()


def test_bulk_actions_cannot_reach_another_partners_proposal(client, world):
    client.force_login(world["alpha_rep"])
    targets = [world["beta_proposal"].pk, world["staff_draft"].pk]
    client.post(
        CHANGELIST, {"action": "delete_selected", "_selected_action": targets, "post": "yes"}
    )
    assert Event.objects.filter(pk__in=targets).count() == 2
    client.post(CHANGELIST, {"action": "publish", "_selected_action": targets})
    assert not Event.objects.filter(pk__in=targets, published=True).exists()


def test_a_representative_cannot_publish_or_move_a_proposal(client, world):
    mine = EventFactory(slug="alpha-proposal", published=False, proposed_by=world["alpha"])
    client.force_login(world["alpha_rep"])
    html = client.get(CHANGELIST).content.decode()
    assert 'value="publish"' not in html
    client.post(CHANGELIST, {"action": "publish", "_selected_action": [mine.pk]})
    assert Event.objects.get(pk=mine.pk).published is False
    # A forged POST: published, another partner as organiser.
    response = client.post(
        f"{CHANGELIST}{mine.pk}/change/",
        proposal_data(
            slug=mine.slug,
            published="on",
            proposed_by=world["beta"].pk,
            organisers=[world["beta"].pk],
        ),
    )
    assert response.status_code == 200
    assert "organisers" in response.context["adminform"].form.errors
    response = client.post(
        f"{CHANGELIST}{mine.pk}/change/",
        proposal_data(slug=mine.slug, published="on", proposed_by=world["beta"].pk),
    )
    assert response.status_code == 302
    mine = Event.objects.get(pk=mine.pk)
    assert (mine.published, mine.proposed_by) == (False, world["alpha"])


def test_organiser_choices_list_only_their_partner(client, world):
    client.force_login(world["alpha_rep"])
    html = client.get(f"{CHANGELIST}add/").content.decode()
    assert f'<option value="{world["alpha"].pk}">Alpha</option>' in html
    assert "Beta" not in html


def test_once_published_the_proposal_is_read_only_for_its_proposer(client, world):
    mine = EventFactory(
        slug="alpha-published", title_en="Alpha event", published=True, proposed_by=world["alpha"]
    )
    client.force_login(world["alpha_rep"])
    response = client.get(f"{CHANGELIST}{mine.pk}/change/")
    assert response.status_code == 200
    assert 'name="title_en"' not in response.content.decode()
    response = client.post(
        f"{CHANGELIST}{mine.pk}/change/", proposal_data(slug=mine.slug, title_en="Hijacked")
    )
    assert response.status_code == 403
    assert Event.objects.get(pk=mine.pk).title_en == "Alpha event"
    assert client.post(f"{CHANGELIST}{mine.pk}/delete/", {"post": "yes"}).status_code == 403


def test_a_user_representing_no_partner_sees_no_events(client, world):
    user = UserFactory(username="nobody", is_staff=True)
    user.groups.add(Group.objects.get(name=REPRESENTATIVES_GROUP))
    client.force_login(user)
    assert client.get(CHANGELIST).status_code == 403
    assert client.post(f"{CHANGELIST}add/", proposal_data()).status_code == 403
    assert not Event.objects.filter(slug="helpline-open-day").exists()


def test_admin_index_shows_a_representative_the_events_they_may_propose(client, world):
    client.force_login(world["alpha_rep"])
    html = client.get("/admin/").content.decode()
    assert 'href="/admin/events/event/"' in html


def test_editors_filter_partner_proposals_and_publish_them(client, world, alpha_proposal):
    client.force_login(editor())
    html = client.get(CHANGELIST, {"proposed": "waiting"}).content.decode()
    assert "Alpha proposal" in html and "Beta proposal" in html
    assert "Staff draft" not in html and "Published event" not in html
    assert "proposed by partners" in client.get(CHANGELIST).content.decode()
    client.post(CHANGELIST, {"action": "publish", "_selected_action": [alpha_proposal.pk]})
    assert Event.objects.get(pk=alpha_proposal.pk).published is True
    assert "Alpha proposal" not in client.get(CHANGELIST, {"proposed": "waiting"}).content.decode()
    assert client.get("/en/events/alpha-proposal/").status_code == 200


@pytest.mark.parametrize(
    ("proposed", "titles"),
    [
        ("waiting", ["Alpha proposal"]),
        ("declined", ["Beta proposal"]),
        ("all", ["Alpha proposal", "Beta proposal"]),
        ("staff", ["Published event", "Staff draft"]),
        ("<x>", ["Alpha proposal", "Beta proposal", "Published event", "Staff draft"]),
    ],
)
def test_the_proposals_filter_shows_what_each_option_says(
    client, world, alpha_proposal, proposed, titles
):
    Event.objects.filter(pk=world["beta_proposal"].pk).update(declined_at=timezone.now())
    client.force_login(editor())
    response = client.get(CHANGELIST, {"proposed": proposed})
    assert response.status_code == 200
    assert sorted(event.title_en for event in response.context["cl"].result_list) == titles


def test_event_page_links_organisers_to_their_partner_pages(client):
    alpha = OrganiserFactory(name="Alpha", slug="alpha")
    hidden = OrganiserFactory(name="Hidden", slug="hidden", published=False)
    event = EventFactory(slug="organised")
    event.organisers.set([alpha, hidden])
    html = client.get("/en/events/organised/").content.decode()
    try:
        alpha_url = reverse("partners:detail", kwargs={"slug": "alpha"})
    except NoReverseMatch:
        alpha_url = None
    if alpha_url:
        assert f'<li><a href="{alpha_url}">Alpha</a></li>' in html
    else:
        assert "<li>Alpha</li>" in html
    # An unpublished partner has no page to link to.
    assert "<li>Hidden</li>" in html


def test_partner_page_section_lists_the_partners_events():
    from django.apps import apps

    alpha, beta = OrganiserFactory(slug="alpha"), OrganiserFactory(slug="beta")
    upcoming = EventFactory(slug="alpha-next", start_date=date(2999, 1, 1))
    past = EventFactory(slug="alpha-before", start_date=date(2001, 1, 1))
    draft = EventFactory(slug="alpha-draft", start_date=date(2999, 1, 1), published=False)
    other = EventFactory(slug="beta-next", start_date=date(2999, 1, 1))
    for event in (upcoming, past, draft):
        event.organisers.add(alpha)
    other.organisers.add(beta)
    section = apps.get_app_config("events").partner_section(alpha)
    assert section["template"] == "events/partner_section.html"
    assert section["groups"] == [("Upcoming events", [upcoming]), ("Past events", [past])]
    assert apps.get_app_config("events").partner_section(OrganiserFactory(slug="idle")) is None
