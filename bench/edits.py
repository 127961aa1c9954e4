"""The two cases of ``make bench`` that run on Redis: edits under load, and Redis down.

**Edits under load** (``measure_edits``): every URL the sitemap lists, in all six
languages, loaded in turn from ``BENCH_CONNECTIONS`` connections on the server with the
page cache in Redis, for ``BENCH_EDIT_SECONDS`` steady, then as long again while an
editor saves a real content object through the admin every five seconds, over HTTP as
a browser does (log in, GET the change form, change one visible English text, POST the
form back, expect the 302 of a successful save). After each save an anonymous reader
asks for the object's public page until it shows the new text: the delay from the
save's answer to that first answer is the change's visibility delay.

**Redis down** (``measure_redis_down``): what readers get during a cache outage, on a
server whose ``REDIS_URL`` names a closed loopback port (a refused connection fails at
once; a blackholed address would wait ``SOCKET_CONNECT_TIMEOUT`` on every request): a
few representative pages and Django's floor on that server, next to the floor of the
server whose Redis is up.

The figures are reported as measured; ``targets`` says which of issue #15's targets
they meet (with saves ≥ 0.8× the steady requests/s, p99 ≤ 2× steady, every change
visible within 2 s, no error).
"""

import http.client
import itertools
import threading
import time
import xml.etree.ElementTree as ElementTree
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

SITEMAP_PATH = "/sitemap.xml"
SITEMAP_NAMESPACE = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# An anonymous reader of the edited pages (no cookie, English, as the load asks).
READER_HEADERS = {"Accept-Language": "en", "User-Agent": "cop-bench-reader"}
SAVE_INTERVAL_SECONDS = 5.0
# The first save comes this long after the load with saves starts.
FIRST_SAVE_SECONDS = 1.0
# A change not visible after this long is reported as never seen.
VISIBILITY_TIMEOUT_SECONDS = 10.0
POLL_INTERVAL_SECONDS = 0.02
# Issue #15's targets.
THROUGHPUT_RATIO_TARGET = 0.8
P99_RATIO_TARGET = 2.0
VISIBLE_WITHIN_SECONDS = 2.0


# --- the mix: every URL of the sitemap ---------------------------------------------------


def sitemap_paths(get, path=SITEMAP_PATH):
    """The path (and query) of every ``<loc>`` the sitemap at ``path`` lists, following a
    sitemap index into its sections, in order and without repeats. ``get(path)`` returns
    ``(status, body)``; a status other than 200 raises ValueError."""
    status, body = get(path)
    if status != 200:
        raise ValueError(f"{path} answered {status}")
    root = ElementTree.fromstring(body)
    paths = []
    if root.tag == f"{SITEMAP_NAMESPACE}sitemapindex":
        for loc in root.iter(f"{SITEMAP_NAMESPACE}loc"):
            paths += sitemap_paths(get, local_path(loc.text))
    else:
        # <url><loc>: the pages; the xhtml:link alternates repeat the same pages.
        for url in root.iter(f"{SITEMAP_NAMESPACE}url"):
            loc = url.find(f"{SITEMAP_NAMESPACE}loc")
            if loc is not None and loc.text:
                paths.append(local_path(loc.text))
    return list(dict.fromkeys(paths))


def local_path(location):
    """``/en/news/?page=2`` of ``https://example.org/en/news/?page=2``: the bench asks its
    own server whatever host the sitemap names."""
    parts = urlsplit(location.strip())
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


# --- HTTP, anonymous ---------------------------------------------------------------------


