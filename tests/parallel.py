"""The suite on several processes: ``make test`` runs ``pytest -n 2`` (pytest-xdist).

Loaded by pytest with ``-p tests.parallel`` (pyproject.toml, which also sets
``--dist loadfile``); without ``-n`` it only checks ``GROUPS`` and prints the summaries.

Units of work. A test file goes to one process as a whole (``--dist loadfile``), so
its module fixtures are made once. The files that share an expensive setup go to one
process together, and before anything else, as they take longest (``GROUPS``):

- ``demo-portal``: the portal under gunicorn on the demo database (``demo_portal`` of
  tests/conftest.py: browser tests, security headers, HTML validity);
- ``reliability-demo``: the reliability suite's in-process demo and crawl
  (``demo_portal`` of tests/reliability/conftest.py).

The groups are given by path, as the main process only sees test ids; collection fails
if a test uses one of these setups from a file its group does not list.

Summaries. What the suite prints at the end (the browser's page table, the reliability
figures) is made in the worker processes; they hand it to the main process, which prints
it (``terminal_section``, ``tests/reliability/report.py``).
"""

import pytest

from tests.reliability import report

# Group -> the test ids (paths) it holds.
GROUPS = {
    "demo-portal": (
        "tests/browser/",
        "tests/cop_portal/test_security_headers.py",
        "tests/test_html_validity.py",
    ),
    "reliability-demo": ("tests/reliability/",),
}
# (module defining the fixture, fixture name) -> the group of the tests using it.
SHARED_SETUPS = {
    ("tests.conftest", "demo_portal"): "demo-portal",
    ("tests.reliability.conftest", "demo_portal"): "reliability-demo",
}
SECTIONS = pytest.StashKey[dict]()


def group_of(nodeid):
    return next((group for group, paths in GROUPS.items() if nodeid.startswith(paths)), None)


def shared_setup(item):
    """The group of the expensive shared setup ``item`` uses, or None."""
    definitions = getattr(item, "_fixtureinfo", None)
    for name in item.fixturenames if definitions else ():
        fixturedefs = definitions.name2fixturedefs.get(name)
        if fixturedefs:
            group = SHARED_SETUPS.get((fixturedefs[-1].func.__module__, name))
            if group:
                return group
    return None


def is_worker(config):
    return hasattr(config, "workerinput")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        setup = shared_setup(item)
        if setup is not None and group_of(item.nodeid) != setup:
            raise pytest.UsageError(
                f"{item.nodeid} uses the setup of group {setup!r}: list its file there in "
                "GROUPS (tests/parallel.py), so that it runs in the process that has it"
            )
    if is_worker(config):
        # Groups first (after pytest-django has put the database tests first).
        rank = {group: index for index, group in enumerate(GROUPS)}
        items.sort(key=lambda item: rank.get(group_of(item.nodeid), len(rank)))


def _scheduling():
    from xdist.scheduler import LoadScopeScheduling

    class FilesAndGroups(LoadScopeScheduling):
        """Each group is a unit of work, and so is every other test file."""

        def _split_scope(self, nodeid):
            return group_of(nodeid) or nodeid.split("::", 1)[0]

    return FilesAndGroups


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") != "loadfile":
        return None
    # Units in collection order (groups first), not by their number of tests.
    config.option.loadscopereorder = False
    return _scheduling()(config, log)


def terminal_section(config, title, lines):
    """Print ``lines`` under ``title`` at the end of the run, whichever process made them."""
    config.stash.setdefault(SECTIONS, {})[title] = list(lines)


def pytest_sessionfinish(session):
    if is_worker(session.config):
        session.config.workeroutput["terminal_sections"] = session.config.stash.get(SECTIONS, {})
        session.config.workeroutput["reliability_figures"] = report.export()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    output = getattr(node, "workeroutput", {})
    for title, lines in output.get("terminal_sections", {}).items():
        terminal_section(node.config, title, lines)
    report.merge(output.get("reliability_figures"))


def pytest_terminal_summary(terminalreporter, config):
    for title, lines in config.stash.get(SECTIONS, {}).items():
        terminalreporter.section(title)
        for line in lines:
            terminalreporter.write_line(line)
    report.terminal_summary(terminalreporter)
