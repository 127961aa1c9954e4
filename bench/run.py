"""``make bench``: every kind of page against Django's floor, cached and uncached.

What it does, all on loopback and bounded in time:
1. a fresh database with the demo content (an SQLite file in a temporary directory, or
   a new PostgreSQL database beside the one ``DATABASE_URL`` names), static files
   collected into the same temporary directory;
2. a Redis of its own (on a free loopback port, in the same temporary directory) and
   two gunicorn servers with production settings and ``gunicorn.conf.py`` (debug off,
   whitenoise, a generated secret key, plain HTTP): one with the anonymous page cache
   in that Redis (repeat visits, as production runs), one with it turned off
   (``DJANGO_PAGE_CACHE_SECONDS=0``: every request builds the page). Both run with
   ``COP_BENCHMARK=1``, which adds ``/bench/floor``: a constant response through the
   same middleware stack, Django's floor;
3. the pages: the same discovery as the browser tests (tests/discovery.py), one page
   per URL pattern, plus one static file served by whitenoise;
4. each page is loaded from a second process (wrk when installed, else bench/loadgen.py)
   for ``BENCH_SECONDS`` seconds with ``BENCH_CONNECTIONS`` keep-alive connections;
   SQL queries per request are counted in this process with Django's test client;
5. then, on the server with Redis, the two cases of bench/edits.py: *edits under load*
   (every sitemap URL in turn, steady and then with a save through the admin every
   5 s, and how soon each change is visible) and *Redis down* (a third server whose
   ``REDIS_URL`` names a closed port: what readers get during a cache outage);
6. the tables on stdout, and bench/results.json.

Environment: ``BENCH_SECONDS`` (per measurement; the default fits the pages in about
three minutes), ``BENCH_EDIT_SECONDS`` (each half of the edits case, 25),
``BENCH_CONNECTIONS`` (8), ``BENCH_TOOL`` (``wrk`` or ``python``), ``BENCH_CASES``
(a comma-separated choice of ``pages``, ``edits``, ``redis-down``; all by default),
``DATABASE_URL`` (PostgreSQL), and gunicorn's own ``GUNICORN_WORKERS``/``_THREADS``.
"""

import contextlib
import datetime as dt
import json
import os
import runpy
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results.json"
FLOOR_PATH = "/bench/floor"
HEADERS = {"Accept-Encoding": "gzip, br", "Accept-Language": "en", "User-Agent": "cop-bench"}
# Requests (each on a new connection, so they spread over the workers) before each
# measurement: they fill the workers' page caches and compile their templates.
WARM_UP_REQUESTS_PER_WORKER = 3
# The pages case stays near three minutes whatever the number of page kinds.
TOTAL_LOAD_SECONDS = 110
CASES = ("pages", "edits", "redis-down")
# Each half (steady, with saves) of the edits case: five saves, one of each kind.
DEFAULT_EDIT_SECONDS = 25
# Per page of the Redis-down case when the pages case does not set the length.
DEFAULT_REDIS_DOWN_SECONDS = 3
WRK_REPORT = """
done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "timeout": %d, "status": %d, "p50_us": %d, "p99_us": %d}\\n',
    summary.requests, summary.duration, summary.bytes, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status,
    latency:percentile(50), latency:percentile(99)))
end
"""
# The mix for wrk: every path of a file in turn, each of wrk's threads starting at a
# different place in the list (its connections share the thread's round).
WRK_MIX = """
local paths = {}
for line in io.lines([==[%(paths_file)s]==]) do
  if line ~= "" then paths[#paths + 1] = line end
end
local threads, started = %(threads)d, 0
function setup(thread)
  thread:set("first", math.floor(started * #paths / threads))
  started = started + 1
end
local index = nil
function request()
  index = ((index or first or 0) %% #paths) + 1
  return wrk.format(nil, paths[index])
end
"""


# Search results: full text (a common word, a rarer one) and substring (Chinese).
SEARCHES = [
    ("search en: children", "/en/search/?q=children"),
    ("search fr: harcèlement", "/fr/search/?q=harc%C3%A8lement"),
    ("search zh-hans: 欺凌", "/zh-hans/search/?q=%E6%AC%BA%E5%87%8C"),
]


