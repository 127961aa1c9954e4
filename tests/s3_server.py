"""A local S3-compatible server for the storage tests: s3rver (an npm package, installed
by ``make venv`` into .venv/node when npm is available), on 127.0.0.1 with its data in a
temporary directory. Its keys are S3RVER/S3RVER.

``s3rver_binary()`` finds it (``COP_S3RVER``, .venv/node, then the PATH); without it the
tests skip, unless ``COP_REQUIRE_S3=1`` (CI), which makes the skip a failure.
"""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.portal_server import free_port, stop_process

REPO = Path(__file__).resolve().parent.parent
ACCESS_KEY = SECRET_KEY = "S3RVER"


def s3rver_binary():
    candidates = [
        os.environ.get("COP_S3RVER", ""),
        str(REPO / ".venv" / "node" / "node_modules" / ".bin" / "s3rver"),
        shutil.which("s3rver") or "",
    ]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


def require_s3rver():
    binary = s3rver_binary()
    if binary is None:
        message = "s3rver is not installed (make venv installs it when npm is available)"
        if os.environ.get("COP_REQUIRE_S3", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message + "; COP_REQUIRE_S3 is set")
        pytest.skip(message)
    return binary


class S3Server:
    """s3rver on a free loopback port; stopped by its own process id."""

    def __init__(self, binary, directory):
        self.binary = binary
        self.directory = Path(directory)
        self.port = free_port()
        self.process = None

    @property
    def endpoint_url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.directory.mkdir(parents=True, exist_ok=True)
        self._log = open(self.directory.parent / "s3rver.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [self.binary, "-d", str(self.directory), "-a", "127.0.0.1", "-p", str(self.port)]
            + ["--silent", "--no-vhost-buckets"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"s3rver exited with {self.process.returncode}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError("s3rver did not start within 30 s")

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name="us-east-1",
        )

    def __exit__(self, *exc_info):
        stop_process(self.process, timeout=10)
        self._log.close()
