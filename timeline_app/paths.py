"""Where things live: the user's default store, and the bundled resources/ and data/ folders.

Works from a source checkout, an installed package and a PyInstaller bundle alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from timeline_app import APP_NAME


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder bundle
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def data_dir() -> Path:
    return _root() / "data"


def samples_dir() -> Path:
    return data_dir() / "samples"


def user_data_dir() -> Path:
    path = platformdirs.user_data_path(APP_NAME)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    """Where rebuildable speed-ups live (not created here): TIMELINE_APP_CACHE_DIR when set (tests,
    portable installs), else the user's cache folder. Everything in it may be deleted at any time.
    """
    override = os.environ.get("TIMELINE_APP_CACHE_DIR")
    if override:
        return Path(override)
    return platformdirs.user_cache_path(APP_NAME)


def default_store_path() -> Path:
    return user_data_dir() / "timeline.sqlite"
