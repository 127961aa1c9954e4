"""The lock files agree with pyproject.toml: every dependency pinned, in range, hashed."""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

BASE_DIR = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((BASE_DIR / "pyproject.toml").read_text())["project"]
LOCKS = {
    "deploy/requirements.txt": PYPROJECT["dependencies"],
    "deploy/requirements-test.txt": PYPROJECT["dependencies"]
    + PYPROJECT["optional-dependencies"]["test"],
}


def pins(text):
    """{name: (version, number of hashes)} of a pip-compile/uv lock file."""
    found = {}
    for entry in re.split(r"\n(?=\S)", text):
        match = re.match(r"([A-Za-z0-9_.\-\[\]]+)==(\S+)", entry)
        if match:
            name = canonicalize_name(match.group(1).split("[")[0])
            found[name] = (match.group(2), entry.count("--hash=sha256:"))
    return found


def test_pins_parse_names_versions_and_hashes():
    text = "Django==5.2.19 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n    # via x\n"
    assert pins(text) == {"django": ("5.2.19", 2)}


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_dependency_is_pinned_within_its_range_with_hashes(lock):
    pinned = pins((BASE_DIR / lock).read_text())
    assert pinned, f"{lock} pins nothing"
    for line in LOCKS[lock]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{lock} does not pin {requirement.name}: run make lock"
        version, hashes = pinned[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{lock} pins {name}=={version}, outside {requirement.specifier}: run make lock"
        )
    unhashed = sorted(name for name, (_version, hashes) in pinned.items() if hashes == 0)
    assert unhashed == [], f"{lock}: no hashes for {unhashed}"


def test_the_runtime_lock_holds_no_test_tool():
    runtime = pins((BASE_DIR / "deploy/requirements.txt").read_text())
    for line in PYPROJECT["optional-dependencies"]["test"]:
        name = canonicalize_name(Requirement(line).name)
        assert name not in runtime, f"{name} is a test tool, not for the image"
