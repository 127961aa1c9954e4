import factory

from cop_portal.roles import representatives_group_apply
from partners.models import FocusTag, HelpService, Partner, PartnerKind, Representative
from tests.factories import ModelFactory, UserFactory, related


class FocusTagFactory(ModelFactory):
    class Meta:
        model = FocusTag

    slug = factory.Sequence(lambda n: f"subject-{n}")
    name_en = factory.Sequence(lambda n: f"Subject {n}")
    name = factory.SelfAttribute("name_en")


class PartnerFactory(ModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Partner organisation {n:03d}")
    slug = factory.Sequence(lambda n: f"partner-{n:03d}")
    kind = PartnerKind.CIVIL_SOCIETY
    country = "FR"
    worldwide = False
    website = "https://partner.example.org/"
    description_en = factory.LazyAttribute(lambda partner: f"<p>About {partner.name}.</p>")
    published = True
    # As partners did before the setting: their representatives publish directly.
    publishes_directly = True

    tags = related("tags")


class HelpServiceFactory(ModelFactory):
    class Meta:
        model = HelpService

    partner = factory.SubFactory(PartnerFactory)
    name_en = factory.Sequence(lambda n: f"Helpline {n}")
    name = factory.SelfAttribute("name_en")
    kind = "helpline"
    countries = ["FR"]
    worldwide = False
    phone = "+33 1 23 45 67 89"
    url = ""
    opening_hours_en = "Every day, 9:00 to 21:00"
    languages = ["fr", "en"]


class RepresentativeFactory(ModelFactory):
    class Meta:
        model = Representative

    user = factory.SubFactory(UserFactory)
    partner = factory.SubFactory(PartnerFactory)


def make_representative(partner, username=None):
    """A staff user in the representatives group, linked to ``partner``."""
    user = UserFactory(username=username or f"rep-of-{partner.slug}", is_staff=True)
    user.groups.add(representatives_group_apply())
    RepresentativeFactory(user=user, partner=partner)
    return user
