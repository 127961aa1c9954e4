"""A content page's "Last updated" date: the latest change of what the page shows.

Views put it in their context as ``last_updated``; ``templates/includes/last_updated.html``
shows it, and the printed page repeats it under the page's address
(``templates/includes/print_header.html``).
"""


def latest(*moments):
    """The latest of ``moments`` (date-times), leaving out empty ones; None if all are."""
    return max((moment for moment in moments if moment), default=None)
