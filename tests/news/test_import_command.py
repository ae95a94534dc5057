"""`manage.py import_articles`: idempotent, transactional, with pictures, links, old addresses
and a report."""

import datetime
import io
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from news import images
from news.importing import capture, cleanup
from news.models import Article, ArticleImport, ArticleRedirect, BodyImage, Category
from portal import legacy_encoding
from tests.news.factories import CategoryFactory, image_bytes

DATA = Path(__file__).parent / "import_data"
HCM = cleanup.LOCAL_TZ

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out = io.StringIO()
    call_command("import_articles", *map(str, args), stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def captures(tmp_path):
    folder = tmp_path / "text"
    shutil.copytree(DATA / "text", folder)
    return folder


@pytest.fixture
def saved_pages(tmp_path, media_root):
    folder = tmp_path / "html"
    shutil.copytree(DATA / "html", folder)
    pictures = folder / "ky-hop-thu-muoi_files"
    pictures.mkdir()
    (pictures / "quang-canh.jpg").write_bytes(image_bytes(size=(1400, 800)))
    return folder


@pytest.fixture
def wordpress(tmp_path, media_root):
    folder = tmp_path / "wxr"
    shutil.copytree(DATA / "wxr", folder)
    uploads = folder / "uploads" / "2023" / "04"
    uploads.mkdir(parents=True)
    (uploads / "mot-cua.jpg").write_bytes(image_bytes(size=(1000, 750), color=(120, 40, 40)))
    return folder


# --- page text ---------------------------------------------------------------------------------


def test_captures_are_imported_for_review_with_their_date_views_and_import_mark(captures):
    out = run(captures)
    article = Article.objects.get(title__startswith="Thường trực HĐND huyện Đông Sơn giám sát")
    assert article.status == Article.Status.REVIEW
    assert article.published_at == datetime.datetime(2021, 3, 14, 8, 5, tzinfo=HCM)
    assert article.view_count == 2310
    assert article.category.name == "Tin hoạt động"
    assert article.byline == "Minh Anh – Quốc Huy"
    assert article.body.count("<p>") == 4 and "<em>Quang cảnh buổi giám sát</em>" in article.body
    record = article.import_record
    assert record.source_format == "text" and record.source_name.endswith("hai-chuyen-muc.txt")
    assert record.imported_at is not None
    assert "tạo mới 4" in out and "từ chối 3" in out


def test_a_second_import_of_the_same_captures_adds_nothing(captures):
    run(captures)
    count = Article.objects.count()
    out = run(captures)
    assert Article.objects.count() == count
    assert ArticleImport.objects.count() == count
    assert "tạo mới 0, cập nhật 0, không đổi 4" in out


def test_a_changed_capture_updates_its_article_and_adds_only_the_new_views(captures):
    run(captures)
    article = Article.objects.get(title__startswith="Kỳ họp thứ tám")
    Article.objects.filter(pk=article.pk).update(view_count=12045 + 30)  # read here since
    path = captures / "ngay-dang.txt"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("12.045", "12.100")
        .replace("mười hai nghị quyết về", "mười hai nghị quyết quan trọng về"),
        encoding="utf-8",
    )
    out = run(captures)
    article.refresh_from_db()
    assert "cập nhật 1" in out
    assert "nghị quyết quan trọng về" in article.body
    assert article.view_count == 12045 + 30 + 55
    assert Article.objects.filter(title__startswith="Kỳ họp thứ tám").count() == 1


def test_an_editors_status_survives_a_later_import(captures, editor):
    run(captures)
    article = Article.objects.get(title__startswith="Kỳ họp thứ tám")
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PUBLISHED)
    path = captures / "ngay-dang.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("12.045", "12.046"), "utf-8")
    run(captures)
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


