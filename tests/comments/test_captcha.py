"""The captcha: test mode, the real answer read from the store, one use per answer, expiry,
the refresh endpoints (JSON and without JavaScript) and the audio alternative."""

import datetime
import shutil
import time

import pytest
from captcha.conf import settings as captcha_settings
from captcha.models import CaptchaStore
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from portal.form_protection import sign_started
from tests.comments.factories import VALID

pytestmark = pytest.mark.django_db

FETCH = {"X-Requested-With": "XMLHttpRequest"}


@pytest.fixture
def real_captcha(monkeypatch):
    # django-simple-captcha reads its settings once at import, so override_settings cannot
    # reach them: patch the module it reads from.
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", False)


def shown_captcha(client, form_url):
    """Open the form page like a reader and read the answer to its captcha from the store."""
    key = client.get(form_url).context["captcha"]["key"]
    return key, CaptchaStore.objects.get(hashkey=key).response


def test_test_mode_accepts_passed_as_the_answer(post_comment):
    assert post_comment(captcha_1="PASSED").status_code == 303


def test_the_real_answer_from_the_captcha_store_is_accepted_once(
    client, form_url, post_comment, real_captcha
):
    key, answer = shown_captcha(client, form_url)
    assert len(answer) == 6 and answer.isdigit()

    started = sign_started(key, time.time() - 60)
    sent = post_comment(captcha_0=key, captcha_1=answer.upper(), started=started)
    assert sent.status_code == 303
    assert Comment.objects.count() == 1
    assert not CaptchaStore.objects.filter(hashkey=key).exists()

    again = post_comment(
        captcha_0=key, captcha_1=answer, title="Góp ý thứ hai của tôi", started=started
    )
    assert again.status_code == 400
    assert "đã được dùng" in again.context["form"].errors["captcha"][0]
    assert Comment.objects.count() == 1


def test_test_mode_is_really_off_in_the_real_answer_test(post_comment, real_captcha):
    response = post_comment(captcha_1="PASSED")
    assert response.status_code == 400
    assert "captcha" in response.context["form"].errors


def test_a_wrong_answer_is_refused_and_burns_the_challenge(
    client, form_url, post_comment, real_captcha
):
    key, answer = shown_captcha(client, form_url)
    wrong = post_comment(captcha_0=key, captcha_1=answer[::-1] + "x")
    assert wrong.status_code == 400
    assert "Mã xác nhận không đúng" in wrong.context["form"].errors["captcha"][0]
    # No second guess at the same picture.
    assert post_comment(captcha_0=key, captcha_1=answer).status_code == 400
    assert Comment.objects.count() == 0


