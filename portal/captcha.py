"""The comment form's captcha, drawn by django-simple-captcha: a fresh challenge for a form, and
the spoken alternative in Vietnamese (espeak-ng's Vietnamese voice).

The challenge is digits, which read naturally aloud ("bốn, tám, hai…"); the picture keeps the
library's rotated letters, arcs and dots against OCR.
"""

import secrets
import subprocess

from captcha.helpers import captcha_audio_url, captcha_image_url
from captcha.models import CaptchaStore
from django.conf import settings

DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
# Six digits: a million answers, as hard to guess as five letters and easy to say.
CHALLENGE_LENGTH = 6
SPEAK_TIMEOUT = 10


def digit_challenge():
    """django-simple-captcha's CAPTCHA_CHALLENGE_FUNCT: (shown, answer)."""
    digits = "".join(secrets.choice("0123456789") for _ in range(CHALLENGE_LENGTH))
    return digits, digits


def new_captcha():
    """A fresh captcha challenge: its key and where its picture (and sound) are."""
    key = CaptchaStore.pick()
    return {
        "key": key,
        "image_url": captcha_image_url(key),
        "audio_url": captcha_audio_url(key) if audio_available() else None,
    }


def audio_available():
    return bool(settings.CAPTCHA_ESPEAK_PATH)


def spoken_text(challenge):
    """The challenge as a Vietnamese reader hears it: "bốn, tám, hai, một, năm, chín"."""
    return ", ".join(DIGIT_WORDS[int(c)] if c.isdigit() else c for c in challenge)


def speech_command(text):
    """espeak-ng with its Vietnamese voice, slowly, writing a WAV file to stdout."""
    return [
        settings.CAPTCHA_ESPEAK_PATH,
        "-v",
        settings.CAPTCHA_ESPEAK_VOICE,
        "-s",
        "120",
        "-g",
        "12",
        "--stdout",
        text,
    ]


def speak(challenge):
    """The WAV bytes of the spoken challenge, or None when espeak-ng fails."""
    try:
        result = subprocess.run(
            speech_command(spoken_text(challenge)),
            capture_output=True,
            timeout=SPEAK_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0 or result.stdout[:4] != b"RIFF":
        return None
    return result.stdout
