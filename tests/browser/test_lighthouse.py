"""Lighthouse against the live test server: no layout jumps (CLS < 0.05) and Accessibility 100
on the home, category and article pages, at 360 px (phone) and 1350 px (Lighthouse's desktop).

Each run's report is kept in test-artifacts/lighthouse/<page>-<viewport>.json."""

import pytest

from .helpers import build_site_content
from .page_checkers import CHROME_PATH, LIGHTHOUSE, lighthouse, require

pytestmark = pytest.mark.django_db(transaction=True)

CLS_LIMIT = 0.05


def test_home_category_and_article_have_no_layout_jumps_and_full_accessibility(
    live_server, viewport, request
):
    require(LIGHTHOUSE, CHROME_PATH)
    content = build_site_content()
    pages = {
        "trang-chu": "/",
        "chuyen-muc": content.category_url,
        "bai-viet": content.article.get_absolute_url(),
    }
    reports = request.config.rootpath / "test-artifacts" / "lighthouse"
    reports.mkdir(parents=True, exist_ok=True)
    problems, summary = [], []
    for name, path in pages.items():
        report = lighthouse(
            live_server.url + path, preset=viewport, output=reports / f"{name}-{viewport}.json"
        )
        cls = report["audits"]["cumulative-layout-shift"]["numericValue"]
        accessibility = round(report["categories"]["accessibility"]["score"] * 100)
        performance = round((report["categories"]["performance"]["score"] or 0) * 100)
        summary.append(
            f"{name} {viewport}: CLS {cls:.3f}, Accessibility {accessibility}, "
            f"Performance {performance}"
        )
        if cls >= CLS_LIMIT:
            problems.append(f"{name}: CLS {cls:.3f} ≥ {CLS_LIMIT}")
        if accessibility != 100:
            failed = [
                f"{audit['id']}: {audit['title']}"
                for audit in report["audits"].values()
                if audit.get("score") == 0 and audit["id"] in _accessibility_audits(report)
            ]
            problems.append(f"{name}: Accessibility {accessibility} ({'; '.join(failed)})")
    (reports / f"summary-{viewport}.txt").write_text("\n".join(summary) + "\n", encoding="utf-8")
    assert not problems, "\n".join(problems + summary)


def _accessibility_audits(report):
    return {ref["id"] for ref in report["categories"]["accessibility"]["auditRefs"]}
