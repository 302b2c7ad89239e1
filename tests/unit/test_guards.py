"""Guards for decisions that must not silently regress: the Qt pin and the layering of the package."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from importlib.metadata import version
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "timeline_app"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_pyside6_is_below_the_release_that_aborts_on_python_311() -> None:
    # PySide6 6.12.0 aborts the interpreter on Python 3.11 ("deallocating None") after a few
    # thousand void Qt calls. pyproject pins <6.12; this fails if a bump brings it back.
    major, minor = (int(p) for p in version("PySide6-Essentials").split(".")[:2])
    assert (major, minor) < (6, 12) or sys.version_info >= (3, 12)


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    result = _run(
        """
        from PySide6.QtCore import QObject, QTimer
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        w = QWidget()
        o = QObject()
        for i in range(20000):
            o.setObjectName("x")  # a void call returning None
            w.setToolTip(str(i))
            w.update()
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("survived")
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


@pytest.mark.parametrize(
    "module",
    [
        "timeline_app.services",
        "timeline_app.services.importer",
        "timeline_app.extraction.pipeline",
        "timeline_app.readers",
        "timeline_app.store.repositories",
        "timeline_app.domain.model",
    ],
)
def test_non_ui_layers_do_not_import_qt(module: str) -> None:
    result = _run(
        f"""
        import importlib, sys
        importlib.import_module({module!r})
        print("PySide6" in sys.modules or "shiboken6" in sys.modules)
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "module",
    [
        "timeline_app.extraction.pipeline",
        "timeline_app.readers",
        "timeline_app.domain.model",
        # What an import's worker processes load: SQLAlchemy there would only slow their start.
        "timeline_app.services.worker",
        "timeline_app.services.extract_service",
        "timeline_app.services.warm",
    ],
)
def test_extraction_and_readers_do_not_import_sqlalchemy(module: str) -> None:
    result = _run(
        f"import importlib, sys; importlib.import_module({module!r}); print('sqlalchemy' in sys.modules)"
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "False"


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_only_ui_and_the_entry_point_import_qt_and_only_store_imports_sqlalchemy() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        roots = _imported_roots(path)
        if "PySide6" in roots and not (rel.startswith("ui/") or rel == "app.py"):
            offenders.append(f"{rel} imports PySide6")
        if "sqlalchemy" in roots and not rel.startswith("store/"):
            offenders.append(f"{rel} imports sqlalchemy")
    assert offenders == []
