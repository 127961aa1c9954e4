"""A small HTTP load generator for ``make bench`` where wrk is not installed.

``python -m bench.loadgen HOST PORT PATH --seconds 5 --connections 8`` keeps
``connections`` keep-alive connections busy (one thread each, http.client) until the
time is up, then prints one JSON object: requests, duration, errors, p50/p99 latency,
the count of each HTTP status and of each ``X-Cache`` answer. Every request has a
timeout, and the run stops by itself.

``--paths-file FILE`` (instead of PATH) loads a mix: the file holds one path a line, and
each connection goes through the list in turn, each starting at a different place, so
that at any moment the connections ask for different pages.

Python's threads share one interpreter lock, so this generator saturates sooner than
wrk: the requests/second it reports are a lower bound, and comparable with each other
(the bench reports every page as a ratio to the floor measured the same way).
"""

import argparse
import collections
import http.client
import itertools
import json
import threading
import time

HEADERS = {"Accept-Encoding": "gzip, br", "Accept-Language": "en", "User-Agent": "cop-bench"}


def percentile(sorted_values, fraction):
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


class Connection:
    def __init__(self, host, port, timeout):
        self.args = (host, port)
        self.timeout = timeout
        self.http = None

    def get(self, path):
        if self.http is None:
            self.http = http.client.HTTPConnection(*self.args, timeout=self.timeout)
        self.http.request("GET", path, headers=HEADERS)
        response = self.http.getresponse()
        body = response.read()
        if response.will_close:
            self.close()
        return response.status, len(body), response.getheader("X-Cache")

    def close(self):
        if self.http is not None:
            self.http.close()
            self.http = None


def read_paths(file):
    """The paths of a ``--paths-file``: one a line, blank lines and ``#`` comments left out."""
    with open(file, encoding="utf-8") as lines:
        paths = [line.strip() for line in lines]
    paths = [path for path in paths if path and not path.startswith("#")]
    if not paths:
        raise ValueError(f"{file}: no paths")
    return paths


def client_paths(paths, client, clients):
    """The endless round of ``paths`` for connection number ``client`` of ``clients``:
    the whole list in order, each connection starting as far from the others as the
    list allows."""
    start = client * len(paths) // clients
    return itertools.cycle(paths[start:] + paths[:start])


def run_client(host, port, paths, deadline, timeout, totals, lock):
    connection = Connection(host, port, timeout)
    latencies, errors, status_errors, received = [], 0, 0, 0
    statuses, cache_states = collections.Counter(), collections.Counter()
    while time.perf_counter() < deadline:
        path = next(paths)
        started = time.perf_counter()
        try:
            status, size, cache_state = connection.get(path)
        except (OSError, http.client.HTTPException):
            errors += 1
            connection.close()
            continue
        latencies.append(time.perf_counter() - started)
        received += size
        statuses[status] += 1
        cache_states[cache_state or "-"] += 1
        if status >= 400:
            status_errors += 1
    connection.close()
    with lock:
        totals["latencies"] += latencies
        totals["errors"] += errors
        totals["status_errors"] += status_errors
        totals["bytes"] += received
        totals["statuses"].update(statuses)
        totals["x_cache"].update(cache_states)


def load(host, port, path, seconds, connections, timeout=10.0):
    """Load ``path`` (one path, or a list of paths to go through) from ``connections``
    connections for ``seconds``."""
    paths = [path] if isinstance(path, str) else list(path)
    totals = {
        "latencies": [],
        "errors": 0,
        "status_errors": 0,
        "bytes": 0,
        "statuses": collections.Counter(),
        "x_cache": collections.Counter(),
    }
    lock = threading.Lock()
    started = time.perf_counter()
    deadline = started + seconds
    threads = [
        threading.Thread(
            target=run_client,
            args=(
                host,
                port,
                client_paths(paths, client, connections),
                deadline,
                timeout,
                totals,
                lock,
            ),
        )
        for client in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + timeout + 5)
    duration = time.perf_counter() - started
    latencies = sorted(totals["latencies"])
    return {
        "tool": "python",
        "requests": len(latencies),
        "duration": duration,
        "rps": len(latencies) / duration if duration else 0.0,
        "p50_ms": percentile(latencies, 0.50) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "errors": totals["errors"],
        "status_errors": totals["status_errors"],
        "bytes": totals["bytes"],
        "statuses": {str(status): count for status, count in sorted(totals["statuses"].items())},
        # What the page cache said (its X-Cache header; "-" where it said nothing).
        "x_cache": dict(sorted(totals["x_cache"].items())),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("path", nargs="?", help="the path to load (or --paths-file)")
    parser.add_argument("--paths-file", help="a file of paths, one a line, loaded in turn")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=8)
    arguments = parser.parse_args()
    if (arguments.path is None) == (arguments.paths_file is None):
        parser.error("give either PATH or --paths-file")
    paths = read_paths(arguments.paths_file) if arguments.paths_file else arguments.path
    result = load(arguments.host, arguments.port, paths, arguments.seconds, arguments.connections)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
