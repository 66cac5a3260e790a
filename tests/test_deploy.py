"""fly.toml, the Dockerfile and the README's deploy section agree with the code they deploy.

No Docker engine runs in CI, so the Dockerfile is read as text; the commands it and fly.toml
name are run for real where they can be (`python -m bot migrate`).
"""

from __future__ import annotations

import json
import os
import pwd
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from pydantic_settings import BaseSettings

from bot.settings import CoreSettings, Settings
from bot.storage.session import Database, create_engine
from bot.web import build_metrics_app, build_web_app
from scheduler.clock import Clock

ROOT = Path(__file__).resolve().parents[1]
FLY: dict[str, Any] = tomllib.loads((ROOT / "fly.toml").read_text(encoding="utf-8"))
PYTHON_AND_PIP_ENV = {
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONUNBUFFERED",
    "PIP_NO_CACHE_DIR",
    "PIP_DISABLE_PIP_VERSION_CHECK",
    "MPLCONFIGDIR",
}


def dockerfile() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    instructions = [line.split(maxsplit=1) for line in lines if line and not line.startswith("#")]
    return [(parts[0].upper(), parts[1] if len(parts) > 1 else "") for parts in instructions]


def instruction(keyword: str) -> list[str]:
    return [arguments for name, arguments in dockerfile() if name == keyword]


def docker_env() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for arguments in instruction("ENV"):
        for pair in shlex.split(arguments):
            name, _, value = pair.partition("=")
            pairs[name] = value
    return pairs


def setting_names() -> tuple[set[str], set[str]]:
    """Every environment variable the settings read, and those that hold secrets."""
    names, secrets = set(), set()
    for area in typing.get_type_hints(Settings).values():
        assert issubclass(area, BaseSettings)
        prefix = str(area.model_config.get("env_prefix", ""))
        for field, info in area.model_fields.items():
            name = f"{prefix}{field}".upper()
            names.add(name)
            if info.annotation is SecretStr or SecretStr in typing.get_args(info.annotation):
                secrets.add(name)
    return names, secrets


def readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(f"\n## {title}\n")
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end != -1 else None]


def secrets_in_readme() -> set[str]:
    """Every NAME in a `fly secrets set NAME=...` of the deploy section."""
    section = readme_section("Deploy to Fly.io").replace("\\\n", " ")
    names: set[str] = set()
    for command in re.findall(r"fly secrets set ([^\n`]*)", section):
        names.update(re.findall(r"\b([A-Z][A-Z0-9_]*)=", command))
    return names


def test_the_service_listens_on_the_default_port() -> None:
    port = CoreSettings.model_fields["port"].default
    assert FLY["http_service"]["internal_port"] == port
    assert int(FLY["env"]["PORT"]) == port
    assert instruction("EXPOSE") == [str(port)]


def test_metrics_are_scraped_on_their_own_port_which_fly_does_not_publish() -> None:
    metrics_port = CoreSettings.model_fields["metrics_port"].default
    assert FLY["metrics"]["port"] == metrics_port != FLY["http_service"]["internal_port"]
    assert str(metrics_port) not in json.dumps(FLY.get("services", []))  # no public service on it


