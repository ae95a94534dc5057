"""The page checkers npm installs into tests/browser/tools (scripts/system-deps.sh): the W3C Nu
Html Checker (vnu-jar, run with Debian's Java) and Lighthouse (run with Debian's Chromium).

A test that needs one calls `require(...)`: without the tool it is skipped with the command
that installs it, unless REQUIRE_BROWSER=1 (CI), when it fails instead."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

TOOLS = Path(__file__).parent / "tools"
VNU_JAR = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = TOOLS / "node_modules" / ".bin" / "lighthouse"
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
INSTALL_HINT = "scripts/system-deps.sh installs it (Java, then npm ci in tests/browser/tools)"


def require(*paths_or_commands):
    missing = []
    for thing in paths_or_commands:
        found = Path(thing).exists() if "/" in str(thing) else shutil.which(str(thing))
        if not found:
            missing.append(str(thing))
    if not missing:
        return
    message = f"missing {', '.join(missing)}: {INSTALL_HINT}"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {message}", pytrace=False)
    pytest.skip(message)


def vnu_messages(files: list[Path]) -> list[dict]:
    """Every error the Nu Html Checker reports for the files, in one Java run (it starts slowly)."""
    require("java", VNU_JAR)
    run = subprocess.run(
        ["java", "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        timeout=240,
    )
    report = json.loads(run.stderr or run.stdout)
    messages = report["messages"]
    return [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]


LIGHTHOUSE_ATTEMPTS = 3
RETRIED_LIGHTHOUSE_ERRORS = {"NO_NAVSTART", "NO_FCP", "NO_LCP", "NO_TRACING_STARTED"}


def lighthouse(url: str, *, preset: str, output: Path) -> dict:
    """Lighthouse's report for url (mobile: its own 360-ish phone; desktop: 1350 px)."""
    require(LIGHTHOUSE, CHROME_PATH)
    args = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        "--only-categories=accessibility,performance",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
        "--disable-background-networking --disable-component-update --no-first-run",
        # A test server on this machine: no network throttling to simulate, and no waiting for it.
        "--throttling-method=provided",
        "--max-wait-for-load=20000",
    ]
    if preset == "desktop":
        args.append("--preset=desktop")
    else:
        # Lighthouse's phone is 412 px; a 360 px phone is the portal's narrowest reader.
        args += [
            "--screenEmulation.mobile",
            "--screenEmulation.width=360",
            "--screenEmulation.height=740",
            "--screenEmulation.deviceScaleFactor=2",
        ]
    env = {**os.environ, "CHROME_PATH": CHROME_PATH}
    for _attempt in range(LIGHTHOUSE_ATTEMPTS):
        output.unlink(missing_ok=True)
        finished = subprocess.run(args, timeout=180, env=env, capture_output=True)
        report = json.loads(output.read_text(encoding="utf-8")) if output.exists() else {}
        error = (report.get("runtimeError") or {}).get("code", "")
        # Chromium's trace sometimes misses the navigation start (Lighthouse itself says "run
        # Lighthouse again"): only those recording failures are retried, never a low score.
        if finished.returncode == 0 or error not in RETRIED_LIGHTHOUSE_ERRORS:
            break
    if finished.returncode != 0:
        raise AssertionError(
            f"Lighthouse failed on {url} ({error or finished.returncode}): "
            f"{finished.stderr.decode(errors='replace')[-2000:]}"
        )
    return report
