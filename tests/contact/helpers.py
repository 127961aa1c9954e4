"""Building contact-form posts as a browser would send them."""

import time

import time_machine
from django.urls import reverse
from django.utils import translation

from cop_portal.contact.spam import fill_token


def shown_token(seconds_ago=10):
    """The fill token of a form shown ``seconds_ago`` seconds ago."""
    with time_machine.travel(time.time() - seconds_ago, tick=False):
        return fill_token()


def form_data(**changes):
    data = {
        "name": "Lucía Pérez",
        "email": "lucia@example.org",
        "organisation": "Diario de ejemplo",
        "subject": "media",
        "message": "Quisiera entrevistar a alguien del equipo sobre la iniciativa.",
        "website": "",
        "started": shown_token(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def contact_url(language="en", name="contact:form"):
    with translation.override(language):
        return reverse(name)


def post(client, language="en", **changes):
    return client.post(contact_url(language), form_data(**changes))
