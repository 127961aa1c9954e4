"""A small HTTP load generator for ``make bench`` where wrk is not installed.

``python -m bench.loadgen HOST PORT PATH --seconds 5 --connections 8`` keeps
``connections`` keep-alive connections busy (one thread each, http.client) until the
time is up, then prints one JSON object: requests, duration, errors, p50/p99 latency.
Every request has a timeout, and the run stops by itself.

Python's threads share one interpreter lock, so this generator saturates sooner than
wrk: the requests/second it reports are a lower bound, and comparable with each other
(the bench reports every page as a ratio to the floor measured the same way).
"""

import argparse
import http.client
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
        return response.status, len(body)

    def close(self):
        if self.http is not None:
            self.http.close()
            self.http = None


def run_client(host, port, path, deadline, timeout, totals, lock):
    connection = Connection(host, port, timeout)
    latencies, errors, status_errors, received = [], 0, 0, 0
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        try:
            status, size = connection.get(path)
        except (OSError, http.client.HTTPException):
            errors += 1
            connection.close()
            continue
        latencies.append(time.perf_counter() - started)
        received += size
        if status >= 400:
            status_errors += 1
    connection.close()
    with lock:
        totals["latencies"] += latencies
        totals["errors"] += errors
        totals["status_errors"] += status_errors
        totals["bytes"] += received


def load(host, port, path, seconds, connections, timeout=10.0):
    totals = {"latencies": [], "errors": 0, "status_errors": 0, "bytes": 0}
    lock = threading.Lock()
    started = time.perf_counter()
    deadline = started + seconds
    threads = [
        threading.Thread(
            target=run_client, args=(host, port, path, deadline, timeout, totals, lock)
        )
        for _ in range(connections)
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
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("path")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=8)
    arguments = parser.parse_args()
    result = load(
        arguments.host, arguments.port, arguments.path, arguments.seconds, arguments.connections
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
