"""Dependencies run one way: charity's building blocks ← programs ← cancers ← the cross-cutting apps ←
the project ← the demo and the benchmark. The layers are written once, in pyproject.toml, and import-linter checks them
on the real import graph (type-checking imports and migrations aside)."""

import tomllib
from pathlib import Path

from importlinter.cli import lint_imports

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]


def project_apps() -> set[str]:
    return {app for app in settings.INSTALLED_APPS if (ROOT / app / "apps.py").exists()}


def test_no_app_imports_a_layer_above_its_own(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(no_cache=True, no_logo=True) == 0, "an import runs against the layers: see the report above"


def test_every_app_of_the_project_is_checked():
    assert set(CONFIG["root_packages"]) == project_apps()


def test_every_app_has_its_place_in_the_layers():
    (contract,) = CONFIG["contracts"]
    layered = {module.split(".")[0] for layer in contract["layers"] for module in layer.replace(":", "|").split("|")}
    assert {module.strip() for module in layered} == project_apps()
