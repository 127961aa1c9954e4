"""Factories and users the tests of every app share."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from modeltranslation.utils import build_localized_fieldname

# A tag's name in the languages besides English ("privacy"), for the tests of translated
# tags (news tags, event tags).
PRIVACY_NAMES = {
    "name_ar": "الخصوصية",
    "name_zh_hans": "隐私",
    "name_fr": "vie privée",
    "name_ru": "конфиденциальность",
    "name_es": "privacidad",
}


def privacy_name(language):
    """The "privacy" tag's name in ``language``."""
    return PRIVACY_NAMES.get(build_localized_fieldname("name", language), "privacy")


class ModelFactory(factory.django.DjangoModelFactory):
    """The base of the tests' model factories. Their many-to-many declarations
    (``related``) set the relation themselves: no second save of the object after them."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True


class UserFactory(ModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-long-test-password")


def staff_user(username, app_label, codenames=None):
    """A staff user (no superuser, no group) holding ``app_label``'s permissions
    ``codenames``, or all of that app's when None."""
    user = UserFactory(username=username, is_staff=True)
    permissions = Permission.objects.filter(content_type__app_label=app_label)
    if codenames is not None:
        permissions = permissions.filter(codename__in=codenames)
    user.user_permissions.set(permissions)
    return user


def related(field, make=None):
    """A post-generation declaration: ``field=[...]`` sets that many-to-many relation
    of the object made, each value turned into an object by ``make`` (if given)."""

    def set_related(obj, create, extracted, **kwargs):
        if create and extracted:
            getattr(obj, field).set([make(value) if make else value for value in extracted])

    return factory.PostGeneration(set_related)
