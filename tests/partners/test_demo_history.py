"""load_demo gives the demo a short history and one change waiting for review."""

import io

import pytest
from django.core.management import call_command

from cop_portal.history import versions_of
from news.models import NewsItem
from partners.models import Partner, ProfileProposal

pytestmark = pytest.mark.django_db


def history_of(model, **lookup):
    obj = model.objects.get(**lookup)
    return [version.field_dict for version in reversed(versions_of(model, obj.pk))]


def demo_state():
    launch = [
        state["title_ar"] for state in history_of(NewsItem, slug="cop-global-initiative-launched")
    ]
    helplines = [
        (state["featured"], state["description_fr"])
        for state in history_of(Partner, slug="child-helpline-international")
    ]
    proposals = list(
        ProfileProposal.objects.values_list("partner__slug", "status", "proposed_by__username")
    )
    return launch, helplines, proposals


def test_the_demo_has_history_and_a_waiting_change_and_loads_again_in_place():
    call_command("load_demo", stdout=io.StringIO())
    launch, helplines, proposals = demo_state()

    assert launch == [
        "إطلاق المبادرة العالمية لحماية الأطفال على الإنترنت",
        "إطلاق المبادرة العالمية لحماية الأطفال على الإنترنت في كوستاريكا",
        "إطلاق المبادرة العالمية لحماية الأطفال على الإنترنت في سان خوسيه",
    ]
    assert [featured for featured, _text in helplines] == [False, True, True]
    assert (
        helplines[0][1] == "<p>Un réseau de lignes d’écoute pour enfants dans le monde entier.</p>"
    )
    assert proposals == [("iwf", "waiting", "iwf-representative")]
    iwf = Partner.objects.get(slug="iwf")
    assert (iwf.publishes_directly, iwf.description_ar) == (False, "")
    assert Partner.objects.changed_by_representatives_since_review().get() == iwf
    assert Partner.objects.get(slug="child-helpline-international").publishes_directly

    call_command("load_demo", stdout=io.StringIO())
    assert demo_state() == (launch, helplines, proposals)
