"""Fixtures: the repository, the shared data, and a running `serve` to compare with.

Data that is not there skips its tests with a visible reason, unless
TOPIC_STANCE_REQUIRE_DATA=1 (CI), which makes them fail instead.
"""

import json
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def require_data() -> bool:
    return os.environ.get("TOPIC_STANCE_REQUIRE_DATA", "") not in ("", "0")


def missing(reason: str):
    """Skip (visibly) or, when data is required, fail."""
    if require_data():
        pytest.fail(f"required but missing: {reason}")
    pytest.skip(reason)


def data_dir() -> Path:
    return Path(os.environ.get("TOPIC_STANCE_DATA", REPO.parent / "shared" / "data"))


def seed_path() -> Path:
    seeds = Path(os.environ.get("TOPIC_STANCE_SEEDS", data_dir().parent / "seeds"))
    return seeds / "morocco-world-news-khiame.txt"


def target_dir() -> Path:
    return Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))


@pytest.fixture(scope="session")
def analyzer():
    import topic_stance

    return topic_stance.Analyzer()


@pytest.fixture(scope="session")
def reference_article() -> str:
    path = seed_path()
    if not path.is_file():
        missing(f"reference article {path} (set TOPIC_STANCE_SEEDS or TOPIC_STANCE_DATA)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def ag_news_texts():
    """200 AG News texts (even rows only: odd rows are reserved), as the Rust
    evaluation reads them: title. description, with the escaped newlines and stray
    backslashes as spaces."""
    import csv

    path = data_dir() / "ag_news" / "test.csv"
    if not path.is_file():
        missing(f"AG News {path} (set TOPIC_STANCE_DATA)")
    clean = lambda s: s.replace("\\n", " ").replace("\\", " ")  # noqa: E731
    texts = []
    with path.open(newline="", encoding="utf-8") as f:
        for row_number, row in enumerate(csv.reader(f)):
            if row_number % 2 == 1:
                continue
            texts.append(f"{clean(row[1])}. {clean(row[2])}")
            if len(texts) == 200:
                break
    assert len(texts) == 200
    return texts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, base: str):
        self.base = base

    def get(self, path: str):
        with urllib.request.urlopen(self.base + path, timeout=60) as r:
            return json.loads(r.read())

    def post(self, path: str, body) -> dict:
        req = urllib.request.Request(
            self.base + path,
            data=json.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.loads(r.read())


@pytest.fixture(scope="session")
def server():
    """`target/release/serve` on the repository's models, on a free local port."""
    serve = Path(os.environ.get("TOPIC_STANCE_SERVE", target_dir() / "release" / "serve"))
    if not serve.is_file():
        missing(f"{serve}: build it with `cargo build --release` (or set TOPIC_STANCE_SERVE)")
    port = free_port()
    proc = subprocess.Popen(
        [str(serve), "--addr", f"127.0.0.1:{port}", "--models", str(REPO / "models")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited: {proc.stderr.read().decode()}")
            try:
                with urllib.request.urlopen(base + "/health/ready", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("serve did not get ready in 60 s")
            time.sleep(0.1)
        yield Server(base)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
