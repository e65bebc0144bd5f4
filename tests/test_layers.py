"""The layering of DESIGN.md, checked by import-linter: only the UI and start-up import Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the test dependencies"
    result = subprocess.run(
        [lint_imports, "--no-cache", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_module_below_the_ui_is_covered_by_the_qt_contract():
    """A new top-level module must join the contract (or live in kamdesk/ui)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(
        c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "forbidden"
    )
    covered = set(contract["source_modules"])
    allowed = {
        "kamdesk.ui",
        "kamdesk.app",
        "kamdesk.__main__",
        "kamdesk.migrations",
        "kamdesk.resources",
    }
    package = ROOT / "kamdesk"
    modules = {
        f"kamdesk.{p.stem if p.is_file() else p.name}"
        for p in package.iterdir()
        if (p.suffix == ".py" and p.stem != "__init__")
        or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert modules - allowed <= covered, sorted(modules - allowed - covered)