def get(server, path, headers=READER_HEADERS, timeout=30):
    """One GET on a new connection: ``(status, headers, body)``."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def warm_up(server, paths, threads=4):
    """Every path once (several at a time): the shared cache then holds every page.
    Returns ``{path: status}`` of the answers other than 200."""

    def status(path):
        try:
            return path, get(server, path)[0]
        except (OSError, http.client.HTTPException) as error:
            return path, f"{type(error).__name__}"

    with ThreadPoolExecutor(threads) as pool:
        return {path: code for path, code in pool.map(status, paths) if code != 200}


# --- what the editor changes -------------------------------------------------------------


@dataclass
class EditTarget:
    kind: str
    admin_path: str  # the admin change form
    public_path: str  # the public page that shows the field, in English
    field: str  # the form field (an English translation column)
    original: str
    max_length: int | None
    rich_text: bool = False

    def value(self, number):
        """The field's text for the change ``number``, and the marker that shows it."""
        marker = f"(edit {number})"
        if self.rich_text:
            # Inside the last paragraph, so the text stays where readers see it.
            head, closing, tail = self.original.rpartition("</p>")
            if closing:
                return f"{head} {marker}{closing}{tail}", marker
            return f"{self.original}<p>{marker}</p>", marker
        room = (self.max_length or 10**6) - len(marker) - 1
        return f"{self.original[:room].rstrip()} {marker}", marker


def edit_targets():
    """A public object of each kind the editor saves in turn (in this process, on the
    bench database): a news item, an event, a guideline section, a guideline set, a
    partner; whichever of them the content has."""
    from django.contrib.admin.utils import quote
    from django.urls import reverse
    from django.utils import translation

    from events.models import Event
    from guidelines.models import GuidelineSet, Section
    from news.models import NewsItem
    from partners.models import Partner

    candidates = [
        ("news item", NewsItem.objects.published().order_by("-published_at"), "title_en", None),
        ("event", Event.objects.published().order_by("pk"), "title_en", None),
        (
            "guideline section",
            Section.objects.published().order_by("guideline_set_id", "pk"),
            "title_en",
            lambda section: section.guideline_set.get_absolute_url(),
        ),
        ("guideline set", GuidelineSet.objects.published().order_by("-pk"), "title_en", None),
        (
            "partner",
            Partner.objects.published().exclude(description_en="").order_by("pk"),
            "description_en",
            None,
        ),
    ]
    targets = []
    with translation.override("en"):
        for kind, queryset, field, public_url in candidates:
            obj = queryset.first()
            if obj is None:
                continue
            meta = obj._meta
            model_field = meta.get_field(field)
            targets.append(
                EditTarget(
                    kind=kind,
                    admin_path=reverse(
                        f"admin:{meta.app_label}_{meta.model_name}_change", args=[quote(obj.pk)]
                    ),
                    public_path=(public_url or type(obj).get_absolute_url)(obj),
                    field=field,
                    original=getattr(obj, field) or "",
                    max_length=model_field.max_length,
                    rich_text=type(model_field).__name__ == "RichTextField",
                )
            )
    return targets


def bench_editor():
    """A staff account in the Editors group, for this run only: ``(username, password)``."""
    import secrets

    from django.contrib.auth import get_user_model

    from cop_portal.roles import ensure_editors_group

    password = secrets.token_urlsafe(24)
    editor, _created = get_user_model().objects.get_or_create(username="bench-editor")
    editor.is_staff = True
    editor.email = "bench-editor@example.org"
    editor.set_password(password)
    editor.save()
    editor.groups.add(ensure_editors_group())
    return editor.username, password


class Editor:
    """The editor's browser: logs in once, then saves change forms as a browser does."""

    def __init__(self, server, username, password):
        from tests.reliability.httpclient import Session

        self.server = server
        self.session = Session(server.port, host=server.host)
        answer = self.session.login(username, password)
        if answer.status != 302 or "/login/" in answer.header("Location", ""):
            raise RuntimeError(f"the bench editor could not log in ({answer.status})")

    def save(self, target, number):
        """Change ``target``'s field and POST the form; returns the new text's marker,
        the save's status and when its answer arrived (``time.monotonic()``)."""
        form = self.session.change_form(target.admin_path)
        if form.value(target.field) is None:
            raise RuntimeError(f"{target.admin_path} has no field {target.field}")
        text, marker = target.value(number)
        answer = self.session.post(target.admin_path, form.with_value(target.field, text))
        saved_at = time.monotonic()
        location = answer.header("Location", "")
        ok = answer.status == 302 and location.rstrip("/") != target.admin_path.rstrip("/")
        ok = ok and "/login/" not in location
        return marker, answer.status, ok, saved_at