def test_an_expired_answer_is_refused(client, form_url, post_comment, real_captcha):
    key, answer = shown_captcha(client, form_url)
    CaptchaStore.objects.filter(hashkey=key).update(
        expiration=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert post_comment(captcha_0=key, captcha_1=answer).status_code == 400
    assert Comment.objects.count() == 0


def test_a_missing_key_or_answer_is_refused(client, form_url, post_comment, real_captcha):
    key, answer = shown_captcha(client, form_url)
    assert post_comment(captcha_0="", captcha_1=answer).status_code == 400
    assert post_comment(captcha_0=key, captcha_1="").status_code == 400
    assert post_comment(captcha_0=None, captcha_1=None).status_code == 400
    assert post_comment(captcha_0="khong-ton-tai", captcha_1=answer).status_code == 400
    assert Comment.objects.count() == 0


def test_every_form_page_draws_a_new_challenge(client, form_url):
    first = client.get(form_url).context["captcha"]["key"]
    second = client.get(form_url).context["captcha"]["key"]
    assert first != second
    assert CaptchaStore.objects.filter(hashkey__in=[first, second]).count() == 2


def test_the_captcha_picture_is_served(client, form_url):
    image_url = client.get(form_url).context["captcha"]["image_url"]
    response = client.get(image_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


def test_the_refresh_endpoint_returns_a_new_challenge_as_json(client):
    response = client.get(reverse("comments:captcha_refresh"), headers=FETCH)
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"key", "image_url", "audio_url", "started"}
    assert CaptchaStore.objects.filter(hashkey=data["key"]).exists()
    assert data["image_url"] == reverse("captcha-image", args=[data["key"]])
    # Only for scripts: a crawler following links creates no rows.
    assert client.get(reverse("comments:captcha_refresh")).status_code == 404


def test_the_librarys_unlimited_refresh_endpoint_is_not_exposed(client):
    assert client.get("/captcha/refresh/", headers=FETCH).status_code == 404


@pytest.mark.parametrize("endpoint", ["refresh", "start", "form"])
def test_drawing_captchas_is_rate_limited_per_address(client, settings, endpoint, article):
    settings.COMMENTS_CAPTCHA_RATE_LIMIT = 3
    url = {
        "refresh": reverse("comments:captcha_refresh"),
        "start": reverse("comments:start", args=[article.pk]),
        "form": reverse("comments:form", args=[article.pk]),
    }[endpoint]
    for _ in range(3):
        assert client.get(url, headers=FETCH).status_code == 200
    rows = CaptchaStore.objects.count()
    response = client.get(url, headers=FETCH)
    assert response.status_code == 429
    if response["Content-Type"].startswith("application/json"):
        message = response.json()["errors"]["__all__"][0]
    else:
        message = response.content.decode()
    assert "quá nhiều mã xác nhận" in message
    assert int(response["Retry-After"]) > 0
    assert CaptchaStore.objects.count() == rows
    # Another address still gets its captcha.
    assert client.get(url, headers=FETCH, REMOTE_ADDR="198.51.100.20").status_code == 200


def test_too_many_captchas_without_javascript_get_the_vietnamese_429_page(
    client, settings, form_url
):
    settings.COMMENTS_CAPTCHA_RATE_LIMIT = 1
    assert client.get(form_url).status_code == 200
    response = client.get(form_url)
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    assert "Bạn đã yêu cầu quá nhiều mã xác nhận" in response.content.decode()
    assert int(response["Retry-After"]) > 0


def test_refresh_without_javascript_redraws_the_form_keeping_the_typed_text(
    client, form_url, post_comment
):
    response = post_comment(refresh_captcha="1", captcha_1="", content="Nội dung tôi đang viết dở")
    html = response.content.decode()
    assert response.status_code == 200
    assert Comment.objects.count() == 0
    assert response.context["form"].errors == {}
    assert 'aria-invalid="true"' not in html
    assert "Nội dung tôi đang viết dở" in html
    assert VALID["name"] in html and VALID["title"] in html and "0912 345 678" in html
    new_key = response.context["captcha"]["key"]
    assert new_key != "khong-co-ma"
    assert f'name="captcha_0" value="{new_key}"' in html


def test_the_refresh_button_is_a_submit_button_but_enter_still_sends_the_form(client, form_url):
    html = client.get(form_url).content.decode()
    refresh = html.index('name="refresh_captcha"')
    default = html.index('<button type="submit" class="visually-hidden"')
    assert default < refresh  # the first submit button answers Enter


def test_the_start_endpoint_gives_the_cached_article_page_its_captcha_and_csrf_token(
    client, article
):
    url = reverse("comments:start", args=[article.pk])
    response = client.get(url, headers=FETCH)
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    data = response.json()
    assert set(data) == {"ok", "csrf_token", "started", "captcha"}
    assert CaptchaStore.objects.filter(hashkey=data["captcha"]["key"]).exists()
    assert "csrftoken" in response.cookies
    assert client.get(url).status_code == 404  # scripts only


def test_the_start_endpoint_refuses_closed_and_unpublished_articles(client, article):
    from tests.news.factories import ArticleFactory

    article.allow_comments = False
    article.save()
    closed = client.get(reverse("comments:start", args=[article.pk]), headers=FETCH)
    assert closed.status_code == 403
    draft = ArticleFactory(draft=True)
    assert client.get(reverse("comments:start", args=[draft.pk]), headers=FETCH).status_code == 404


def test_scripts_learn_in_json_why_a_closed_article_refuses_them(client, article, post_comment):
    article.allow_comments = False
    article.save()
    start = client.get(reverse("comments:start", args=[article.pk]), headers=FETCH)
    for response in (post_comment(as_json=True), start):
        assert response.status_code == 403
        assert response.json() == {
            "ok": False,
            "errors": {"__all__": ["Bài viết này không nhận bình luận."]},
        }


@pytest.mark.parametrize("endpoint", ["comments:start", "comments:form"])
def test_comments_open_only_on_what_the_news_app_calls_a_public_article(
    client, article, monkeypatch, endpoint
):
    """One rule for "a reader may open this article": news.listings.public_articles()."""
    from news import listings
    from news.models import Article

    monkeypatch.setattr(listings, "public_articles", Article.objects.none)
    assert client.get(reverse(endpoint, args=[article.pk]), headers=FETCH).status_code == 404


def test_a_json_refusal_carries_a_new_captcha_and_start_time(post_comment):
    response = post_comment(as_json=True, content="Ngắn")
    assert response.status_code == 400
    data = response.json()
    assert data["ok"] is False
    assert "content" in data["errors"]
    assert CaptchaStore.objects.filter(hashkey=data["captcha"]["key"]).exists()
    assert data["started"]


def test_the_audio_link_is_offered_only_when_espeak_ng_is_available(client, form_url, settings):
    settings.CAPTCHA_ESPEAK_PATH = None
    assert "Nghe mã xác nhận" not in client.get(form_url).content.decode()
    settings.CAPTCHA_ESPEAK_PATH = "/usr/bin/espeak-ng"
    response = client.get(form_url)
    assert "Nghe mã xác nhận" in response.content.decode()
    assert response.context["captcha"]["audio_url"].endswith(".wav")


def test_the_challenge_is_digits_read_as_vietnamese_words():
    from portal.captcha import digit_challenge, spoken_text

    shown, answer = digit_challenge()
    assert shown == answer and len(answer) == 6 and answer.isdigit()
    assert spoken_text("4821") == "bốn, tám, hai, một"
    assert spoken_text("0579") == "không, năm, bảy, chín"


def test_the_picture_keeps_its_noise_against_ocr(settings):
    assert "captcha.helpers.noise_arcs" in settings.CAPTCHA_NOISE_FUNCTIONS
    assert "captcha.helpers.noise_dots" in settings.CAPTCHA_NOISE_FUNCTIONS
    assert captcha_settings.CAPTCHA_LETTER_ROTATION


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed")
def test_the_audio_captcha_is_spoken_by_espeak_ngs_vietnamese_voice(
    client, form_url, settings, monkeypatch
):
    import subprocess

    settings.CAPTCHA_ESPEAK_PATH = shutil.which("espeak-ng")
    commands = []
    real_run = subprocess.run

    def spy(command, **kwargs):
        commands.append(command)
        return real_run(command, **kwargs)

    monkeypatch.setattr("portal.captcha.subprocess.run", spy)
    key = client.get(form_url).context["captcha"]["key"]
    challenge = CaptchaStore.objects.get(hashkey=key).challenge
    response = client.get(reverse("captcha-audio", args=[key]))
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/wav"
    wav = response.content
    assert wav[:4] == b"RIFF" and wav[8:12] == b"WAVE"
    # Six Vietnamese words at a slow rate: well over a second of 22 kHz 16-bit sound.
    assert len(wav) > 50_000
    (command,) = commands
    assert command[0] == shutil.which("espeak-ng")
    assert command[command.index("-v") + 1] == "vi"
    from portal.captcha import spoken_text

    assert command[-1] == spoken_text(challenge)
    assert "một" in command[-1] or "hai" in command[-1] or "," in command[-1]


def test_the_audio_of_an_expired_captcha_is_gone(client, settings):
    settings.CAPTCHA_ESPEAK_PATH = "/usr/bin/espeak-ng"
    assert client.get(reverse("captcha-audio", args=["khongconnua"])).status_code == 410
