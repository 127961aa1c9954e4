"""Pieces of ``make bench`` that can be checked quickly: the floor view, the Python
load generator and its mix of paths, the sitemap's URLs, the edits case's verdicts,
the tables; the full run is ``make bench`` itself."""

import importlib
import json
import shutil
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import clear_url_caches

from bench import edits, loadgen, run
from cop_portal import page_cache
from tests.portal_server import free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def benchmark_mode(settings):
    """The URLconf as it is built with COP_BENCHMARK=1."""
    import cop_portal.urls

    settings.BENCHMARK = True
    importlib.reload(cop_portal.urls)
    clear_url_caches()
    yield
    settings.BENCHMARK = False
    importlib.reload(cop_portal.urls)
    clear_url_caches()


def test_the_floor_exists_only_in_benchmark_mode(client):
    assert client.get("/bench/floor").status_code == 404


def test_the_floor_is_a_constant_response_through_the_whole_stack(
    client, benchmark_mode, django_assert_num_queries
):
    # The page cache's versions are made once (they ask the apps for their next
    # scheduled change); from then on the floor costs no query at all.
    page_cache.prime_versions()
    with django_assert_num_queries(0):
        first = client.get("/bench/floor")
        second = client.get("/bench/floor")
    assert first.content == second.content == b"floor\n"
    # The middleware ran (security headers) and the page cache did not keep it.
    assert "frame-ancestors 'none'" in second["Content-Security-Policy"]
    assert not second.has_header("X-Cache")


class KeepAliveHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = b"missing" if self.path == "/missing" else b"hello"
        self.send_response(404 if self.path == "/missing" else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def small_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), KeepAliveHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address
    server.shutdown()
    server.server_close()


def test_the_python_load_generator_reports_throughput_and_latency(small_server):
    host, port = small_server
    result = loadgen.load(host, port, "/", seconds=0.5, connections=2)
    assert result["requests"] > 10
    assert result["errors"] == result["status_errors"] == 0
    assert 0 < result["p50_ms"] <= result["p99_ms"]
    assert result["bytes"] == 5 * result["requests"]


def test_the_python_load_generator_counts_error_answers(small_server):
    host, port = small_server
    result = loadgen.load(host, port, "/missing", seconds=0.3, connections=1)
    assert result["status_errors"] == result["requests"] > 0


def test_the_python_load_generator_counts_refused_connections():
    result = loadgen.load("127.0.0.1", free_port(), "/", seconds=0.2, connections=1)
    assert result["requests"] == 0
    assert result["errors"] > 0


def test_a_default_run_fits_in_about_three_minutes():
    assert run.default_seconds(5) == 5
    assert run.default_seconds(60) == 2
    assert run.default_seconds(37) * 37 <= run.TOTAL_LOAD_SECONDS


def test_the_table_prints_every_page(capsys):
    case = {"rps": 900.0, "p50_ms": 1.0, "p99_ms": 5.0, "errors": 0, "floor_ratio": 0.9}
    results = {
        "database": "sqlite",
        "gunicorn": {"workers": 5, "threads": 2, "worker_class": "gthread"},
        "cpus": 2,
        "tool": "wrk",
        "connections": 8,
        "seconds": 2.0,
        "floor_rps": {"cached": 1000.0, "uncached": 1000.0},
        "rows": [
            {
                "page": "home",
                "path": "/en/",
                "bytes": 3000,
                "queries_uncached": 2,
                "queries_cached": 0,
                "cases": {"cached": dict(case, cache_hits="5/5"), "uncached": case},
            }
        ],
    }
    run.print_table(results)
    lines = capsys.readouterr().out.splitlines()
    home = next(line for line in lines if line.startswith("home"))
    cached, uncached = "900 0.90 1.0 5.0 0 5/5", "900 0.90 1.0 5.0 0"
    assert home.split() == f"home /en/ 3000 2/0 │ {cached} │ {uncached}".split()


# --- the mix of the edits case ------------------------------------------------------------


class RecordingHandler(KeepAliveHandler):
    """Answers every path, and notes which were asked."""

    seen = None

    def do_GET(self):
        self.seen.append(self.path)
        super().do_GET()