def watch(server, path, marker, saved_at, timeout=VISIBILITY_TIMEOUT_SECONDS):
    """Ask for ``path`` anonymously until its page shows ``marker``: the seconds from
    ``saved_at`` to that answer (None if not within ``timeout``), and the answers seen."""
    needle = marker.encode()
    answers = []
    deadline = saved_at + timeout
    while time.monotonic() < deadline:
        try:
            status, headers, body = get(server, path, timeout=timeout)
        except (OSError, http.client.HTTPException) as error:
            answers.append(type(error).__name__)
            time.sleep(POLL_INTERVAL_SECONDS)
            continue
        arrived = time.monotonic()
        answers.append(f"{status} {headers.get('X-Cache', '-')}")
        if status == 200 and needle in body:
            return arrived - saved_at, answers
        time.sleep(POLL_INTERVAL_SECONDS)
    return None, answers


def edit_while_loaded(editor, server, targets, seconds, changes):
    """The editor's thread: a save every SAVE_INTERVAL_SECONDS from FIRST_SAVE_SECONDS
    on, while the load runs for ``seconds``; each change's record goes to ``changes``."""
    started = time.monotonic()
    numbers = itertools.count(1)
    moment = FIRST_SAVE_SECONDS
    for target in itertools.cycle(targets):
        if moment >= seconds - 0.5:
            return
        time.sleep(max(0.0, started + moment - time.monotonic()))
        number = next(numbers)
        record = {"kind": target.kind, "path": target.public_path, "field": target.field}
        record["at_s"] = round(time.monotonic() - started, 2)
        try:
            marker, status, ok, saved_at = editor.save(target, number)
            record.update(marker=marker, save_status=status, saved=ok, visible_after_ms=None)
            if ok:  # (a refused form changed nothing: there is nothing to wait for)
                delay, answers = watch(server, target.public_path, marker, saved_at)
                record["visible_after_ms"] = None if delay is None else round(delay * 1000, 1)
                record["answers_until_visible"] = len(answers)
                record["first_answer"] = answers[0] if answers else None
                record["visible_answer"] = answers[-1] if delay is not None else None
        except Exception as error:  # reported, never hidden: the run goes on
            record.update(saved=False, error=f"{type(error).__name__}: {error}")
            record.setdefault("visible_after_ms", None)
        changes.append(record)
        moment += SAVE_INTERVAL_SECONDS


def mix_case(result):
    """What the report keeps of one load run over the mix."""
    keys = ("rps", "p50_ms", "p99_ms", "requests", "duration", "errors", "connection_errors")
    keys += ("statuses", "x_cache")
    return {key: result[key] for key in keys if key in result}


def measure_edits(server, generator, paths_file, seconds, username, password, say):
    """The edits-under-load case on ``server`` (page cache in Redis); see the module
    docstring. ``paths_file`` holds the mix, one path a line."""
    paths = paths_file.read_text().split()
    targets = edit_targets()
    if not targets:
        raise RuntimeError("no public content to edit")
    not_ok = warm_up(server, paths)
    if not_ok:
        say(
            f"warning: {len(not_ok)} sitemap URLs did not answer 200, e.g. "
            f"{dict(list(not_ok.items())[:5])}"
        )
    editor = Editor(server, username, password)
    say(f"edits under load: {len(paths)} URLs, {seconds:g} s steady")
    steady = generator.run_mix(server, paths_file, seconds)
    say(
        f"edits under load: {seconds:g} s with a save every {SAVE_INTERVAL_SECONDS:g} s "
        f"({', '.join(target.kind for target in targets)} in turn)"
    )
    changes = []
    thread = threading.Thread(
        target=edit_while_loaded, args=(editor, server, targets, seconds, changes)
    )
    thread.start()
    try:
        with_saves = generator.run_mix(server, paths_file, seconds)
    finally:
        thread.join(timeout=seconds + VISIBILITY_TIMEOUT_SECONDS + 60)
    steady, with_saves = mix_case(steady), mix_case(with_saves)
    delays = [change["visible_after_ms"] for change in changes]
    seen = [delay for delay in delays if delay is not None]
    result = {
        "urls": len(paths),
        "seconds": seconds,
        "save_every_s": SAVE_INTERVAL_SECONDS,
        "edited": [
            {name: value for name, value in asdict(target).items() if name != "original"}
            for target in targets
        ],
        "warm_up_not_ok": not_ok,
        "steady": steady,
        "with_saves": with_saves,
        "rps_ratio": with_saves["rps"] / steady["rps"] if steady["rps"] else None,
        "p99_ratio": with_saves["p99_ms"] / steady["p99_ms"] if steady["p99_ms"] else None,
        "changes": changes,
        "visible_max_ms": max(seen) if len(seen) == len(delays) and seen else None,
        "errors": steady["errors"] + with_saves["errors"],
    }
    result["targets"] = edit_targets_met(result)
    return result


