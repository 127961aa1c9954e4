"""E-mail notices about partners' contributions: to staff when a partner proposes an
event or changes its profile, to representatives when staff answer.

Each recipient gets one message in their own admin language (``AdminPreference``,
English without one), queued with ``mail_enqueue``: it leaves after the commit, by the
task worker, and a rolled-back save sends nothing. Staff are the active members of
the group ``settings.NOTICE_STAFF_GROUP`` (the editors by default).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from cop_portal.addresses import absolute_url
from cop_portal.admin_language import preferred_language
from cop_portal.mail import mail_enqueue


def staff_recipients():
    """The active members of the notice group who have an e-mail address."""
    return (
        get_user_model()
        .objects.filter(groups__name=settings.NOTICE_STAFF_GROUP, is_active=True)
        .exclude(email="")
        .order_by("pk")
        .distinct()
    )


def admin_change_url(request, obj):
    """The absolute address of ``obj``'s change page in the admin."""
    opts = obj._meta
    return absolute_url(
        request, reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    )


def notify(recipients, *, template, context):
    """Queue ``template`` (``<template>_subject.txt`` and ``_body.txt``) to each recipient,
    in their language. ``context`` is a function returning the template's context,
    called in that language (public addresses and translated fields depend on it)."""
    for user in recipients:
        language = preferred_language(user) or settings.LANGUAGE_CODE
        with translation.override(language):
            values = {**context(), "recipient": user}
            subject = render_to_string(f"{template}_subject.txt", values).strip()
            body = render_to_string(f"{template}_body.txt", values)
        mail_enqueue(subject=" ".join(subject.split()), body=body, to=[user.email])
