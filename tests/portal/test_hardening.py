"""The last gaps of the security review: deploy checks, cookies, proxy headers, methods, body
size refusals, the CSP for images and its reports, security.txt, vendored files and the
dependency audit."""

import importlib.util
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings

from portal.proxy import TrustedProxyMiddleware
from tests.news.factories import ArticleFactory

ROOT = Path(settings.BASE_DIR)
FETCH = {"Accept": "application/json", "X-Requested-With": "XMLHttpRequest"}


def prod_check_env():
    values = {}
    for line in (ROOT / ".ci" / "prod-check.env").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    return values


def test_check_deploy_is_clean_of_warnings_with_the_recommended_production_values():
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(prod_check_env(), DJANGO_SECRET_KEY="k" * 30 + "-Zq9" * 10)
    environment.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_hsts_preload_and_subdomains_come_from_the_environment():
    prod = (ROOT / "portal" / "settings" / "prod.py").read_text()
    assert 'env_bool("DJANGO_HSTS_PRELOAD"' in prod
    assert 'env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS"' in prod


@pytest.mark.django_db
def test_the_csrf_cookie_is_http_only(client):
    article = ArticleFactory()
    client.get(f"/binh-luan/bai-viet/{article.pk}/bat-dau/", headers=FETCH)
    assert client.cookies["csrftoken"]["httponly"] is True


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
@pytest.mark.parametrize(
    ("remote", "secure"), [("127.0.0.1", True), ("::1", True), ("198.51.100.4", False)]
)
def test_forwarded_proto_is_believed_only_from_the_trusted_proxy(remote, secure):
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_PROTO="https")
    assert TrustedProxyMiddleware(lambda r: r.is_secure())(request) is secure


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["TRACE", "PUT", "DELETE", "PATCH", "CONNECT"])
def test_methods_no_page_handles_get_405(client, method):
    response = client.generic(method, "/")
    assert response.status_code == 405
    assert "GET" in response["Allow"]


@pytest.mark.django_db
@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_a_body_over_the_limit_is_refused_in_json_for_scripts_and_as_a_page_otherwise(client):
    article = ArticleFactory()
    url = f"/binh-luan/bai-viet/{article.pk}/gui/"
    big = {"content": "Nội dung " * 500}
    as_json = client.post(url, big, headers=FETCH)
    assert as_json.status_code == 413
    assert as_json["Content-Type"] == "application/json"
    assert "Dữ liệu gửi lên quá lớn" in as_json.json()["error"]
    page = client.post(url, big)
    assert page.status_code == 413
    assert "Dữ liệu gửi lên quá lớn" in page.content.decode()


@pytest.mark.django_db
def test_images_come_only_from_our_origin_and_the_configured_hosts(client):
    csp = client.get("/")["Content-Security-Policy"]
    img = next(part for part in csp.split("; ") if part.startswith("img-src"))
    assert "https:" not in img.split()
    assert "report-uri /.well-known/csp-report" in csp.split("; ")
    spec = importlib.util.spec_from_file_location(
        "base_for_test", settings.BASE_DIR / "portal/settings/base.py"
    )
    module = importlib.util.module_from_spec(spec)
    os.environ["PORTAL_CSP_IMG_HOSTS"] = "https://anh.minhgiang.example.vn"
    try:
        spec.loader.exec_module(module)
    finally:
        del os.environ["PORTAL_CSP_IMG_HOSTS"]
    assert module.PORTAL_CSP["img-src"] == ["'self'", "data:", "https://anh.minhgiang.example.vn"]


REPORT = {
    "csp-report": {
        "document-uri": "https://hdnd.example.vn/tin-tuc/",
        "violated-directive": "img-src",
        "effective-directive": "img-src",
        "blocked-uri": "https://tracker.example/pixel.gif",
        "original-policy": "x" * 5000,
    }
}


@pytest.mark.django_db
def test_csp_reports_are_logged_as_one_short_line(client, caplog):
    with caplog.at_level(logging.WARNING, logger="portal.security"):
        response = client.post(
            "/.well-known/csp-report", json.dumps(REPORT), content_type="application/csp-report"
        )
    assert response.status_code == 204
    (record,) = [r for r in caplog.records if r.name == "portal.security"]
    line = record.getMessage()
    assert "blocked-uri=https://tracker.example/pixel.gif" in line
    assert "original-policy" not in line and len(line) < 500
    assert (
        client.post("/.well-known/csp-report", "rác", content_type="text/plain").status_code == 400
    )