def edit_targets_met(result):
    """Issue #15's targets, each True or False as measured."""
    changes = result["changes"]
    return {
        "throughput_with_saves_ge_0.8x": (result["rps_ratio"] or 0) >= THROUGHPUT_RATIO_TARGET,
        "p99_with_saves_le_2x": result["p99_ratio"] is not None
        and result["p99_ratio"] <= P99_RATIO_TARGET,
        "every_save_succeeded": bool(changes) and all(change["saved"] for change in changes),
        "every_change_visible_within_2s": bool(changes)
        and all(
            change["visible_after_ms"] is not None
            and change["visible_after_ms"] <= VISIBLE_WITHIN_SECONDS * 1000
            for change in changes
        ),
        "zero_errors": result["errors"] == 0,
    }


def failed(result):
    """Errors, a failed save or a change never seen make ``make bench`` fail; a target
    missed by a margin is reported, not failed (the machine may be busy)."""
    changes = result["changes"]
    return bool(
        result["errors"]
        or not changes
        or not all(change["saved"] for change in changes)
        or any(change["visible_after_ms"] is None for change in changes)
    )


# --- Redis down --------------------------------------------------------------------------


def redis_down_targets(news_item_path):
    """A representative set: home, a list, a detail page, a feed, search."""
    targets = [
        ("home", "/en/"),
        ("news list", "/en/news/"),
        ("news item", news_item_path),
        ("events list", "/en/events/"),
        ("news feed (RSS)", "/en/news/rss/"),
        ("search en: children", "/en/search/?q=children"),
    ]
    return [(name, path) for name, path in targets if path]


def measure_redis_down(up, down, generator, seconds, pages, floor_path, warm_up_requests, say):
    """The floor on ``up`` (Redis answering) and on ``down`` (Redis refused), then each
    of ``pages`` (``[(name, path)]``) on ``down``."""

    def measure(server, path):
        for _ in range(warm_up_requests):
            get(server, path)
        result = generator.run(server, path, seconds)
        result["errors"] = result["errors"] + result.pop("status_errors")
        status, headers, _body = get(server, path)
        result["status"] = status
        result["x_cache"] = headers.get("X-Cache", "-")
        return result

    floor_up = measure(up, floor_path)
    floor_down = measure(down, floor_path)
    say(
        f"redis down: floor {floor_up['rps']:.0f} req/s with Redis, {floor_down['rps']:.0f} without"
    )
    rows = []
    for name, path in pages:
        result = measure(down, path)
        result.update(
            page=name,
            path=path,
            floor_ratio=result["rps"] / floor_down["rps"] if floor_down["rps"] else None,
            floor_up_ratio=result["rps"] / floor_up["rps"] if floor_up["rps"] else None,
        )
        say(f"redis down: {name:<22} {result['rps']:.0f} req/s, {result['errors']} errors")
        rows.append(result)
    return {
        "redis_url": down.env.get("REDIS_URL"),
        "seconds": seconds,
        "floor_up": floor_up,
        "floor_down": floor_down,
        "floor_down_ratio": floor_down["rps"] / floor_up["rps"] if floor_up["rps"] else None,
        "rows": rows,
        "errors": floor_down["errors"] + sum(row["errors"] for row in rows),
    }


# --- the report --------------------------------------------------------------------------


def _number(value, digits=0, suffix=""):
    return "-" if value is None else f"{value:.{digits}f}{suffix}"


