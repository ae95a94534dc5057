"""Audit the pinned dependencies for known vulnerabilities with pip-audit.

Fails (exit 1) on any known vulnerability. When the vulnerability service cannot be reached
(this machine reaches a package mirror only, which serves no vulnerability data), pip-audit
skips every package: the audit then says plainly that it was NOT performed and exits 0, so CI
is not failed for a network it does not have; AUDIT_REQUIRED=1 makes that a failure too.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ["requirements.txt", "requirements-dev.txt"]


def audit(requirements):
    command = [
        str(ROOT / ".venv" / "bin" / "pip-audit"),
        "--requirement",
        str(ROOT / requirements),
        "--no-deps",
        "--disable-pip",
        "--progress-spinner",
        "off",
        "--format",
        "json",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        sys.stderr.write(result.stderr)
        return None
    return report["dependencies"]


def verdict(dependencies, required=False):
    """(exit code, lines to print) for pip-audit's dependency list."""
    audited, skipped, lines = 0, [], []
    for dependency in dependencies:
        if "skip_reason" in dependency:
            skipped.append(dependency["name"])
            continue
        audited += 1
        for vuln in dependency.get("vulns", []):
            fixed = ", ".join(vuln.get("fix_versions", [])) or "none yet"
            lines.append(
                f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']}"
                f" (fixed in {fixed})"
            )
    if lines:
        return 1, lines
    if audited == 0:
        return int(required), [
            "Dependency audit NOT PERFORMED: the vulnerability service is unreachable from"
            f" here ({len(skipped)} packages skipped). Run scripts/audit_deps.py where PyPI's"
            " JSON API is reachable."
        ]
    if skipped:
        names = ", ".join(sorted(skipped))
        return int(required), [f"Dependency audit: {audited} audited; not audited: {names}."]
    return 0, [f"Dependency audit: {audited} packages, no known vulnerability."]


def main():
    dependencies = []
    for requirements in REQUIREMENTS:
        found = audit(requirements)
        if found is None:
            print(f"Dependency audit: pip-audit failed on {requirements}.")
            return 1
        dependencies += found
    code, lines = verdict(dependencies, required=os.environ.get("AUDIT_REQUIRED") == "1")
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
