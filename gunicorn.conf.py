"""gunicorn settings for the portal, read from the environment.

Used by the Docker image (``gunicorn --config gunicorn.conf.py cop_portal.wsgi``), by
``make bench`` and by the browser tests, so what is measured is what is deployed.

| variable | default | |
|---|---|---|
| GUNICORN_BIND | 0.0.0.0:8000 | address to listen on (the command line's --bind wins) |
| GUNICORN_WORKERS | 2 × CPUs + 1 | processes |
| GUNICORN_THREADS | 2 | threads per process (gthread workers keep connections alive) |
| GUNICORN_TIMEOUT | 30 | seconds before a silent worker is restarted |
| GUNICORN_KEEPALIVE | 5 | seconds an idle keep-alive connection is held |
| GUNICORN_MAX_REQUESTS | 0 | recycle a worker after this many requests (0: never) |
| GUNICORN_ACCESSLOG | - | access log file, "-" for stdout, empty for none |
| GUNICORN_LOGLEVEL | info | |
| GUNICORN_FORWARDED_ALLOW_IPS | 127.0.0.1 | proxies trusted for X-Forwarded-* headers |
"""

import multiprocessing
import os

from cop_portal import environment

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = environment.env_int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
threads = environment.env_int("GUNICORN_THREADS", 2)
worker_class = "gthread"
timeout = environment.env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = environment.env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = environment.env_int("GUNICORN_KEEPALIVE", 5)
max_requests = environment.env_int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = max_requests // 10

accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

# Worker heartbeats in memory, not on a container's (possibly slow) disk.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"

# gunicorn 24+ opens a runtime control socket under the home directory; the portal does
# not use it, and several servers on one machine (bench, tests) would share its path.
control_socket_disable = True
