"""The wheel is what users get, and the editable dev install hides packaging mistakes (a package-dir
mapping left out, the grammar not shipped as package data, a broken console-script entry point).
So: build a wheel from a clean copy of the sources, install it into a fresh venv, and use it there.

Runs in the normal suite (~15-30 s). Needs PyPI for the isolated build backend and for typer/msgpack;
when offline it falls back to the build tools and dependencies of the running interpreter, and skips
only when no wheel can be built at all.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if os.name == "nt" else "bin"
STEP_TIMEOUT = 180

TINY_PROGRAM = """\
def greet(names):
    return ", ".join(f"hi {n}" for n in sorted(names))

print(greet(["bo", "al"]))
"""


def _sh(cmd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=STEP_TIMEOUT, **kw)


def _copy_sources(dest: Path) -> Path:
    """Copy only what the build reads, so stray `build/` leftovers in the work tree can't leak into
    the wheel and concurrent builds never write into the shared tree."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    src = dest / "src"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "setup.cfg", "MANIFEST.in"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, src / name)
    for pattern in ("README*", "LICENSE*", "LICENCE*"):
        for path in ROOT.glob(pattern):
            shutil.copy2(path, src / path.name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    package_dirs = config.get("tool", {}).get("setuptools", {}).get("package-dir", {})
    for directory in sorted(set(package_dirs.values())):
        shutil.copytree(ROOT / directory, src / directory, ignore=ignore)
    return src


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    src = _copy_sources(base)
    out = base / "dist"
    attempts = [
        [sys.executable, "-m", "build", "--wheel", "--outdir", out, src],  # isolated: fetches setuptools
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--skip-dependency-check",
         "--outdir", out, src],  # offline: this interpreter's setuptools
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", out, src],
    ]
    errors = []
    for cmd in attempts:
        proc = _sh(cmd)
        wheels = sorted(out.glob("monty_peg-*.whl"))
        if proc.returncode == 0 and wheels:
            return wheels[0]
        errors.append(f"$ {' '.join(map(str, cmd[1:4]))} ...\n{proc.stderr[-1500:]}")
    pytest.skip("cannot build a wheel (no network for an isolated build and no usable local "
                "setuptools):\n" + "\n".join(errors))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding the wheel plus only its runtime dependencies; returns its bin directory."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    python = env_dir / BIN / "python"
    if _pip_version() >= (22, 3):  # skip ensurepip (~3 s): this interpreter's pip installs into the venv
        venv.EnvBuilder(with_pip=False).create(env_dir)
        pip = [sys.executable, "-m", "pip", "--python", python]
    else:
        venv.EnvBuilder(with_pip=True).create(env_dir)
        pip = [python, "-m", "pip"]
    pip += ["install", "--disable-pip-version-check", "-q"]
    proc = _sh(pip + ["--no-deps", wheel])
    assert proc.returncode == 0, proc.stderr
    proc = _sh(pip + ["--retries", "1", "--timeout", "15", "msgpack", "typer"])
    if proc.returncode != 0:
        # Offline: borrow the dependencies the test run already has, after the venv's own site-packages,
        # so monty_peg itself still comes from the wheel.
        purelib = _sh([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
        Path(purelib, "_borrowed_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return env_dir / BIN


def _pip_version() -> tuple:
    from importlib.metadata import version

    return tuple(int(part) for part in version("pip").split(".")[:2] if part.isdigit())


def _run_isolated(cmd, cwd: Path, **kw) -> subprocess.CompletedProcess:
    """Run outside the work tree and without PYTHONPATH, so nothing but the venv can supply monty_peg."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return _sh(cmd, cwd=cwd, env=env, **kw)


def test_wheel_contents(wheel):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(zf.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
    for required in ("monty_peg/__init__.py", "monty_peg/grammar/monty.lark", "monty_peg/runtime/vm.py",
                     "monty_peg/runtime/dis.py", "monty_peg/cli/main.py", "monty_peg/cli/__main__.py",
                     "monty_peg/runtime/stdlib/_precompiled.msgpack", "monty_peg/runtime/stdlib/guest/json.py"):
        assert required in names, f"{required} missing from {wheel.name}"
    assert not any(n.startswith(("tests/", "examples/", "cli/", "runtime/", "grammar/")) for n in names), \
        "only the monty_peg package should be installed at top level"
    assert "monty-peg = monty_peg.cli.main:main" in entry_points


def test_installed_console_script_help(installed, tmp_path):
    proc = _run_isolated([installed / "monty-peg", "--help"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Usage: monty-peg" in proc.stdout
    for command in ("run", "dis", "version"):
        assert command in proc.stdout


def test_installed_console_script_runs_a_program(installed, tmp_path):
    script = tmp_path / "tiny.py"
    script.write_text(TINY_PROGRAM, encoding="utf-8")
    proc = _run_isolated([installed / "monty-peg", "run", script.name], tmp_path)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "hi al, hi bo\n", "")

    proc = _run_isolated([installed / "monty-peg", "run", "-"], tmp_path, input="1 / 0\n")
    assert proc.returncode == 1
    assert proc.stderr.endswith("ZeroDivisionError: division by zero\n")


def test_import_comes_from_the_wheel(installed, tmp_path):
    code = ("import monty_peg, sys\n"
            "print(monty_peg.__file__)\n"
            "print(monty_peg.Monty('x = 6\\nx * 7').run())\n")
    proc = _run_isolated([installed / "python", "-c", code], tmp_path)
    assert proc.returncode == 0, proc.stderr
    location, result = proc.stdout.splitlines()
    assert Path(location).is_relative_to(installed.parent), f"monty_peg imported from {location}"
    assert result == "42"


def test_the_installed_package_loads_the_precompiled_stdlib(installed, tmp_path):
    """The artifact's compiler fingerprint hashes the installed files: they must be the ones it was made from."""
    import monty_peg  # noqa: F401  (the work tree's, for its artifact)
    from monty_peg.runtime.stdlib import precompile

    current = precompile.is_current("json", precompile.sources()["json"])
    code = ("import monty_peg\nfrom monty_peg.runtime.stdlib import precompile\n"
            "print(monty_peg.Monty('import json\\njson.dumps([1])').run())\nprint(sorted(precompile.LOADED))\n")
    proc = _run_isolated([installed / "python", "-c", code], tmp_path)
    assert proc.returncode == 0, proc.stderr
    result, loaded = proc.stdout.splitlines()
    assert result == "[1]"
    if current:  # (a stale checked-in artifact is tests/test_precompiled.py's to report)
        assert "json" in loaded, loaded
