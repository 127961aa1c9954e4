import pytest
import time_machine

from tests.events.factories import at

# "Today" for the tests of the lists, pages and feeds: events are upcoming or past from it.
TODAY = at(2030, 3, 1, 12, 0)


@pytest.fixture
def fixed_today():
    """The clock stopped at TODAY (modules ask for it with ``usefixtures``)."""
    with time_machine.travel(TODAY, tick=False):
        yield
