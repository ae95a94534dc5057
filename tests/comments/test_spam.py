"""Spam defences: honeypot, minimum time, signed start time, per-address rate limit in the
shared cache, link limit and banned words (which hold a comment, never refuse it)."""

import threading
import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from comments import throttle
from comments.models import Comment
from comments.views import SUCCESS_MESSAGE
from portal.clients import address_hash
from portal.form_protection import STARTED_MAX_CARRIES, read_started, sign_started
from portal.ratelimit import RateLimited
from tests.comments.factories import CAPTCHA_KEY, BannedWordFactory, form_data

pytestmark = pytest.mark.django_db


def non_field_errors(response):
    return response.context["form"].non_field_errors()


def test_a_filled_honeypot_is_refused_with_nothing_saved(post_comment):
    response = post_comment(website="http://spam.example")
    assert response.status_code == 400
    assert "Không gửi được bình luận" in non_field_errors(response)[0]
    assert Comment.objects.count() == 0


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client, form_url):
    html = client.get(form_url).content.decode()
    trap = html[html.index('class="comment-form__trap"') - 5 :]
    trap = trap[: trap.index("</div>")]
    assert 'aria-hidden="true"' in trap
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap


def test_a_form_sent_too_soon_after_it_was_shown_is_refused(post_comment):
    response = post_comment(started=sign_started(CAPTCHA_KEY))
    assert response.status_code == 400
    assert "gửi hơi nhanh" in non_field_errors(response)[0]
    assert Comment.objects.count() == 0


@override_settings(COMMENTS_MIN_SECONDS=30)
def test_the_minimum_time_comes_from_settings(post_comment):
    assert post_comment(started=sign_started(CAPTCHA_KEY, time.time() - 20)).status_code == 400
    assert post_comment(started=sign_started(CAPTCHA_KEY, time.time() - 31)).status_code == 303


@pytest.mark.parametrize(
    "started",
    [
        "",
        None,
        "không phải chữ ký",
        sign_started(CAPTCHA_KEY, time.time() - 60)[:-2] + "xx",  # signature tampered
        sign_started(CAPTCHA_KEY, time.time() + 3600),  # from the future
        sign_started(CAPTCHA_KEY, time.time() - 3 * 24 * 3600),  # too old
    ],
)
def test_a_missing_forged_or_stale_start_time_is_refused(post_comment, started):
    response = post_comment(started=started)
    assert response.status_code == 400
    assert "Biểu mẫu đã hết hạn" in non_field_errors(response)[0]
    assert Comment.objects.count() == 0


def test_a_start_time_signed_with_another_salt_is_refused(post_comment):
    from django.core import signing

    forged = signing.dumps(int(time.time() - 60), salt="polls.something-else")
    assert post_comment(started=forged).status_code == 400


def test_form_level_errors_are_announced_and_tied_to_the_form(post_comment):
    html = post_comment(website="x").content.decode()
    assert 'role="alert"' in html
    assert 'aria-describedby="comment-form-alert"' in html


@override_settings(COMMENTS_RATE_LIMIT=2)
def test_the_rate_limit_refuses_with_429_and_keeps_the_typed_text(post_comment):
    assert post_comment(title="Góp ý thứ nhất").status_code == 303
    assert post_comment(title="Góp ý thứ hai").status_code == 303
    refused = post_comment(title="Góp ý thứ ba của tôi")
    html = refused.content.decode()
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Bạn đã gửi nhiều bình luận" in html
    assert "Góp ý thứ ba của tôi" in html
    assert Comment.objects.count() == 2


@override_settings(COMMENTS_RATE_LIMIT=1)
def test_the_rate_limit_is_per_address(client, form_url):
    assert client.post(form_url, form_data(), REMOTE_ADDR="203.0.113.5").status_code == 303
    assert client.post(form_url, form_data(), REMOTE_ADDR="203.0.113.5").status_code == 429
    assert client.post(form_url, form_data(), REMOTE_ADDR="203.0.113.6").status_code == 303


@override_settings(COMMENTS_RATE_LIMIT=1)
def test_the_rate_limit_answers_scripts_in_json(post_comment):
    post_comment()
    response = post_comment(as_json=True)
    assert response.status_code == 429
    assert "Bạn đã gửi nhiều bình luận" in response.json()["errors"]["__all__"][0]


@override_settings(COMMENTS_RATE_LIMIT=2)
def test_the_rate_limit_counter_lives_in_the_shared_cache(post_comment):
    post_comment()
    key = throttle.comment_limit().key(address_hash("127.0.0.1", "comment"))
    assert cache.get(key) == 1
    # Another app process sees the same counter: simulate its comment through the cache alone.
    cache.incr(key)
    assert post_comment().status_code == 429


@override_settings(COMMENTS_RATE_LIMIT=2)
def test_refused_comments_do_not_use_up_the_limit(post_comment):
    for _ in range(3):
        assert post_comment(content="Ngắn").status_code == 400
    assert post_comment().status_code == 303


@override_settings(COMMENTS_RATE_LIMIT=0)
def test_a_zero_rate_limit_turns_it_off(post_comment):
    for n in range(7):
        assert post_comment(title=f"Góp ý số {n} của tôi").status_code == 303