def print_edits(result, connections, tool):
    steady, saves = result["steady"], result["with_saves"]
    print(
        f"Edits under load: {result['urls']} sitemap URLs (all languages) in turn, {tool} with "
        f"{connections} connections, {result['seconds']:g} s steady then {result['seconds']:g} s "
        f"with a save through the admin every {result['save_every_s']:g} s (Redis)"
    )
    header = f"{'':<12} {'req/s':>8} {'p50ms':>7} {'p99ms':>7} {'requests':>9} {'err':>5}"
    print(header)
    print("─" * len(header))
    for label, case in (("steady", steady), ("with saves", saves)):
        print(
            f"{label:<12} {case['rps']:>8.0f} {case['p50_ms']:>7.1f} {case['p99_ms']:>7.1f} "
            f"{case['requests']:>9} {case['errors']:>5}"
        )
    print(
        f"{'ratio':<12} {_number(result['rps_ratio'], 2, '×'):>8} {'':>7} "
        f"{_number(result['p99_ratio'], 2, '×'):>7}   (targets: req/s ≥ 0.8×, p99 ≤ 2×)"
    )
    print()
    print(
        f"{'#':>2} {'at s':>5} {'kind':<18} {'public page':<44} {'save':>4} {'visible after':>13}"
    )
    for number, change in enumerate(result["changes"], 1):
        path = change["path"] if len(change["path"]) <= 44 else change["path"][:41] + "..."
        if change.get("error"):
            visible = change["error"][:40]
        elif not change["saved"]:
            visible = "not saved"
        elif change["visible_after_ms"] is None:
            visible = "never (10 s)"
        else:
            visible = f"{change['visible_after_ms']:.0f} ms"
        print(
            f"{number:>2} {change['at_s']:>5.1f} {change['kind']:<18} {path:<44} "
            f"{change.get('save_status', '-'):>4} {visible:>13}"
        )
    print(f"slowest change visible after: {_number(result['visible_max_ms'], 0, ' ms')}")
    if "x_cache" in saves:

        def states(case):
            return ", ".join(f"{state} {count}" for state, count in case["x_cache"].items())

        rebuilt = saves["x_cache"].get("miss", 0) / (len(result["changes"]) or 1)
        print(
            f"X-Cache answers, steady: {states(steady)}; with saves: {states(saves)} "
            f"(≈{rebuilt:.0f} pages rebuilt by a reader per save)"
        )
    missed = [name for name, met in result["targets"].items() if not met]
    print("targets: " + ("all met" if not missed else "missed: " + ", ".join(missed)))
    print()


def print_redis_down(result):
    print(
        f"Redis down ({result['redis_url']}, a closed port): page cache unavailable, "
        f"{result['seconds']:g} s per page"
    )
    print(
        f"floor: {result['floor_up']['rps']:.0f} req/s with Redis up, "
        f"{result['floor_down']['rps']:.0f} req/s with it down "
        f"({_number(result['floor_down_ratio'], 2, '×')})"
    )
    header = (
        f"{'page':<22} {'path':<34} {'req/s':>7} {'×floor':>6} {'×up':>6} "
        f"{'p50ms':>6} {'p99ms':>7} {'err':>4} {'cache':>5} │ {'no cache ×floor':>15}"
    )
    print(header)
    print("─" * len(header))
    for row in result["rows"]:
        path = row["path"] if len(row["path"]) <= 34 else row["path"][:31] + "..."
        print(
            f"{row['page'][:22]:<22} {path:<34} {row['rps']:>7.0f} "
            f"{_number(row['floor_ratio'], 2):>6} {_number(row['floor_up_ratio'], 2):>6} "
            f"{row['p50_ms']:>6.1f} {row['p99_ms']:>7.1f} {row['errors']:>4} {row['x_cache']:>5} │ "
            f"{_number(row.get('uncached_floor_ratio'), 2):>15}"
        )
    print(
        "×floor: to the floor of the same server (Redis down); ×up: to the floor with Redis "
        "up; cache: X-Cache of a request after the load; no cache ×floor: the same page with "
        "the page cache turned off, from the pages table"
    )
    print()
