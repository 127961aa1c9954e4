from modeltranslation.translator import TranslationOptions, register

from cop_portal import history
from partners.models import Contact, CountryHelp, FocusTag, HelpService, Partner


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    # The name stays as the organisation writes it; its description is translated.
    fields = ("description",)


@register(FocusTag)
class FocusTagTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(HelpService)
class HelpServiceTranslationOptions(TranslationOptions):
    fields = ("name", "description", "opening_hours")
    required_languages = ("en",)


@register(Contact)
class ContactTranslationOptions(TranslationOptions):
    fields = ("role",)


@register(CountryHelp)
class CountryHelpTranslationOptions(TranslationOptions):
    # Helplines often keep their own name in every language; where a generic name is
    # given ("child helpline"), it is translated.
    fields = ("child_helpline_name", "report_name", "note")


# Versions (after the language columns exist: see cop_portal/history.py).
history.register(FocusTag)
history.register(HelpService)
history.register(Contact)
history.register(CountryHelp)
history.register(Partner, follow=["services", "contacts"])