def test_the_health_check_and_metrics_paths_are_routes_of_their_apps(tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    db = Database(create_engine(make_url(f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}")))
    public, private = build_web_app(db, Clock("UTC")), build_metrics_app()
    routes = {(route.method, route.resource.canonical) for route in public.router.routes() if route.resource}
    metrics_routes = {(r.method, r.resource.canonical) for r in private.router.routes() if r.resource}
    (check,) = FLY["http_service"]["checks"]
    assert check["path"] == "/healthz"
    assert (check["method"], check["path"]) in routes
    assert ("GET", FLY["metrics"]["path"]) in metrics_routes
    assert ("GET", FLY["metrics"]["path"]) not in routes  # never on the public port


def test_machines_never_stop_by_themselves() -> None:
    """The bot keeps a clock: a stopped machine would miss the daily post."""
    service = FLY["http_service"]
    assert service["auto_stop_machines"] == "off"
    assert service["min_machines_running"] >= 1


def test_fly_waits_longer_than_the_shutdown_grace() -> None:
    assert FLY["kill_signal"] == "SIGTERM"
    assert FLY["kill_timeout"] > CoreSettings.model_fields["shutdown_grace_seconds"].default


def test_the_release_command_migrates_a_database(tmp_path: Path) -> None:
    """`python -m bot migrate` is a real command: run as the release machine would, without a volume."""
    argv = shlex.split(FLY["deploy"]["release_command"])
    assert argv == ["python", "-m", "bot", "migrate"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DATA_DIR", "TELEGRAM_"))}
    env |= {"PYTHONPATH": str(ROOT), "DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, *argv[1:]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("database at revision ")
    assert (tmp_path / "data" / "bot.sqlite3").exists()


def test_the_image_starts_the_bot_as_scripts_run_does() -> None:
    run = (ROOT / "scripts" / "run").read_text(encoding="utf-8")
    (start,) = re.findall(r'^exec "\$VENV/bin/python" (.+) "\$@"$', run, re.MULTILINE)
    (cmd,) = instruction("CMD")
    assert json.loads(cmd) == ["python", *shlex.split(start)]


def test_the_image_installs_the_pinned_dependencies_and_the_packages() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (base,) = instruction("FROM")
    assert re.fullmatch(r"python:3\.11-slim(@sha256:[0-9a-f]{64})?", base)
    assert pyproject["project"]["requires-python"] == ">=3.11"
    assert any(re.match(r"pip install -c constraints\.txt \.(\s|$)", run) for run in instruction("RUN"))
    copied = {" ".join(arguments.split()[:-1]) for arguments in instruction("COPY")}
    packages = {name.rstrip("*") for name in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]}
    assert "pyproject.toml constraints.txt README.md" in copied
    assert packages <= copied


def test_the_image_runs_the_bot_as_its_own_user_through_the_entrypoint() -> None:
    (entrypoint,) = instruction("ENTRYPOINT")
    (script,) = json.loads(entrypoint)
    copies = [arguments.split() for arguments in instruction("COPY")]
    assert ["scripts/docker-entrypoint.sh", script] in copies
    assert "!scripts/docker-entrypoint.sh" in (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    (useradd,) = [run for run in instruction("RUN") if "useradd" in run]
    user = useradd.split("&&")[0].split()[-1]
    text = (ROOT / "scripts" / "docker-entrypoint.sh").read_text(encoding="utf-8")
    assert f'user="${{RUN_AS:-{user}}}"' in text  # the script's default is the image's user
    assert not instruction("USER") or instruction("USER")[-1] in {"root", "0"}  # the entrypoint drops it


@pytest.fixture
def root_volume() -> typing.Iterator[Path]:
    """A folder owned by root that others may not write to, as Fly may mount a new volume."""
    if os.geteuid() != 0:
        pytest.skip("the entrypoint's root path needs root (CI runs as root)")
    volume = Path(tempfile.mkdtemp(prefix="volume-", dir="/tmp"))  # /tmp: any user may reach it
    volume.chmod(0o755)  # a fresh mount's mode: root writes, others read
    yield volume
    shutil.rmtree(volume)


def _run_entrypoint(data: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "RUN_AS": "nobody", "DATA_DIR": str(data)}
    return subprocess.run(  # noqa: S603 - the project's own script
        [str(ROOT / "scripts" / "docker-entrypoint.sh"), *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_the_entrypoint_starts_on_a_root_owned_volume_as_its_own_user(root_volume: Path) -> None:
    """Fly may mount the volume owned by root: the bot still writes to it, and never runs as root."""
    nobody = pwd.getpwnam("nobody")
    (root_volume / "bot.sqlite3").write_text("left by an earlier run as root")
    probe = "import os, sys; open(os.path.join(sys.argv[1], 'probe'), 'w').write('x'); print(os.getuid())"
    done = _run_entrypoint(root_volume, sys.executable, "-c", probe, str(root_volume))
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == nobody.pw_uid
    assert (root_volume / "probe").stat().st_uid == nobody.pw_uid
    assert (root_volume / "bot.sqlite3").stat().st_uid == nobody.pw_uid  # earlier files handed over too


def test_the_entrypoint_passes_the_exit_code_and_arguments_through(root_volume: Path) -> None:
    done = _run_entrypoint(root_volume, "sh", "-c", 'echo "$1"; exit 3', "sh", "two words")
    assert (done.returncode, done.stdout) == (3, "two words\n")


def test_data_dir_is_where_the_volume_is_mounted() -> None:
    assert docker_env()["DATA_DIR"] == FLY["mounts"]["destination"]


def test_no_secret_is_baked_into_the_image_or_fly_toml() -> None:
    _, secrets = setting_names()
    secrets.add("DATABASE_URL")  # holds the database password
    assert not secrets & set(docker_env())
    assert not secrets & set(FLY["env"])
    assert not any(arguments.startswith(".env") for arguments in instruction("COPY"))


def test_fly_env_names_only_real_settings() -> None:
    names, _ = setting_names()
    assert set(FLY["env"]) <= names
    assert set(docker_env()) - PYTHON_AND_PIP_ENV <= names


def test_the_readme_sets_every_secret_and_only_real_settings() -> None:
    names, secrets = setting_names()
    in_readme = secrets_in_readme()
    assert secrets | {"DATABASE_URL"} <= in_readme
    assert in_readme <= names


def test_the_build_context_leaves_out_secrets_and_local_state() -> None:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    ignored = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert {".env", ".venv", ".git", "data"} <= ignored
    assert "Dockerfile" not in ignored  # Fly reads it from the context


def test_fly_lets_every_webhook_connection_of_telegram_through() -> None:
    """Telegram opens up to 40 webhook connections; Fly's default hard limit (25) would hold them back."""
    concurrency = FLY["http_service"]["concurrency"]
    assert concurrency["type"] == "requests"
    assert 40 <= concurrency["soft_limit"] < concurrency["hard_limit"]


def test_fly_names_a_machine_with_room_above_the_measured_peak_memory() -> None:
    (vm,) = FLY["vm"]
    megabytes = int(re.fullmatch(r"(\d+)\s*mb", vm["memory"].lower()).group(1))  # type: ignore[union-attr]
    peak = re.search(r"peak RSS (\d+) MB \(bare", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert peak is not None, "README's figures state bench.updates' peak RSS"
    assert megabytes >= 2 * int(peak.group(1))  # the chart and a burst on top of the measured peak