def test_category_option_files_every_article_there(captures):
    category = CategoryFactory(slug="tin-cu", name="Tin cũ")
    out = run(captures, category="tin-cu")
    assert "tạo mới 6" in out
    assert set(Article.objects.values_list("category", flat=True)) == {category.pk}


def test_a_first_line_naming_an_existing_category_files_the_article_there(captures):
    category = CategoryFactory(name="Quy hoạch", slug="quy-hoach")
    path = captures / "khong-ro-khuon.txt"
    path.write_text("Quy hoạch\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    run(captures)
    article = Article.objects.get(title__startswith="Hội đồng nhân dân xã Tân Lập")
    assert article.category == category


def test_unknown_category_option_is_refused_before_anything_is_read(captures):
    with pytest.raises(CommandError, match="Không có chuyên mục"):
        run(captures, category="khong-co")


def test_dry_run_writes_nothing_and_says_what_would_happen(captures):
    out = run(captures, dry_run=True)
    assert "Chạy thử (không ghi gì): tạo mới 4" in out
    assert not Article.objects.exists() and not ArticleImport.objects.exists()
    assert not Category.objects.exists()


def test_publishing_needs_an_editor_and_keeps_the_original_date(captures, editor, writer):
    with pytest.raises(CommandError, match="biên tập viên"):
        run(captures, status="published", user=writer.username)
    run(captures, status="published", user=editor.username)
    article = Article.objects.get(title__startswith="Kỳ họp thứ tám")
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at == datetime.datetime(2022, 7, 22, 16, 40, tzinfo=HCM)
    assert article.created_by == editor
    assert article.is_public


def test_a_failing_article_leaves_nothing_half_made_and_the_others_go_in(captures, monkeypatch):
    from news.importing import runner

    real = runner.Importer._redirects

    def fail_for_one(self, article, item):
        real(self, article, item)
        if "Kỳ họp thứ tám" in item.title:
            raise runner.DatabaseError("disk I/O error")

    monkeypatch.setattr(runner.Importer, "_redirects", fail_for_one)
    out = run(captures)
    assert "tạo mới 3" in out and "Lỗi cơ sở dữ liệu" in out
    assert not Article.objects.filter(title__startswith="Kỳ họp thứ tám").exists()
    assert ArticleImport.objects.count() == Article.objects.count() == 3


def test_report_is_written_as_json_with_reasons(captures, tmp_path):
    path = tmp_path / "bao-cao.json"
    run(captures, report=path)
    report = json.loads(path.read_text(encoding="utf-8"))
    assert (report["created"], report["refused"], report["dry_run"]) == (4, 3, False)
    reasons = {Path(r["source"]).name: r["reason"] for r in report["refusals"]}
    assert reasons["chi-co-khung-trang.txt"] == capture.NO_TITLE
    assert "--category" in reasons["tieu-de-co-gio.txt"]
    assert {"Tin hoạt động", "Kỳ họp", "Giám sát"} <= set(report["categories_created"])
    assert any(w["message"] == capture.NO_DATE for w in report["warnings"]) is False


def test_output_is_one_line_per_article_off_a_terminal_and_a_bar_on_one(captures):
    lines = run(captures).splitlines()
    assert any(line.startswith("tạo mới: ") and "hai-chuyen-muc.txt" in line for line in lines)
    assert any(line.startswith("từ chối: ") and capture.NO_TITLE in line for line in lines)
    bar = run(captures, progress="bar")
    assert "\r[" in bar and "] 7/7" in bar and "không đổi: " not in bar


def _windows_1258(value):
    """Windows-1258 has ă â ê ô ơ ư đ as letters and the tones as combining marks."""
    out = []
    for char in value:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            quality = [m for m in marks if m not in tones]
            letter = unicodedata.normalize("NFC", base + "".join(quality))
            out.append((letter + "".join(tones)).encode("cp1258"))
    return b"".join(out)


def test_a_windows_1258_capture_is_converted_and_reported(tmp_path):
    source = (DATA / "text" / "ngay-dang.txt").read_text(encoding="utf-8")
    data = _windows_1258(source)
    assert data.decode("cp1258") != source  # decomposed tones: not what UTF-8 readers see
    path = tmp_path / "cu.txt"
    path.write_bytes(data)
    report = tmp_path / "r.json"
    run(path, report=report)
    article = Article.objects.get()
    assert article.title.startswith("Kỳ họp thứ tám Hội đồng nhân dân")
    assert article.title == unicodedata.normalize("NFC", article.title)
    converted = json.loads(report.read_text(encoding="utf-8"))["converted_encodings"]
    assert converted == [{"source": str(path), "encoding": "windows-1258"}]


@pytest.mark.parametrize("legacy", ["tcvn3", "vni"])
def test_a_capture_typed_in_tcvn3_or_vni_is_converted_and_reported(tmp_path, legacy):
    source = (DATA / "text" / "gio-trong-ngoac.txt").read_text(encoding="utf-8")
    path = tmp_path / "cu.txt"
    path.write_bytes(legacy_encoding.from_unicode(source, legacy).encode("cp1252"))
    report = tmp_path / "r.json"
    run(path, report=report)
    article = Article.objects.get()
    assert article.title == "Thường trực HĐND phường An Bình làm việc với các tổ dân phố"
    assert article.category.name == "Hoạt động của Thường trực"
    converted = json.loads(report.read_text(encoding="utf-8"))["converted_encodings"]
    assert converted == [{"source": str(path), "encoding": legacy}]


def test_csv_fields_holding_tcvn3_letters_are_repaired(tmp_path):
    rows = (DATA / "csv" / "nukeviet.csv").read_text(encoding="utf-8").splitlines()
    title = "Thường trực HĐND quận Sông Hàn giao ban quý ba"
    rows[1] = rows[1].replace(title, legacy_encoding.from_unicode(title, "tcvn3"))
    path = tmp_path / "cu.csv"
    path.write_text("\n".join(rows[:2]) + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    run(path, report=report)
    assert Article.objects.get().title == title
    assert json.loads(report.read_text(encoding="utf-8"))["converted_encodings"][0]["encoding"] == (
        "tcvn3"
    )


# --- saved pages ---------------------------------------------------------------------------------


def test_saved_pages_bring_their_pictures_with_alt_and_caption(saved_pages):
    run(saved_pages)
    article = Article.objects.get(title__startswith="Kỳ họp thứ mười")
    assert article.category.name == "Kỳ họp"
    assert article.published_at == datetime.datetime(2021, 3, 14, 8, 5, tzinfo=HCM)
    assert article.view_count == 2310
    assert article.sapo.startswith("Sáng 14/3, Hội đồng nhân dân huyện Đông Sơn khai mạc")
    assert article.byline == "Minh Anh – Quốc Huy"
    picture = BodyImage.objects.get()
    assert picture.alt == "Đại biểu dự phiên khai mạc kỳ họp"
    assert picture.width == 1400
    assert f'src="/media/{picture.default_name}"' in article.body
    assert 'alt="Đại biểu dự phiên khai mạc kỳ họp"' in article.body
    assert "<figcaption>Quang cảnh phiên khai mạc</figcaption>" in article.body
    assert "Tin khác" not in article.body and "Bình chọn" not in article.body


def test_links_between_saved_pages_point_at_the_imported_articles(saved_pages):
    out = run(saved_pages)
    meeting = Article.objects.get(title__startswith="Kỳ họp thứ mười")
    voters = Article.objects.get(title__startswith="Đại biểu Hội đồng nhân dân huyện tiếp xúc")
    assert f'href="{voters.get_absolute_url()}"' in meeting.body
    assert f'href="{meeting.get_absolute_url()}"' in voters.body
    assert "liên kết đã sửa: 2" in out


def test_the_canonical_address_of_a_saved_page_answers_301(saved_pages, editor, client):
    run(saved_pages, status="published", user=editor.username)
    meeting = Article.objects.get(title__startswith="Kỳ họp thứ mười")
    response = client.get("/tin-tuc/ky-hop-thu-muoi-123.html")
    assert response.status_code == 301
    assert response["Location"] == meeting.get_absolute_url()


def test_a_picture_that_is_not_an_image_is_skipped_with_a_warning(saved_pages, tmp_path):
    (saved_pages / "ky-hop-thu-muoi_files" / "quang-canh.jpg").write_bytes(b"not a picture")
    report = tmp_path / "r.json"
    run(saved_pages, report=report)
    article = Article.objects.get(title__startswith="Kỳ họp thứ mười")
    assert "<img" not in article.body
    warnings = json.loads(report.read_text(encoding="utf-8"))["warnings"]
    assert any("quang-canh.jpg" in w["message"] for w in warnings)


# --- WordPress ----------------------------------------------------------------------------------


def test_wordpress_posts_with_categories_authors_views_and_featured_picture(wordpress):
    out = run(wordpress)
    post = Article.objects.get(title="HĐND phường Hòa Bình giám sát công tác cải cách hành chính")
    assert post.category.name == "Giám sát"
    assert post.byline == "Văn phòng HĐND phường"
    assert post.view_count == 1957
    assert post.published_at == datetime.datetime(2023, 4, 5, 17, 15, tzinfo=HCM)
    assert post.sapo.startswith("Thường trực HĐND phường giám sát")
    assert post.body.startswith("<p>Ngày 5/4, Thường trực HĐND phường Hòa Bình")
    assert post.cover_image.name.startswith("articles/")
    assert post.cover_renditions["width"] == 1000
    assert "<figcaption>Đoàn giám sát làm việc tại bộ phận một cửa</figcaption>" in post.body
    assert "/wp-content/uploads/" not in post.body
    assert post.import_record.source_key == "url:/2023/04/05/giam-sat-cai-cach-hanh-chinh"
    assert "tạo mới 3" in out and "“trash”" in out


def test_wordpress_fields_typed_in_tcvn3_are_repaired(wordpress, tmp_path):
    path = wordpress / "hdnd-export.xml"
    title = "Kỳ họp chuyên đề HĐND phường Hòa Bình tháng ba"
    legacy = legacy_encoding.from_unicode(title, "tcvn3")
    path.write_text(path.read_text(encoding="utf-8").replace(title, legacy), encoding="utf-8")
    report = tmp_path / "r.json"
    run(wordpress, report=report)
    assert Article.objects.filter(title=title).exists()
    converted = json.loads(report.read_text(encoding="utf-8"))["converted_encodings"]
    assert [c["encoding"] for c in converted] == ["tcvn3"]


def test_wordpress_drafts_stay_drafts_even_when_the_run_publishes(wordpress, editor):
    run(wordpress, status="published", user=editor.username)
    assert Article.objects.get(title__startswith="Bản nháp").status == Article.Status.DRAFT
    assert Article.objects.get(title__startswith="Kỳ họp chuyên đề").is_public


def test_wordpress_permalinks_and_short_links_answer_301(wordpress, editor, client):
    run(wordpress, status="published", user=editor.username)
    post = Article.objects.get(title__startswith="HĐND phường Hòa Bình giám sát")
    for address in ("/2023/04/05/giam-sat-cai-cach-hanh-chinh/", "/?p=101"):
        response = client.get(address)
        assert response.status_code == 301, address
        assert response["Location"] == post.get_absolute_url()


def test_links_between_wordpress_posts_are_rewritten(wordpress):
    run(wordpress)
    post = Article.objects.get(title__startswith="HĐND phường Hòa Bình giám sát")
    earlier = Article.objects.get(title__startswith="Kỳ họp chuyên đề")
    assert f'href="{earlier.get_absolute_url()}"' in post.body


# --- CSV and the redirect map ------------------------------------------------------------------


def test_csv_rows_with_unix_times_views_and_refusals(tmp_path):
    report = tmp_path / "r.json"
    run(DATA / "csv", report=report)
    first = Article.objects.get(title="Thường trực HĐND quận Sông Hàn giao ban quý ba")
    assert first.published_at == datetime.datetime(2021, 10, 1, 11, 30, tzinfo=HCM)
    assert first.view_count == 3402
    assert first.sapo.startswith("Thường trực HĐND quận Sông Hàn tổ chức giao ban")
    second = Article.objects.get(title="Quận Sông Hàn tiếp xúc cử tri sau kỳ họp")
    assert second.published_at == datetime.datetime(2021, 10, 15, 9, 30, tzinfo=HCM)
    refusals = json.loads(report.read_text(encoding="utf-8"))["refusals"]
    assert [r["source"].rsplit(":", 1)[1] for r in refusals] == ["4", "5"]


def test_old_addresses_from_any_host_and_query_order_answer_301(editor, client):
    run(DATA / "csv", status="published", user=editor.username)
    article = Article.objects.get(title="Thường trực HĐND quận Sông Hàn giao ban quý ba")
    for address in (
        "/index.php?mod=news&id=7",
        "/index.php?id=7&mod=news",
        "/INDEX.PHP?mod=news&id=7&fbclid=abc&utm_source=zalo",
    ):
        response = client.get(address, HTTP_HOST="testserver")
        assert response.status_code == 301, address
        assert response["Location"] == article.get_absolute_url()
    assert client.get("/index.php?mod=news&id=70").status_code == 404


def test_redirect_map_adds_old_addresses_and_reports_unknown_targets(editor, client, tmp_path):
    run(DATA / "csv", status="published", user=editor.username)
    report = tmp_path / "r.json"
    out = run(redirects=DATA / "redirects.csv", report=report)
    first = Article.objects.get(title="Thường trực HĐND quận Sông Hàn giao ban quý ba")
    second = Article.objects.get(title="Quận Sông Hàn tiếp xúc cử tri sau kỳ họp")
    response = client.get("/index.php?mod=news&op=detail&id=7")
    assert (response.status_code, response["Location"]) == (301, first.get_absolute_url())
    response = client.get("/print.php?id=8")
    assert (response.status_code, response["Location"]) == (301, second.get_absolute_url())
    refused = json.loads(report.read_text(encoding="utf-8"))["redirects_refused"]
    assert [r["source"].rsplit(":", 1)[1] for r in refused] == ["4", "5"]
    assert "Không tìm thấy bài đích" in out


def test_an_old_address_on_the_home_page_path_beats_the_page_cache(editor, client):
    run(DATA / "csv", status="published", user=editor.username)
    article = Article.objects.get(title="Thường trực HĐND quận Sông Hàn giao ban quý ba")
    ArticleRedirect.objects.create(old_url="/?id=7&mod=news", article=article)
    assert client.get("/").status_code == 200  # the home page is now in the page cache
    response = client.get("/?mod=news&id=7")
    assert (response.status_code, response["Location"]) == (301, article.get_absolute_url())
    assert client.get("/?page=2").status_code == 200


def test_an_old_address_of_an_article_not_yet_published_is_not_found(client):
    run(DATA / "csv")
    assert client.get("/index.php?mod=news&id=7").status_code == 404


def test_pictures_stored_for_a_failed_article_are_removed(saved_pages, media_root, monkeypatch):
    from news.importing import runner

    def fail(self, article, item):
        raise runner.DatabaseError("boom")

    monkeypatch.setattr(runner.Importer, "_redirects", fail)
    run(saved_pages)
    assert not Article.objects.exists() and not BodyImage.objects.exists()
    assert not [p for p in media_root.rglob("*") if p.is_file()]
    assert images  # the pipeline module the importer stores through
