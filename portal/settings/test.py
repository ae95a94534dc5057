"""Test settings: fast hashing, isolated media, no network, deterministic captcha."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import cache_config, env

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="hdnd-test-media-"))
COUNCIL_FILES_ROOT = MEDIA_ROOT.parent / (MEDIA_ROOT.name + "-council")
STORAGES = {
    **STORAGES,  # noqa: F405
    "council_documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": COUNCIL_FILES_ROOT, "base_url": None},
    },
}
SERVE_MEDIA = True
ADDRESS_HASH_SALT = "test-salt"
# A fixed public address, so links never depend on the Host a test request names.
SITE_URL = "http://127.0.0.1:8000"
# Any captcha answer "PASSED" is accepted; one test turns this off and reads the real answer.
CAPTCHA_TEST_MODE = True
# Tests empty the cache around every test, so they never use the site's REDIS_URL: only a
# Redis database named by TEST_REDIS_URL and set aside for them; otherwise local memory.
TEST_REDIS_URL = env("TEST_REDIS_URL")
CACHES = cache_config(TEST_REDIS_URL, key_prefix="hdnd-test", local_memory="hdnd-tests")
# Serve static files straight from the app folders; no collectstatic needed outside production.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Most tests log staff in with force_login; the second-factor tests turn the requirement on.
STAFF_TWO_FACTOR_REQUIRED = False

# The demo loader's tests would otherwise read every demo article aloud (minutes of espeak-ng);
# tests/news/test_audio.py covers that step with the setting on.
NEWS_AUDIO_DEMO = False
