"""Browser tests: Playwright for Python drives Debian's Chromium against the live test server.

One browser for the whole session; each test gets a fresh context at a phone (360×740, touch) or a
desktop (1366×900) size. Without /usr/bin/chromium the tests are skipped with a note, unless
REQUIRE_BROWSER=1 (CI), when they fail instead. Screenshots go to test-artifacts/screenshots/.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop running in the main thread; Django would otherwise
# refuse ORM calls from it (in the tests and in pytest-django's own database fixtures).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"

# The machine has no network: these flags stop Chromium from calling home in the background.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

VIEWPORTS = {
    "phone": {
        "viewport": {"width": 360, "height": 740},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 1,
    },
    "desktop": {"viewport": {"width": 1366, "height": 900}, "device_scale_factor": 1},
}

_saved_screenshots: list[Path] = []


def pytest_runtest_setup(item):
    if CHROMIUM.exists():
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(
            f"REQUIRE_BROWSER=1 but {CHROMIUM} is missing: install it with scripts/system-deps.sh",
            pytrace=False,
        )
    pytest.skip(f"Chromium is not installed at {CHROMIUM} (make system-deps installs it)")


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter):
    if _saved_screenshots:
        terminalreporter.write_sep("-", "screenshots")
        count = len(set(_saved_screenshots))
        terminalreporter.write_line(f"{count} screenshots saved in {SCREENSHOTS}/:")
        for path in sorted(set(_saved_screenshots)):
            terminalreporter.write_line(f"  {path.relative_to(ROOT)}")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    """The reader's screen: every test using it runs on a phone and on a desktop."""
    return request.param


@pytest.fixture
def browser_context_args(browser_context_args, viewport, live_server):
    return {
        **browser_context_args,
        **VIEWPORTS[viewport],
        "base_url": live_server.url,
        "locale": "vi-VN",
        "timezone_id": "Asia/Ho_Chi_Minh",
    }


@pytest.fixture
def page(context):
    # Pages answer in milliseconds here; a broken page should fail fast, not after 30 s.
    context.set_default_timeout(10_000)
    return context.new_page()


@pytest.fixture
def screenshot(viewport):
    """Save a full-page screenshot as test-artifacts/screenshots/<name>-<viewport>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name):
        # Lazy images only load near the viewport; bring them all in before the picture.
        page.evaluate(
            "() => document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
        )
        page.wait_for_load_state("load")
        path = SCREENSHOTS / f"{name}-{viewport}.png"
        page.screenshot(path=path, full_page=True)
        _saved_screenshots.append(path)
        return path

    return save