@pytest.fixture
def recording_server():
    seen = []
    handler = type("Handler", (RecordingHandler,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address, seen
    server.shutdown()
    server.server_close()


def test_the_python_load_generator_goes_through_a_mix_of_paths(recording_server):
    (host, port), seen = recording_server
    paths = ["/a", "/b", "/missing", "/c"]
    result = loadgen.load(host, port, paths, seconds=0.5, connections=3)
    assert set(seen) == set(paths)
    assert result["requests"] == sum(result["statuses"].values())
    assert result["status_errors"] == result["statuses"]["404"] == seen.count("/missing")
    # No X-Cache header from this server: counted as "-".
    assert result["x_cache"] == {"-": result["requests"]}


def test_each_connection_starts_the_round_elsewhere():
    paths = [f"/{n}" for n in range(6)]
    firsts = [next(loadgen.client_paths(paths, client, 3)) for client in range(3)]
    assert firsts == ["/0", "/2", "/4"]
    round_of_one = loadgen.client_paths(paths, 1, 3)
    assert [next(round_of_one) for _ in range(7)] == ["/2", "/3", "/4", "/5", "/0", "/1", "/2"]


def test_the_paths_file_has_one_path_a_line(tmp_path):
    paths_file = tmp_path / "mix.txt"
    paths_file.write_text("/en/\n\n# a comment\n  /fr/news/?page=2  \n")
    assert loadgen.read_paths(paths_file) == ["/en/", "/fr/news/?page=2"]
    (tmp_path / "empty.txt").write_text("\n")
    with pytest.raises(ValueError):
        loadgen.read_paths(tmp_path / "empty.txt")


def test_the_load_generator_command_reads_a_paths_file(recording_server, tmp_path):
    (host, port), seen = recording_server
    paths_file = tmp_path / "mix.txt"
    paths_file.write_text("/one\n/two\n")
    command = [sys.executable, "-m", "bench.loadgen", host, str(port)]
    command += ["--paths-file", str(paths_file), "--seconds", "0.3", "--connections", "2"]
    completed = subprocess.run(
        command, cwd=run.REPO, capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(completed.stdout)
    assert result["requests"] > 0 and result["errors"] == result["status_errors"] == 0
    assert set(seen) == {"/one", "/two"}


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed")
def test_wrk_goes_through_the_mix_of_paths(recording_server, tmp_path):
    (host, port), seen = recording_server
    paths_file = tmp_path / "mix.txt"
    paths_file.write_text("/one\n/two\n/three\n")

    class Server:
        def url(self, path):
            return f"http://{host}:{port}{path}"

    result = run.LoadGenerator("wrk", 2, tmp_path).run_mix(Server(), paths_file, 1)
    assert result["requests"] > 0 and result["errors"] == 0
    assert set(seen) == {"/one", "/two", "/three"}


SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://portal.example.org/sitemap-home.xml</loc></sitemap>
  <sitemap><loc>https://portal.example.org/sitemap-news.xml?p=2</loc></sitemap>
</sitemapindex>"""
SITEMAP_HOME = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url><loc>https://portal.example.org/en/</loc>
    <xhtml:link rel="alternate" hreflang="fr" href="https://portal.example.org/fr/"/></url>
  <url><loc>https://portal.example.org/fr/</loc></url>
</urlset>"""
SITEMAP_NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc> https://portal.example.org/ar/news/?page=2 </loc></url>
  <url><loc>https://portal.example.org/en/</loc></url>
</urlset>"""


def test_the_mix_is_every_page_the_sitemap_sections_list():
    pages = {
        "/sitemap.xml": SITEMAP_INDEX,
        "/sitemap-home.xml": SITEMAP_HOME,
        "/sitemap-news.xml?p=2": SITEMAP_NEWS,
    }
    asked = []

    def get(path):
        asked.append(path)
        return (200, pages[path].encode()) if path in pages else (404, b"")

    # Paths on the bench's own server whatever host the sitemap names; alternates are
    # the same pages again; each page once.
    assert edits.sitemap_paths(get) == ["/en/", "/fr/", "/ar/news/?page=2"]
    assert asked == list(pages)
    pages["/sitemap.xml"] = SITEMAP_INDEX.replace("home", "gone")
    with pytest.raises(ValueError, match="404"):
        edits.sitemap_paths(get)


def test_the_portal_sitemap_gives_pages_in_every_language(client):
    def get(path):
        response = client.get(path)
        return response.status_code, response.content

    paths = edits.sitemap_paths(get)
    for language in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        assert f"/{language}/" in paths
    assert all(path.startswith("/") and "://" not in path for path in paths)


# --- what the editor changes, and the verdicts -------------------------------------------


def test_an_edited_title_stays_within_its_length_and_carries_its_marker():
    target = edits.EditTarget("news item", "/admin/x/", "/en/x/", "title_en", "T" * 200, 200)
    text, marker = target.value(12)
    assert marker == "(edit 12)" and text.endswith(" (edit 12)") and len(text) <= 200
    assert "(edit 1)" not in text  # each change's marker is its own


def test_an_edited_rich_text_keeps_the_marker_inside_its_last_paragraph():
    target = edits.EditTarget("partner", "/a/", "/p/", "description_en", "<p>A</p><p>B</p>", None)
    target.rich_text = True
    assert target.value(3) == ("<p>A</p><p>B (edit 3)</p>", "(edit 3)")
    target.original = "plain"
    assert target.value(4)[0] == "plain<p>(edit 4)</p>"


def edits_result(**changes):
    change = {"saved": True, "visible_after_ms": 150.0}
    result = {"rps_ratio": 0.9, "p99_ratio": 1.5, "errors": 0, "changes": [change]}
    result.update(changes)
    return result


def test_the_edit_targets_are_judged_as_measured():
    assert all(edits.edit_targets_met(edits_result()).values())
    slow = edits_result(changes=[{"saved": True, "visible_after_ms": 2500.0}])
    met = edits.edit_targets_met(slow)
    assert not met["every_change_visible_within_2s"] and met["zero_errors"]
    assert not edits.failed(slow)  # a missed target is reported, not a failure
    assert not edits.edit_targets_met(edits_result(rps_ratio=0.5))["throughput_with_saves_ge_0.8x"]
    assert not edits.edit_targets_met(edits_result(p99_ratio=2.5))["p99_with_saves_le_2x"]


def test_errors_failed_saves_and_unseen_changes_fail_the_run():
    assert edits.failed(edits_result(errors=1))
    assert edits.failed(edits_result(changes=[{"saved": False, "visible_after_ms": None}]))
    assert edits.failed(edits_result(changes=[{"saved": True, "visible_after_ms": None}]))
    assert edits.failed(edits_result(changes=[]))


def test_the_cases_are_chosen_by_bench_cases(monkeypatch):
    monkeypatch.delenv("BENCH_CASES", raising=False)
    assert run.selected_cases() == ["pages", "edits", "redis-down"]
    monkeypatch.setenv("BENCH_CASES", "redis-down, edits")
    assert run.selected_cases() == ["edits", "redis-down"]
    monkeypatch.setenv("BENCH_CASES", "edit")
    with pytest.raises(SystemExit):
        run.selected_cases()


def test_the_new_cases_print_their_tables(capsys):
    case = {"rps": 1000.0, "p50_ms": 5.0, "p99_ms": 20.0, "requests": 5000, "errors": 0}
    saves = dict(case, rps=500.0, p99_ms=80.0, x_cache={"hit": 400, "stale": 90, "miss": 10})
    change = {"kind": "event", "path": "/en/events/x/", "at_s": 1.0, "save_status": 302}
    result = edits_result(
        urls=864,
        seconds=25.0,
        save_every_s=5.0,
        steady=dict(case, x_cache={"hit": 5000}),
        with_saves=saves,
        rps_ratio=0.5,
        p99_ratio=4.0,
        changes=[dict(change, saved=True, visible_after_ms=120.0)],
        visible_max_ms=120.0,
    )
    result["targets"] = edits.edit_targets_met(result)
    edits.print_edits(result, 8, "python")
    row = {"page": "home", "path": "/en/", "floor_ratio": 0.3, "floor_up_ratio": 0.1}
    row.update(case, x_cache="miss", uncached_floor_ratio=0.2)
    floor = dict(case, rps=300.0)
    down = {"redis_url": "redis://127.0.0.1:9/0", "seconds": 3.0, "floor_up": case}
    down.update(floor_down=floor, floor_down_ratio=0.3, rows=[row])
    edits.print_redis_down(down)
    lines = capsys.readouterr().out.splitlines()
    assert next(line for line in lines if line.startswith("ratio")).split()[1:3] == [
        "0.50×",
        "4.00×",
    ]
    assert "120 ms" in next(line for line in lines if "/en/events/x/" in line)
    assert any(line.startswith("targets: missed: throughput") for line in lines)
    home = next(line for line in lines if line.startswith("home")).split()
    measured = "1000 0.30 0.10 5.0 20.0 0 miss"
    assert home == f"home /en/ {measured} │ 0.20".split()


class PageHandler(KeepAliveHandler):
    """A public page showing whatever the fake editor saved last."""

    shown = None

    def do_GET(self):
        body = f"<h1>{self.shown[0]}</h1>".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Cache", "miss")
        self.end_headers()
        self.wfile.write(body)


class FakeEditor:
    """Saves by changing what the page shows; the "broken" kind's form is refused."""

    def __init__(self, shown):
        self.shown = shown

    def save(self, target, number):
        _text, marker = target.value(number)
        if target.kind == "broken":
            return marker, 200, False, time.monotonic()
        self.shown[0] = marker
        return marker, 302, True, time.monotonic()


def test_each_save_is_watched_until_the_reader_sees_it(monkeypatch):
    shown = ["before"]
    handler = type("Handler", (PageHandler,), {"shown": shown})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host, port = server.server_address
        page = type("Server", (), {"host": host, "port": port})()
        monkeypatch.setattr(edits, "FIRST_SAVE_SECONDS", 0.0)
        monkeypatch.setattr(edits, "SAVE_INTERVAL_SECONDS", 0.1)
        targets = [
            edits.EditTarget("news item", "/admin/n/", "/en/n/", "title_en", "News", 200),
            edits.EditTarget("broken", "/admin/b/", "/en/b/", "title_en", "Broken", 200),
        ]
        changes = []
        edits.edit_while_loaded(FakeEditor(shown), page, targets, 0.85, changes)
    finally:
        server.shutdown()
        server.server_close()
    assert [change["kind"] for change in changes] == ["news item", "broken"] * 2
    seen, refused = changes[0], changes[1]
    assert seen["saved"] and seen["visible_after_ms"] is not None
    assert seen["visible_answer"] == "200 miss"
    assert not refused["saved"] and refused["visible_after_ms"] is None
    assert "answers_until_visible" not in refused  # a refused save is not waited for
    assert edits.failed(edits_result(changes=changes))
