"""The demo site served by a real server process, in throwaway files, for browsers to visit.

Used by the browser tests' fixtures, the Lighthouse audit and the screenshots. Everything lives in a
directory the caller owns: a SQLite database, uploaded media, collected static files and the server's log.
"""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.server import ServerError, free_port, stop, wait_until_answering

REPOSITORY = Path(__file__).resolve().parents[2]
EDITOR_USERNAME = "editor"
SETUP_TIMEOUT = 240
START_TIMEOUT = 30
GUNICORN_OPTIONS = ["--workers=2", "--threads=2", "--timeout=60", "--graceful-timeout=5"]


class SiteError(ServerError):
    pass


@dataclass(frozen=True)
class RunningSite:
    base_url: str
    editor_username: str
    editor_password: str
    workdir: Path

    def url(self, path: str) -> str:
        return self.base_url + path

    def emails(self) -> list[str]:
        """The emails the site has sent, oldest first, as the raw messages the mail server would get."""
        directory = self.workdir / "emails"
        files = sorted(directory.glob("*.log"), key=lambda path: path.stat().st_mtime) if directory.exists() else []
        return [message for path in files for message in path.read_text().split("-" * 79 + "\n") if message.strip()]


def site_environment(workdir: Path, base_url: str) -> dict[str, str]:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_", "WAGTAIL"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="charity.settings.browser",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(32),
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        EMAIL_FILE_PATH=str(workdir / "emails"),
        # The demo content takes the site's address from here, so that its absolute links point at this server.
        WAGTAILADMIN_BASE_URL=base_url,
        PYTHONUNBUFFERED="1",
    )
    return environment


def is_listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def shared_cache(workdir: Path, log) -> Iterator[dict[str, str]]:
    """The cache the server's processes share, as in production: a Redis server of its own, on a free port
    (the page cache's purges must reach every gunicorn worker). Without redis-server, a cache in files."""
    if shutil.which("redis-server") is None:
        yield {"CACHE_DIRECTORY": str(workdir / "cache")}
        return
    port = free_port()
    redis = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=workdir,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not is_listening(port):
            if redis.poll() is not None or time.monotonic() > deadline:
                raise SiteError("redis-server did not start; see the server's log")
            time.sleep(0.1)
        yield {"REDIS_URL": f"redis://127.0.0.1:{port}/0"}
    finally:
        stop(redis)


def run_steps(steps: list[list[str]], environment: dict[str, str], log) -> None:
    for arguments in steps:
        log.write(f"$ {' '.join(arguments)}\n")
        log.flush()
        subprocess.run(
            arguments,
            cwd=REPOSITORY,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=SETUP_TIMEOUT,
            check=True,
        )


def exit_on_sigterm() -> None:
    """For scripts: a plain `kill` unwinds their context managers, so the server stops with the script."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


@contextmanager
def serve_demo_site(workdir: Path) -> Iterator[RunningSite]:
    """Migrate a new database, load the demo content, add an editor, and serve it with gunicorn on a free port."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    environment = site_environment(workdir, base_url)
    editor_password = secrets.token_urlsafe(16)
    python = sys.executable
    manage = [python, str(REPOSITORY / "manage.py")]
    log_path = workdir / "server.log"

    with open(log_path, "a") as log, shared_cache(workdir, log) as cache_environment:
        environment.update(cache_environment)
        # Collecting and compressing static files needs no database: it runs while the database is built.
        collectstatic = subprocess.Popen(
            [*manage, "collectstatic", "--noinput", "--verbosity=0"],
            cwd=REPOSITORY,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            run_steps(
                [
                    [*manage, "migrate", "--noinput", "--verbosity=0"],
                    [*manage, "load_demo_content", "--verbosity=0"],
                    [
                        *manage,
                        "createsuperuser",
                        "--noinput",
                        f"--username={EDITOR_USERNAME}",
                        "--email=editor@example.org",
                    ],
                ],
                {**environment, "DJANGO_SUPERUSER_PASSWORD": editor_password},
                log,
            )
            if collectstatic.wait(timeout=SETUP_TIMEOUT) != 0:
                raise SiteError(f"collectstatic failed; see {log_path}")
        except subprocess.CalledProcessError as error:
            raise SiteError(f"manage.py {error.cmd[2]} failed; see {log_path}") from error
        finally:
            stop(collectstatic)

        server = subprocess.Popen(
            [python, "-m", "gunicorn", "charity.wsgi", f"--bind=127.0.0.1:{port}", *GUNICORN_OPTIONS],
            cwd=REPOSITORY,
            # Recent gunicorns open a control socket under $HOME: each server keeps its own.
            env={**environment, "HOME": str(workdir)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_answering(base_url + "/", server, log_path)
            yield RunningSite(base_url, EDITOR_USERNAME, editor_password, workdir)
        finally:
            stop(server)
