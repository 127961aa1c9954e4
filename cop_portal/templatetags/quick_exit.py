"""The quick exit's destination (settings.QUICK_EXIT_URL), for includes/quick_exit.html."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def quick_exit_url():
    return settings.QUICK_EXIT_URL
