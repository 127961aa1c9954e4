"""An asyncio HTTP/1.1 load generator: many concurrent keep-alive clients, one process.

Each client holds one connection and requests the paths of a mix in turn, as fast as
the server answers (a closed loop: 200 clients means 200 requests in flight). Every
request is recorded (start time, latency, status or connection error), so that a
test can look at any time window: before, during and after an outage.

Plain asyncio streams, no third-party client: a threaded client with 200 threads
would be the bottleneck on a two-core machine. ``LoadRun.client_cpu`` tells how much
of one core the generator itself used.

    async with LoadRun("127.0.0.1", 8000, paths, concurrency=200) as run:
        await asyncio.sleep(60)
    print(summarise(run.records, run.elapsed()))
"""

import asyncio
import contextlib
import itertools
import random
import time
from collections import Counter
from dataclasses import dataclass, field


class HttpError(Exception):
    """The connection failed or the server sent something that is not HTTP."""


@dataclass
class Response:
    status: int
    headers: dict  # lower-case names; repeated headers joined with ", " (Set-Cookie: list)
    body: bytes
    cookies: list = field(default_factory=list)

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")


class Connection:
    """One keep-alive HTTP/1.1 connection to host:port."""

    def __init__(self, host, port, timeout=30):
        self.host = host
        self.port = port
        self.timeout = timeout
        self.reader = None
        self.writer = None
        self.used = False

    async def close(self):
        writer, self.reader, self.writer = self.writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def request(self, method, path, headers=None, body=b""):
        """Send one request; retry once on a fresh connection if a reused one was stale."""
        reused = self.writer is not None and self.used
        try:
            return await self._request(method, path, headers, body)
        except (ConnectionError, asyncio.IncompleteReadError) as error:
            await self.close()
            # A keep-alive connection the server closed while idle fails before any
            # byte arrives; clients retry such requests once, so do we.
            if reused and getattr(error, "partial", b"") == b"":
                return await self._request(method, path, headers, body)
            raise

    async def _request(self, method, path, headers, body):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            self.used = False
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}")
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.writer.write(head + body)
        await self.writer.drain()
        self.used = True
        response = await self._read_response(method)
        if response.headers.get("connection", "").lower() == "close":
            await self.close()
        return response

    async def _read_response(self, method):
        try:
            head = await self.reader.readuntil(b"\r\n\r\n")
        except asyncio.LimitOverrunError as error:
            raise HttpError("response head too long") from error
        lines = head.decode("latin-1").split("\r\n")
        try:
            version, status, *_reason = lines[0].split(" ", 2)
            status = int(status)
        except ValueError as error:
            raise HttpError(f"bad status line {lines[0]!r}") from error
        headers, cookies = {}, []
        for line in lines[1:]:
            if not line:
                continue
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                cookies.append(value)
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
            body = b""
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            body = await self._read_chunked()
        elif "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        if version == "HTTP/1.0" and headers.get("connection", "").lower() != "keep-alive":
            headers["connection"] = "close"
        return Response(status, headers, body, cookies)

    async def _read_chunked(self):
        chunks = []
        while True:
            size_line = await self.reader.readuntil(b"\r\n")
            size = int(size_line.split(b";")[0].strip(), 16)
            if size == 0:
                # Trailers, if any, end with an empty line.
                while (await self.reader.readuntil(b"\r\n")) != b"\r\n":
                    pass
                return b"".join(chunks)
            chunks.append(await self.reader.readexactly(size))
            await self.reader.readexactly(2)


async def fetch(host, port, path, headers=None, method="GET", body=b"", timeout=30):
    """One request on a fresh connection."""
    connection = Connection(host, port)
    try:
        return await asyncio.wait_for(connection.request(method, path, headers, body), timeout)
    finally:
        await connection.close()


@dataclass
class Record:
    started: float  # seconds since the run began
    latency: float
    status: int  # 0: no HTTP answer (see error)
    path: str
    error: str = ""


class LoadRun:
    """``concurrency`` clients requesting ``paths`` until the block ends."""

    def __init__(self, host, port, paths, concurrency=200, headers=None, timeout=30, seed=None):
        if not paths:
            raise ValueError("no paths to request")
        self.host = host
        self.port = port
        self.paths = list(paths)
        self.concurrency = concurrency
        self.headers = {"Accept-Language": "en", "User-Agent": "cop-reliability-load"}
        self.headers.update(headers or {})
        self.timeout = timeout
        self.random = random.Random(seed)
        self.records = []
        self.marks = {}
        self._stopping = asyncio.Event()
        self._tasks = []

    def elapsed(self):
        return time.monotonic() - self._started

    def mark(self, name):
        """Note when something happened (e.g. "postgres stopped"), in run seconds."""
        self.marks[name] = self.elapsed()
        return self.marks[name]

    async def _client(self, number):
        connection = Connection(self.host, self.port)
        order = self.paths[:]
        self.random.shuffle(order)
        paths = itertools.cycle(order)
        try:
            while not self._stopping.is_set():
                path = next(paths)
                started = time.monotonic()
                try:
                    response = await asyncio.wait_for(
                        connection.request("GET", path, self.headers), self.timeout
                    )
                    status, error = response.status, ""
                except TimeoutError:
                    status, error = 0, "timeout"
                    await connection.close()
                except (OSError, asyncio.IncompleteReadError, HttpError, ValueError) as exc:
                    status, error = 0, type(exc).__name__
                    await connection.close()
                finished = time.monotonic()
                self.records.append(
                    Record(started - self._started, finished - started, status, path, error)
                )
                if status == 0:
                    # Do not spin on a refused connection.
                    await asyncio.sleep(0.05)
        finally:
            await connection.close()

    async def __aenter__(self):
        self._started = time.monotonic()
        self._cpu_started = time.process_time()
        self._tasks = [
            asyncio.create_task(self._client(number)) for number in range(self.concurrency)
        ]
        return self

    async def __aexit__(self, *exc_info):
        self._stopping.set()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.duration = self.elapsed()
        self.client_cpu = (time.process_time() - self._cpu_started) / max(self.duration, 1e-9)


def percentile(sorted_values, fraction):
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


def summarise(records, duration=None):
    """Counts, throughput and latency percentiles (milliseconds) of some records."""
    if duration is None:
        duration = (
            max(r.started + r.latency for r in records) - min(r.started for r in records)
            if records
            else 0
        )
    latencies = sorted(r.latency for r in records if r.status)
    statuses = Counter(r.status for r in records if r.status)
    errors = Counter(r.error for r in records if not r.status)
    return {
        "requests": len(records),
        "seconds": round(duration, 1),
        "requests_per_second": round(len(records) / duration, 1) if duration else 0.0,
        "statuses": dict(sorted(statuses.items())),
        "server_errors": sum(n for status, n in statuses.items() if status >= 500),
        "connection_errors": sum(errors.values()),
        "connection_error_kinds": dict(errors),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p90_ms": round(percentile(latencies, 0.90) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "max_ms": round((latencies[-1] if latencies else 0) * 1000, 1),
    }


def window(records, start, end):
    """The records of requests started in [start, end) (run seconds)."""
    return [r for r in records if start <= r.started < end]
