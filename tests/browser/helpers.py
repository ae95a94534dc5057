"""Content and checks shared by the browser tests."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from news.demo_images import draw_scene
from news.models import Article
from tests.news.factories import ArticleFactory, CategoryFactory
from tests.polls.factories import PollFactory
from tests.portal.factories import GoldPriceFactory, WeatherReportFactory

AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"


@dataclass
class SiteContent:
    article: Article
    category_url: str
    poll: object


def build_site_content():
    """A small but complete portal: two categories, articles with photos, a poll, widgets."""
    session = CategoryFactory(name="Kỳ họp", slug="ky-hop", order=1)
    oversight = CategoryFactory(name="Giám sát", slug="giam-sat", order=2)
    CategoryFactory(name="Tiếp xúc cử tri", slug="tiep-xuc-cu-tri", order=3)

    photo = default_storage.save(
        "browser-tests/hoi-truong.jpg", ContentFile(draw_scene("meeting", seed=3, size=(900, 600)))
    )
    body = (
        "<p>Chiều nay, tại Hội trường Trung tâm Hội nghị thành phố, Hội đồng nhân dân thành phố "
        "Minh Giang khóa XI đã bế mạc Kỳ họp thứ Mười hai sau năm ngày làm việc.</p>"
        '<figure class="image"><img src="'
        + default_storage.url(photo)
        + '" alt="Đại biểu biểu quyết thông qua nghị quyết" width="900" height="600">'
        "<figcaption>Các đại biểu biểu quyết thông qua nghị quyết về ngân sách.</figcaption>"
        "</figure>"
        "<p>Kỳ họp đã thông qua 19 nghị quyết, trong đó có nghị quyết về kế hoạch đầu tư công "
        "trung hạn và chính sách hỗ trợ học phí cho học sinh ở các phường ven sông.</p>"
        "<h2>Chất vấn và trả lời chất vấn</h2>"
        "<p>Các đại biểu đã chất vấn Giám đốc Sở Xây dựng về tiến độ chống ngập ở khu vực phía "
        "đông thành phố; nhiều cam kết cụ thể được ghi vào nghị quyết kỳ họp.</p>"
    )
    article = ArticleFactory(
        title="Bế mạc Kỳ họp thứ Mười hai, HĐND thành phố Minh Giang thông qua 19 nghị quyết",
        slug="be-mac-ky-hop-thu-muoi-hai",
        category=session,
        sapo="Sau năm ngày làm việc khẩn trương, HĐND thành phố Minh Giang đã bế mạc kỳ họp.",
        body=body,
        byline="Tin, ảnh: Minh Anh",
        is_featured=True,
        view_count=1957,
        cover_caption="Quang cảnh phiên bế mạc kỳ họp.",
        cover_alt="Hội trường Trung tâm Hội nghị thành phố trong phiên bế mạc",
        cover_image=ContentFile(draw_scene("hall", seed=1, size=(1200, 800)), name="bia.jpg"),
    )
    ArticleFactory(
        title="Giám sát tiến độ giải phóng mặt bằng dự án đường trục Đông – Tây",
        slug="giam-sat-duong-truc-dong-tay",
        category=oversight,
        cover_alt="Công trường đường trục Đông – Tây",
        cover_image=ContentFile(draw_scene("construction", seed=2, size=(900, 600)), name="b.jpg"),
        view_count=812,
    )
    for n in range(3):
        ArticleFactory(category=session if n % 2 else oversight, view_count=100 + n)

    poll = PollFactory(
        question="Bạn quan tâm nhất đến nội dung nào của kỳ họp tới?",
        choices=["Chống ngập đô thị", "Trường học và y tế", "Giao thông"],
    )
    GoldPriceFactory(kind="Vàng miếng", buy=148_600, sell=150_600, order=1)
    WeatherReportFactory(
        place="Trung tâm thành phố",
        temperature=Decimal("29.5"),
        humidity=74,
        description="Nắng nhẹ, chiều tối có mưa rào",
    )
    return SiteContent(article=article, category_url=session.get_absolute_url(), poll=poll)


def axe_violations(page, within=None, impacts=("serious", "critical")):
    """Run axe-core on the page (or the part matching `within`); return the worst violations."""
    # Evaluated through DevTools rather than added as a <script>, which the page's CSP would block.
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async (within) => {
            const r = await axe.run(within || document, {resultTypes: ["violations"]});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: " + n.failureSummary),
            }));
        }""",
        within,
    )
    return [v for v in result if v["impact"] in impacts]


def format_violations(violations):
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']}")
        lines.extend(f"    {node}" for node in v["nodes"])
    return "\n".join(lines)
