"""What a user installing tpmcards from PyPI sees: the licence it declares is shipped."""

from __future__ import annotations

import sys

import pytest

from .conftest import ROOT


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is Python 3.11+")
def test_the_declared_mit_licence_is_shipped_with_urls_and_classifiers() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT"
    [licence] = project["license-files"]
    text = (ROOT / licence).read_text("utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text
    assert {"Homepage", "Issues", "Source"} <= set(project["urls"])
    classifiers = project["classifiers"]
    assert "Environment :: Console" in classifiers
    versions = {c.rsplit(" ", 1)[-1] for c in classifiers if c.count("::") == 2 and "Python" in c}
    minimum = project["requires-python"].removeprefix(">=")
    assert minimum in versions, "classifiers start at the oldest Python supported"
