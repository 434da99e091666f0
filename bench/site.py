"""The site the benchmark measures: built with the production settings (bench/settings.py) in a directory of its
own, `.bench/<database>-<content>/`, and kept there, so that the next run only checks that it is complete.

SQLite by default (the database file is in that directory); DATABASE_URL names another database, which the
benchmark migrates and fills. The content is the demo's, plus the example content at scale with `scale`.
"""

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

REPOSITORY = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 1800
# What the benchmark sets itself: the same variables from the caller's shell would change what is measured.
OWN_VARIABLES = ("DJANGO_", "BENCH_", "WAGTAIL", "DATABASE_", "MEDIA_ROOT", "STATIC_ROOT", "REDIS_URL", "PAGE_CACHE")


class BuildError(RuntimeError):
    pass


@dataclass(frozen=True)
class BenchSite:
    workdir: Path
    database_url: str
    scale: bool

    @classmethod
    def from_environment(cls, scale: bool) -> "BenchSite":
        database_url = os.environ.get("DATABASE_URL", "")
        parts = urlsplit(database_url)
        # Uploads belong with the database that names them: one directory per PostgreSQL database.
        database = f"postgresql-{parts.path.strip('/')}" if parts.scheme.startswith("postgres") else "sqlite"
        workdir = REPOSITORY / ".bench" / f"{database}-{'scale' if scale else 'demo'}"
        return cls(workdir, database_url or f"sqlite:///{workdir / 'db.sqlite3'}", scale)

    @property
    def database(self) -> str:
        """The database's engine and name, for the report (never its password)."""
        parts = urlsplit(self.database_url)
        if parts.scheme.startswith("postgres"):
            return f"PostgreSQL ({parts.path.lstrip('/')} on {parts.hostname or 'localhost'})"
        path = Path(parts.path[1:])
        return f"SQLite ({path.relative_to(REPOSITORY) if path.is_relative_to(REPOSITORY) else path})"

    @property
    def log_path(self) -> Path:
        return self.workdir / "bench.log"

    def environment(self, **variables: str) -> dict[str, str]:
        environment = {name: value for name, value in os.environ.items() if not name.startswith(OWN_VARIABLES)}
        environment.update(
            DJANGO_SETTINGS_MODULE="bench.settings",
            BENCH_WORKDIR=str(self.workdir),
            DATABASE_URL=self.database_url,
            PYTHONUNBUFFERED="1",
            # Recent gunicorns open a control socket under $HOME: the benchmark's server keeps its own.
            HOME=str(self.workdir),
        )
        environment.update(variables)
        return environment

    def build(self) -> None:
        """Migrate, load the demo content (and the example content at scale) unless there, collect static files."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        manage = [sys.executable, str(REPOSITORY / "manage.py")]
        steps = [
            [*manage, "migrate", "--noinput", "--verbosity=0"],
            [*manage, "load_demo_content", "--if-empty", "--verbosity=0"],
        ]
        if self.scale:
            steps.append([*manage, "build_scale_data", "--if-empty"])
        with open(self.log_path, "a") as log:
            # Collecting and compressing static files needs no database: it runs while the database is built.
            collectstatic = self._start([*manage, "collectstatic", "--noinput", "--verbosity=0"], log)
            try:
                for arguments in steps:
                    if self._start(arguments, log).wait(timeout=BUILD_TIMEOUT) != 0:
                        raise BuildError(f"manage.py {arguments[2]} failed; see {self.log_path}")
                if collectstatic.wait(timeout=BUILD_TIMEOUT) != 0:
                    raise BuildError(f"manage.py collectstatic failed; see {self.log_path}")
            finally:
                if collectstatic.poll() is None:
                    collectstatic.kill()

    def _start(self, arguments: list[str], log: TextIO) -> subprocess.Popen:
        log.write(f"$ {' '.join(arguments[1:])}\n")
        log.flush()
        return subprocess.Popen(arguments, cwd=REPOSITORY, env=self.environment(), stdout=log, stderr=subprocess.STDOUT)

    def measure_in_process(self, renders: int, seconds: float, **variables: str) -> dict:
        """`manage.py measure_pages` in a new process with these environment variables: its figures, by page type."""
        manage = [sys.executable, str(REPOSITORY / "manage.py")]
        arguments = [*manage, "measure_pages", f"--renders={renders}", f"--seconds={seconds}"]
        with open(self.log_path, "a") as log:
            log.write(f"$ {' '.join(f'{name}={value}' for name, value in variables.items())} manage.py measure_pages\n")
            log.flush()
            finished = subprocess.run(
                arguments,
                cwd=REPOSITORY,
                env=self.environment(**variables),
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                timeout=BUILD_TIMEOUT,
            )
        if finished.returncode != 0:
            raise BuildError(f"manage.py measure_pages failed; see {self.log_path}")
        return json.loads(finished.stdout)
