"""Shared fixtures: paths, ../shared data (skipped with a clear message when absent)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "pages"
SHARED = Path(os.environ.get("SUMMIT_SHARED", ROOT.parent / "shared"))
BIN = Path(sys.executable).parent


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying how to provide it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: put the shared data set beside the repo (../shared) or set SUMMIT_SHARED")
    return path


@pytest.fixture
def page_bytes():
    return lambda name: (PAGES / name).read_bytes()
