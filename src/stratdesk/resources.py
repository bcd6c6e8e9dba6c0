"""Where the shipped resources (translations, icons, fonts) are, installed or from a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The resources folder: inside the installed package, else the checkout's top level."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parents[1] / "resources"):
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError("stratdesk resources are missing; reinstall stratdesk")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
