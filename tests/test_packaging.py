"""The wheel carries everything kamdesk reads at run time.

Builds the wheel from a copy of the source tree, installs it into a fresh
virtual environment (its dependencies come from the test environment, so no
download is needed) and runs ``kamdesk demo`` and ``kamdesk search`` from
there, away from the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IGNORED = shutil.ignore_patterns(
    ".venv",
    ".git",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    ".import_linter_cache",
    "*.png",
    "*.pdf",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source") / "kamdesk"
    shutil.copytree(ROOT, source, ignore=IGNORED)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("kamdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The dependencies (PySide6, SQLAlchemy...) come from the test environment, after the wheel.
    (Path(purelib) / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def test_the_wheel_holds_migrations_translations_and_icons(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    assert "kamdesk/migrations/env.py" in names
    assert "kamdesk/migrations/script.py.mako" in names
    assert any(n.startswith("kamdesk/migrations/versions/0001") for n in names)
    for language in ("zh_CN", "en"):
        assert f"kamdesk/resources/translations/kamdesk_{language}.qm" in names
    assert any(n.startswith("kamdesk/resources/icons/") and n.endswith(".svg") for n in names)
    assert not any(n.startswith("tests/") for n in names)


def run_installed(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = venv / ("Scripts/kamdesk.exe" if os.name == "nt" else "bin/kamdesk")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KAMDESK_DATA_DIR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(script), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_installed_kamdesk_runs_demo_and_search_from_its_own_files(
    installed: Path, tmp_path: Path
):
    data = tmp_path / "data"
    python = installed / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import kamdesk, kamdesk.paths; print(kamdesk.__file__); print(kamdesk.paths.resources_dir())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(str(installed) in line for line in where), where

    demo = run_installed(
        installed, "--data-dir", str(data), "demo", "--accounts", "30", "--seed", "7", cwd=tmp_path
    )
    assert demo.returncode == 0, demo.stderr
    assert (data / "kamdesk.sqlite3").exists()

    found = run_installed(
        installed, "--data-dir", str(data), "search", "有限", "--json", cwd=tmp_path
    )
    assert found.returncode == 0, found.stderr
    import json

    results = json.loads(found.stdout)
    assert results["accounts"], "demo companies are 有限公司"

    chinese = run_installed(
        installed, "--data-dir", str(data), "--lang", "zh_CN", "search", "zzzzzz", cwd=tmp_path
    )
    assert chinese.returncode == 0
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese.stdout), chinese.stdout
