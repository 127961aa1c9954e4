"""Pages that gather parts from several apps (the home page, a partner's profile).

An app contributes by giving its AppConfig a method named after the hook, returning
a dict with a ``template`` key and that template's context, or None to contribute
nothing. The page includes the parts in the order of ``SECTION_APPS``.
"""

from django.apps import apps

SECTION_APPS = ("guidelines", "news", "events", "partners")


def page_sections(hook, *args, **kwargs):
    sections = []
    for label in SECTION_APPS:
        contribute = getattr(apps.get_app_config(label), hook, None)
        if contribute is None:
            continue
        section = contribute(*args, **kwargs)
        if section:
            sections.append(section)
    return sections