@dataclass
class Target:
    name: str
    path: str
    # Measured on both servers (cached and uncached); the static file only once.
    both: bool = True


def say(message):
    print(f"bench: {message}", flush=True)


def load_tool():
    wanted = os.environ.get("BENCH_TOOL", "").strip()
    if wanted == "python" or (not wanted and shutil.which("wrk") is None):
        return "python"
    return "wrk"


class LoadGenerator:
    def __init__(self, tool, connections, workdir):
        self.tool = tool
        self.connections = connections
        self.wrk_script = workdir / "report.lua"
        self.wrk_script.write_text(WRK_REPORT)

    @property
    def wrk_threads(self):
        return min(2, self.connections)

    def run(self, server, path, seconds):
        if self.tool == "wrk":
            return self._wrk(server, path, seconds)
        return self._python(server, seconds, [path])

    def run_mix(self, server, paths_file, seconds):
        """Every path of ``paths_file`` (one a line) in turn on every connection;
        ``errors`` counts failed connections and answers >= 400 together."""
        if self.tool == "wrk":
            script = paths_file.with_suffix(".lua")
            mix = WRK_MIX % {"paths_file": paths_file, "threads": self.wrk_threads}
            script.write_text(mix + WRK_REPORT)
            result = self._wrk(server, "/", seconds, script)
        else:
            result = self._python(server, seconds, ["--paths-file", str(paths_file)])
        result["connection_errors"] = result["errors"]
        result["errors"] = result["errors"] + result["status_errors"]
        return result

    def _wrk(self, server, path, seconds, script=None):
        command = ["wrk", "-t", str(self.wrk_threads), "-c", str(self.connections)]
        command += ["-d", f"{max(1, round(seconds))}s", "--timeout", "10s"]
        command += ["-s", str(script or self.wrk_script)]
        for name, value in HEADERS.items():
            command += ["-H", f"{name}: {value}"]
        completed = subprocess.run(
            command + [server.url(path)],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=True,
        )
        report = json.loads(completed.stdout.strip().splitlines()[-1])
        duration = report["duration_us"] / 1e6
        return {
            "tool": "wrk",
            "requests": report["requests"],
            "duration": duration,
            "rps": report["requests"] / duration if duration else 0.0,
            "p50_ms": report["p50_us"] / 1000,
            "p99_ms": report["p99_us"] / 1000,
            "errors": sum(report[kind] for kind in ("connect", "read", "write", "timeout")),
            "status_errors": report["status"],
            "bytes": report["bytes"],
        }

    def _python(self, server, seconds, what):
        completed = subprocess.run(
            [sys.executable, "-m", "bench.loadgen", server.host, str(server.port), *what]
            + ["--seconds", str(seconds), "--connections", str(self.connections)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=True,
        )
        return json.loads(completed.stdout)


def fetch(server, path):
    import http.client

    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        body = response.read()
        return response.status, dict(response.getheaders()), body
    finally:
        connection.close()


def cache_hits(server, path, tries=5):
    """After the load: how many of a few fresh requests the page cache answered."""
    answers = [fetch(server, path)[1].get("X-Cache") for _ in range(tries)]
    if not any(answers):
        return "-"  # not cacheable (or the cache is off)
    return f"{answers.count('hit')}/{tries}"


def count_queries(path):
    """SQL queries for one request: with the page cache off, then a repeat with it on."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client()
    cache.clear()
    # Count at once: each request empties the connection's query log (request_started),
    # and a CaptureQueriesContext reads that log only when asked.
    with override_settings(PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as built:
        client.get(path)
    built_count = len(built)
    client.get(path)
    with CaptureQueriesContext(connection) as repeated:
        client.get(path)
    return built_count, len(repeated)


def stylesheet_path(html):
    import re

    match = re.search(r'<link rel="stylesheet" href="([^"]+)"', html)
    return match.group(1) if match else None


def gunicorn_settings():
    config = runpy.run_path(str(REPO / "gunicorn.conf.py"))
    return {name: config[name] for name in ("workers", "threads", "worker_class")}


def default_seconds(measurements):
    """Whole seconds per measurement (wrk counts in seconds), 2 to 5."""
    return max(2, min(5, TOTAL_LOAD_SECONDS // measurements))


def selected_cases():
    """The cases ``BENCH_CASES`` names (comma-separated), in their order; all by default."""
    wanted = {name.strip() for name in os.environ.get("BENCH_CASES", "").split(",") if name.strip()}
    unknown = wanted - set(CASES)
    if unknown:
        raise SystemExit(f"bench: unknown BENCH_CASES {sorted(unknown)}; choose from {CASES}")
    return [case for case in CASES if case in wanted] if wanted else list(CASES)


def main():
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="cop-bench-"))
    try:
        results = run(workdir, selected_cases())
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    results["wall_seconds"] = round(time.monotonic() - started, 1)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print_results(results)
    say(f"results written to {RESULTS.relative_to(REPO)} ({results['wall_seconds']} s)")
    return 1 if failures(results) else 0


def failures(results):
    """What makes the run fail: any error (a failed connection, an answer >= 400), a
    failed save or a change never seen. Targets missed are reported, not failed."""
    from bench import edits

    failed = [row for row in results["rows"] for case in row["cases"].values() if case["errors"]]
    if "edits" in results and edits.failed(results["edits"]):
        failed.append("edits")
    if results.get("redis_down", {}).get("errors"):
        failed.append("redis-down")
    return failed


def run(workdir, cases):
    sys.path.insert(0, str(REPO))
    from tests.portal_server import DemoDatabase, PortalServer, free_port, production_environment
    from tests.reliability.services import RedisServer, port_open

    static_root = workdir / "static"
    with DemoDatabase(workdir, name_suffix="bench") as database, contextlib.ExitStack() as stack:
        engine = "postgresql" if database.url.startswith("postgres") else "sqlite"
        # This process reads the same database (discovery resolves URLs, queries counted,
        # the editor's account made); its own cache is local memory, not the servers'.
        os.environ.update(production_environment(database.url, static_root, COP_BENCHMARK=1))
        os.environ["DJANGO_SETTINGS_MODULE"] = "cop_portal.settings"
        import django
        from django.core.management import call_command

        django.setup()
        say(f"collecting static files, loading the demo content ({engine})")
        call_command("collectstatic", interactive=False, verbosity=0)
        database.load(static_root)

        redis = RedisServer(workdir / "redis")
        stack.callback(redis.close)
        redis.start()
        # Work outside the request as in production (docker-compose): tasks queued in the
        # database and run by one worker beside gunicorn, so a save's PDFs are not built
        # inside the editor's request.
        server_env = {
            "COP_BENCHMARK": "1",
            "GUNICORN_MAX_REQUESTS": "0",
            "DJANGO_TASKS_BACKEND": "database",
        }
        stack.enter_context(task_worker(database.url, static_root, workdir, redis.url()))
        say(f"starting gunicorn with the page cache in Redis ({redis.url()})")
        cached = stack.enter_context(
            PortalServer(
                database.url,
                static_root,
                workdir / "cached.log",
                REDIS_URL=redis.url(),
                **server_env,
            )
        )
        connections = int(os.environ.get("BENCH_CONNECTIONS") or 8)
        generator = LoadGenerator(load_tool(), connections, workdir)
        results = {
            "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "cases": cases,
            "tool": generator.tool,
            "connections": connections,
            "seconds": None,
            "database": engine,
            "cache": f"redis {redis_version(redis)}",
            "cpus": os.cpu_count(),
            "gunicorn": gunicorn_settings(),
            "tasks": "database, one db_worker",
            "floor_rps": {},
            "rows": [],
        }
        if "pages" in cases:
            say("starting gunicorn with the page cache off")
            with PortalServer(
                database.url,
                static_root,
                workdir / "uncached.log",
                DJANGO_PAGE_CACHE_SECONDS=0,
                **server_env,
            ) as uncached:
                results.update(measure_all(generator, cached, uncached))
        if "edits" in cases:
            results["edits"] = run_edits(workdir, generator, cached)
        if "redis-down" in cases:
            # Nothing listens there: every connection to "Redis" is refused at once.
            closed_port = free_port()
            if port_open(closed_port):
                raise RuntimeError(f"port {closed_port} was meant to be closed")
            say(f"starting gunicorn with REDIS_URL on a closed port ({closed_port})")
            with PortalServer(
                database.url,
                static_root,
                workdir / "redis-down.log",
                REDIS_URL=f"redis://127.0.0.1:{closed_port}/0",
                **server_env,
            ) as down:
                results["redis_down"] = run_redis_down(generator, cached, down, results)
        from django.db import connections as databases

        databases.close_all()
    return results


@contextlib.contextmanager
def task_worker(database_url, static_root, workdir, redis_url):
    """``manage.py db_worker`` as the ``worker`` service of docker-compose.yml runs it."""
    from tests.portal_server import production_environment

    env = production_environment(
        database_url, static_root, REDIS_URL=redis_url, DJANGO_TASKS_BACKEND="database"
    )
    with open(workdir / "worker.log", "wb") as log:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "2"],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        say("started the task worker (db_worker)")
        try:
            yield worker
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()


def redis_version(redis):
    try:
        return redis.client().info("server").get("redis_version", "?")
    except Exception:
        return "?"


def run_edits(workdir, generator, server):
    from bench import edits

    paths = edits.sitemap_paths(lambda path: fetch(server, path)[::2])
    paths_file = workdir / "mix.txt"
    paths_file.write_text("\n".join(paths) + "\n")
    seconds = float(os.environ.get("BENCH_EDIT_SECONDS") or DEFAULT_EDIT_SECONDS)
    username, password = edits.bench_editor()
    return edits.measure_edits(server, generator, paths_file, seconds, username, password, say)


def run_redis_down(generator, up, down, results):
    from bench import edits

    seconds = float(
        os.environ.get("BENCH_SECONDS") or results["seconds"] or DEFAULT_REDIS_DOWN_SECONDS
    )
    news = [target for target in edits.edit_targets() if target.kind == "news item"]
    pages = edits.redis_down_targets(news[0].public_path if news else None)
    warm_up_requests = WARM_UP_REQUESTS_PER_WORKER * results["gunicorn"]["workers"]
    result = edits.measure_redis_down(
        up, down, generator, seconds, pages, FLOOR_PATH, warm_up_requests, say
    )
    # The same pages on the server without a page cache, where the pages case ran.
    uncached = {row["path"]: row["cases"].get("uncached") for row in results["rows"]}
    for row in result["rows"]:
        same = uncached.get(row["path"])
        row["uncached_floor_ratio"] = same["floor_ratio"] if same else None
    return result


def discover_targets(server):
    from tests.discovery import discover, http_fetcher

    discovery = discover(http_fetcher(server.host, server.port), f"{server.host}:{server.port}")
    if discovery.broken:
        say(f"warning: internal links that do not answer: {discovery.broken}")
    targets = [Target("floor", FLOOR_PATH)]
    targets += [Target(page.kind, page.path) for page in discovery.kinds()]
    # The crawl finds the search form only: search results as well.
    targets += [Target(name, path) for name, path in SEARCHES]
    _status, _headers, body = fetch(server, "/en/")
    css = stylesheet_path(body.decode())
    if css:
        targets.append(Target("static (whitenoise)", css, both=False))
    return targets, discovery


def measure_all(generator, cached, uncached):
    targets, discovery = discover_targets(cached)
    measurements = sum(2 if target.both else 1 for target in targets)
    seconds = float(os.environ.get("BENCH_SECONDS") or default_seconds(measurements))
    warm_up_requests = WARM_UP_REQUESTS_PER_WORKER * gunicorn_settings()["workers"]
    say(
        f"{len(targets)} targets ({len(discovery.pages)} pages discovered), {generator.tool}, "
        f"{generator.connections} connections, {seconds:g} s each"
    )
    rows = []
    floors = {}
    for target in targets:
        status, headers, body = fetch(cached, target.path)
        if status != 200:
            say(f"warning: {target.path} answered {status}; skipped")
            continue
        is_page = target.path != FLOOR_PATH and not target.path.startswith("/static/")
        queries = count_queries(target.path) if is_page else (0, 0)
        row = {
            "page": target.name,
            "path": target.path,
            "bytes": len(body),
            "encoding": headers.get("Content-Encoding", "identity"),
            "queries_uncached": queries[0],
            "queries_cached": queries[1],
            "cases": {},
        }
        servers = [("cached", cached), ("uncached", uncached)] if target.both else [("", cached)]
        for case, server in servers:
            for _ in range(warm_up_requests):
                fetch(server, target.path)
            result = generator.run(server, target.path, seconds)
            result["errors"] = result["errors"] + result.pop("status_errors")
            result["cache_hits"] = cache_hits(server, target.path)
            if target.path == FLOOR_PATH:
                floors[case] = result["rps"]
            row["cases"][case or "cached"] = result
        say(
            f"{target.name:<24} "
            + "  ".join(
                f"{case}: {result['rps']:.0f} req/s" for case, result in row["cases"].items()
            )
        )
        rows.append(row)
    for row in rows:
        for case, result in row["cases"].items():
            floor = floors.get(case) or floors.get("cached") or 0
            result["floor_ratio"] = result["rps"] / floor if floor else None
    return {"seconds": seconds, "floor_rps": floors, "rows": rows}


def _fmt(result, key, digits=0):
    value = result.get(key) if result else None
    if value is None:
        return "-"
    return f"{value:.{digits}f}"


def print_results(results):
    from bench import edits

    if results["rows"]:
        print_table(results)
    if "edits" in results:
        edits.print_edits(results["edits"], results["connections"], results["tool"])
    if "redis_down" in results:
        edits.print_redis_down(results["redis_down"])


def print_table(results):
    gunicorn = results["gunicorn"]
    cache = f", page cache in {results['cache']}" if results.get("cache") else ""
    print()
    print(
        f"COP Portal benchmark: {results['database']}{cache}, gunicorn {gunicorn['workers']} "
        f"workers × {gunicorn['threads']} threads ({gunicorn['worker_class']}), "
        f"{results['cpus']} CPUs, {results['tool']} with {results['connections']} connections, "
        f"{results['seconds']:g} s per measurement, tasks: {results.get('tasks', 'immediate')}"
    )
    floors = results["floor_rps"]
    print(
        f"Django's floor ({FLOOR_PATH}): {floors.get('cached', 0):.0f} req/s (page cache on), "
        f"{floors.get('uncached', 0):.0f} req/s (page cache off)"
    )
    print("×floor = requests/s as a fraction of the floor; queries = SQL per request built/repeat")
    print()
    header = (
        f"{'page':<22} {'path':<34} {'bytes':>6} {'queries':>7} │ "
        f"{'cached req/s':>12} {'×floor':>6} {'p50ms':>6} {'p99ms':>6} {'err':>4} {'hits':>4} │ "
        f"{'uncached req/s':>14} {'×floor':>6} {'p50ms':>6} {'p99ms':>6} {'err':>4}"
    )
    print(header)
    print("─" * len(header))
    for row in results["rows"]:
        cached = row["cases"].get("cached")
        uncached = row["cases"].get("uncached")
        path = row["path"] if len(row["path"]) <= 34 else row["path"][:31] + "..."
        queries = f"{row['queries_uncached']}/{row['queries_cached']}"
        print(
            f"{row['page'][:22]:<22} {path:<34} {row['bytes']:>6} {queries:>7} │ "
            f"{_fmt(cached, 'rps'):>12} {_fmt(cached, 'floor_ratio', 2):>6} "
            f"{_fmt(cached, 'p50_ms', 1):>6} {_fmt(cached, 'p99_ms', 1):>6} "
            f"{_fmt(cached, 'errors'):>4} {(cached or {}).get('cache_hits', '-'):>4} │ "
            f"{_fmt(uncached, 'rps'):>14} {_fmt(uncached, 'floor_ratio', 2):>6} "
            f"{_fmt(uncached, 'p50_ms', 1):>6} {_fmt(uncached, 'p99_ms', 1):>6} "
            f"{_fmt(uncached, 'errors'):>4}"
        )
    print()


if __name__ == "__main__":
    sys.exit(main())
