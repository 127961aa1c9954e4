import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from cop_portal.roles import (
    REPRESENTATIVES_GROUP,
    representative_permission_names,
    representatives_group_apply,
)
from partners.permissions import can_moderate_partners, is_representative_of, partner_for_user
from tests.factories import UserFactory
from tests.partners.factories import PartnerFactory, make_representative

pytestmark = pytest.mark.django_db


def group_permissions():
    group = Group.objects.get(name=REPRESENTATIVES_GROUP)
    return sorted(
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    )


def test_migrations_created_the_representatives_group():
    # The partners' own permissions, plus those other apps declare on their AppConfig.
    assert group_permissions() == representative_permission_names()
    assert set(apps.get_app_config("partners").representative_permissions) <= set(
        group_permissions()
    )


def test_reapplying_is_idempotent_and_restores_the_set():
    group = Group.objects.get(name=REPRESENTATIVES_GROUP)
    group.permissions.clear()
    representatives_group_apply()
    representatives_group_apply()
    assert group_permissions() == representative_permission_names()
    assert Group.objects.filter(name=REPRESENTATIVES_GROUP).count() == 1


def test_representatives_cannot_moderate_nor_add_or_delete_partners():
    user = make_representative(PartnerFactory())
    assert user.has_perm("partners.change_partner")
    assert not user.has_perm("partners.add_partner")
    assert not user.has_perm("partners.delete_partner")
    assert not can_moderate_partners(user)


def test_partner_for_user():
    alpha, bravo = PartnerFactory(), PartnerFactory()
    user = make_representative(alpha)
    assert partner_for_user(user) == alpha
    assert is_representative_of(user, alpha)
    assert not is_representative_of(user, bravo)
    assert partner_for_user(UserFactory()) is None
    user.is_active = False
    assert partner_for_user(UserFactory(username="inactive", is_active=False)) is None


def test_superuser_moderates(admin_user):
    assert can_moderate_partners(admin_user)
    assert partner_for_user(admin_user) is None
