"""Browser tests of the comment form reuse the shared browser setup of tests/browser."""

from pathlib import Path

import pytest

from tests.browser import conftest as shared
from tests.browser.conftest import (  # noqa: F401 (fixtures used by the tests here)
    browser_context_args,
    browser_type_launch_args,
    page,
    viewport,
)


def pytest_runtest_setup(item):
    shared.pytest_runtest_setup(item)  # skip without Chromium (fail with REQUIRE_BROWSER=1)


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