@pytest.mark.django_db
@override_settings(PORTAL_CSP_REPORT_LIMIT=3)
def test_csp_reports_are_rate_limited_per_client(client):
    codes = [
        client.post(
            "/.well-known/csp-report", json.dumps(REPORT), content_type="application/csp-report"
        ).status_code
        for _ in range(5)
    ]
    assert codes == [204, 204, 204, 429, 429]


@pytest.mark.django_db
@override_settings(
    SECURITY_CONTACT="mailto:baomat@hdnd.example.vn", SITE_URL="https://hdnd.example.vn"
)
def test_security_txt_names_the_offices_contact_as_rfc_9116_asks(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Contact: mailto:baomat@hdnd.example.vn\n" in text
    assert re.search(r"^Expires: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", text, re.M)
    assert "Canonical: https://hdnd.example.vn/.well-known/security.txt" in text


VENDOR_DIRS = [ROOT / "static", ROOT / "tests" / "browser" / "vendor"]
LICENCE_WORDS = re.compile(r"licen[cs]e|SPDX|MIT|Mozilla Public|GPL|Apache", re.I)
VERSION = re.compile(r"\bv?\d+\.\d+(\.\d+)?\b")


def vendored_files():
    for folder in VENDOR_DIRS:
        for path in folder.rglob("*"):
            if path.suffix in {".js", ".css"} and "vendor" in path.parts:
                yield path


def test_there_are_vendored_front_end_files_to_check():
    assert list(vendored_files())


@pytest.mark.parametrize("path", list(vendored_files()), ids=lambda p: p.name)
def test_every_vendored_front_end_file_carries_its_version_and_licence(path):
    head = path.read_text(encoding="utf-8", errors="replace")[:600]
    readme = (path.parent / "README.md").read_text(encoding="utf-8")
    entry = next((line for line in readme.splitlines() if f"`{path.name}`" in line), "")
    assert VERSION.search(head) or VERSION.search(entry), f"{path}: no version"
    assert LICENCE_WORDS.search(head), f"{path}: no licence in its header"
    assert entry and LICENCE_WORDS.search(readme), f"{path}: not listed with its licence"


def test_the_project_declares_a_licence_compatible_with_the_bundled_ckeditor():
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'license = "GPL-3.0-or-later"' in pyproject
    licence = (ROOT / "LICENSE").read_text()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3" in licence
    readme = (ROOT / "README.md").read_text()
    assert "CKEditor 5" in readme and "GPL-2.0-or-later" in readme


def _audit_module():
    spec = importlib.util.spec_from_file_location("audit_deps", ROOT / "scripts" / "audit_deps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_dependency_audit_fails_on_a_known_vulnerability():
    audit = _audit_module()
    code, lines = audit.verdict(
        [
            {
                "name": "django",
                "version": "5.2.0",
                "vulns": [{"id": "PYSEC-1", "fix_versions": ["5.2.1"]}],
            },
            {"name": "nh3", "version": "0.3.8", "vulns": []},
        ]
    )
    assert code == 1
    assert lines == ["VULNERABLE django 5.2.0: PYSEC-1 (fixed in 5.2.1)"]


def test_the_dependency_audit_says_clearly_when_it_could_not_run():
    audit = _audit_module()
    skipped = [{"name": "django", "skip_reason": "Dependency not found on PyPI"}]
    code, lines = audit.verdict(skipped)
    assert code == 0 and "NOT PERFORMED" in lines[0]
    assert audit.verdict(skipped, required=True)[0] == 1
    assert audit.verdict([{"name": "nh3", "version": "0.3.8", "vulns": []}]) == (
        0,
        ["Dependency audit: 1 packages, no known vulnerability."],
    )


def test_ci_runs_the_deploy_check_at_warning_level_and_the_audit():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "check --deploy --fail-level WARNING" in ci
    assert "scripts/audit_deps.py" in ci


def test_the_served_ckeditor_build_is_the_version_and_licence_the_readme_lists():
    import django_ckeditor_5

    bundle = Path(django_ckeditor_5.__file__).parent / "static/django_ckeditor_5/dist/bundle.js"
    text = bundle.read_text(encoding="utf-8")
    version = re.search(r'CKEDITOR_VERSION="([\d.]+)"', text).group(1)
    notices = (bundle.parent / "bundle.js.LICENSE.txt").read_text(encoding="utf-8")
    assert "@license" in notices and "CKSource" in notices
    readme = (ROOT / "README.md").read_text()
    assert f"CKEditor 5 {version}" in readme
