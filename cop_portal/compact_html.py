"""Leaner admin pages: the admin's templates indent every field's markup, and on a long
form (a partner with its help services in six languages) that indentation is half of
the page's weight."""

import re

# Indentation between two tags (a run of whitespace with a line break), never inside
# text: a browser renders one line break the same (the admin has no <pre>, and a
# textarea's text has no raw "<" or ">"). A space between two inline tags stays as it is.
BETWEEN_TAGS = re.compile(r">[ \t]*\n\s*<")


def compact_whitespace(response):
    """Post-render callback of a TemplateResponse: each indentation between tags becomes
    one newline."""
    response.content = BETWEEN_TAGS.sub(">\n<", response.content.decode(response.charset))
    return response