@override_settings(COMMENTS_RATE_LIMIT=5)
def test_concurrent_comments_from_one_address_cannot_pass_the_limit():
    results = []
    barrier = threading.Barrier(12)

    def worker():
        barrier.wait()
        try:
            throttle.comment_limit().hit("cung-mot-dia-chi")
            results.append(True)
        except RateLimited:
            results.append(False)

    threads = [threading.Thread(target=worker) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 5


def test_the_window_moves_on(settings):
    settings.COMMENTS_RATE_LIMIT = 1
    now = 1_000_000.0
    limit = throttle.comment_limit()
    limit.hit("dia-chi", now=now)
    assert limit.is_limited("dia-chi", now=now + 1)
    assert not limit.is_limited("dia-chi", now=now + 600)


def test_more_links_than_allowed_are_refused(post_comment):
    content = "Xem thêm tại http://vi-du.vn/a, www.vi-du.vn/b và tai-lieu.example.com/c nhé bà con."
    response = post_comment(content=content)
    assert response.status_code == 400
    assert "tối đa 2 đường dẫn" in response.context["form"].errors["content"][0]


def test_two_links_are_allowed(post_comment):
    content = "Thông tin thêm ở https://hdnd.minhgiang.vn/a và www.minhgiang.gov.vn nhé bà con."
    assert post_comment(content=content).status_code == 303


@override_settings(COMMENTS_MAX_LINKS=0)
def test_the_link_limit_comes_from_settings(post_comment):
    assert post_comment(content="Mời xem https://vi-du.vn/a để biết thêm").status_code == 400


def test_abbreviations_with_dots_are_not_links(post_comment):
    content = "UBND TP.HCM và TP. Minh Giang đã họp, v.v. Số liệu 3.5 triệu đồng."
    assert post_comment(content=content).status_code == 303


def test_a_link_in_the_title_is_refused(post_comment):
    response = post_comment(title="Xem ngay tại vi-du.com nhé bà con")
    assert response.status_code == 400
    assert "đường dẫn" in response.context["form"].errors["title"][0]


def test_a_comment_with_a_banned_word_is_held_for_moderators_not_refused(client, post_comment):
    BannedWordFactory(word="cá độ")
    response = post_comment(content="Nhóm Cá Độ bóng đá tụ tập ở quán nước đầu hẻm mỗi tối.")
    assert response.status_code == 303
    page = client.get(response["Location"])
    assert SUCCESS_MESSAGE in page.content.decode()  # the sender learns nothing of the list
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.flagged_words == "cá độ"


def test_banned_words_match_whole_words_only(post_comment):
    BannedWordFactory(word="cá độ")
    post_comment(content="Thức ăn nhiễm cá độc hại phải được tiêu hủy ngay.")
    assert Comment.objects.get().flagged_words == ""


def test_banned_words_are_found_in_the_name_and_title_too(post_comment):
    BannedWordFactory(word="lô đề")
    post_comment(title="Chuyện lô đề ở chợ")
    assert Comment.objects.get().flagged_words == "lô đề"


def test_banned_words_are_stored_lower_case_and_unique(db):
    from django.core.exceptions import ValidationError

    from comments.models import BannedWord

    word = BannedWord.objects.create(word="  Tín   Dụng Đen ")
    assert word.word == "tín dụng đen"
    duplicate = BannedWord(word="TÍN DỤNG ĐEN")
    with pytest.raises(ValidationError):
        duplicate.full_clean()


FETCH = {"Accept": "application/json", "X-Requested-With": "XMLHttpRequest"}


def test_a_start_note_is_good_only_for_the_captcha_it_was_drawn_with(post_comment):
    # A bot that waited once cannot reuse its note with every fresh captcha.
    note = sign_started("ma-cua-mot-hinh-khac", time.time() - 600)
    response = post_comment(started=note)
    assert response.status_code == 400
    assert "Biểu mẫu đã hết hạn" in non_field_errors(response)[0]
    assert Comment.objects.count() == 0


def test_each_form_drawn_gets_a_note_for_its_own_captcha(client, article):
    data = client.get(f"/binh-luan/bai-viet/{article.pk}/bat-dau/", headers=FETCH).json()
    assert read_started(data["started"])[1] == data["captcha"]["key"]
    page = client.get(f"/binh-luan/bai-viet/{article.pk}/gui/")
    assert read_started(page.context["started"])[1] == page.context["captcha"]["key"]


def test_a_mistyped_code_alone_does_not_restart_the_wait(post_comment):
    # Shown 5 s ago (over the 3 s minimum); the reader mistypes the code, then corrects it at once.
    refused = post_comment(
        as_json=True, captcha_1="SAI", started=sign_started(CAPTCHA_KEY, time.time() - 5)
    )
    assert refused.status_code == 400
    data = refused.json()
    assert set(data["errors"]) == {"captcha"}
    again = post_comment(as_json=True, captcha_0=data["captcha"]["key"], started=data["started"])
    assert again.status_code == 201, again.json()
    assert Comment.objects.count() == 1


def test_other_refusals_restart_the_wait(post_comment):
    refused = post_comment(
        as_json=True, content="", started=sign_started(CAPTCHA_KEY, time.time() - 5)
    )
    data = refused.json()
    again = post_comment(as_json=True, captcha_0=data["captcha"]["key"], started=data["started"])
    assert again.status_code == 400
    assert "gửi hơi nhanh" in again.json()["errors"]["__all__"][0]


def test_a_new_picture_keeps_the_forms_start_time_a_few_times_only(client):
    url = "/binh-luan/ma-xac-nhan/moi/"
    note = sign_started("dau-tien", time.time() - 5)
    shown_at = read_started(note)[0]
    for _ in range(STARTED_MAX_CARRIES):
        data = client.get(url, {"started": note}, headers=FETCH).json()
        note = data["started"]
        assert read_started(note)[:2] == (shown_at, data["key"])
    data = client.get(url, {"started": note}, headers=FETCH).json()
    assert read_started(data["started"])[0] > shown_at
    # Without a note (after a comment was sent) the next form starts afresh.
    fresh = client.get(url, headers=FETCH).json()
    assert read_started(fresh["started"])[0] >= int(time.time()) - 1
