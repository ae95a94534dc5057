"""The comment form's captcha, drawn by django-simple-captcha: a fresh challenge for a form, and
whether it can also be listened to (flite installed)."""

from captcha.conf import settings as captcha_settings
from captcha.helpers import captcha_audio_url, captcha_image_url
from captcha.models import CaptchaStore


def new_captcha():
    """A fresh captcha challenge: its key and where its picture (and sound) are."""
    key = CaptchaStore.pick()
    return {
        "key": key,
        "image_url": captcha_image_url(key),
        "audio_url": captcha_audio_url(key) if audio_available() else None,
    }


def audio_available():
    return bool(captcha_settings.CAPTCHA_FLITE_PATH)
