"""Shared fixtures: the project's folders and the devset beside the repository (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout (a user's fresh clone)")
    return SHARED


@pytest.fixture(scope="session")
def devset_dir(shared_dir: Path) -> Path:
    path = shared_dir / "devset"
    if not path.is_dir():
        pytest.skip("../shared/devset is not available")
    return path


@pytest.fixture(scope="session")
def seed_article(shared_dir: Path) -> Path:
    path = shared_dir / "seed-article.txt"
    if not path.is_file():
        pytest.skip("../shared/seed-article.txt is not available")
    return path
