"""Settings shared by every environment; values that differ come from the environment."""

import os
import shutil
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    value = os.environ.get(name)
    return default if value in (None, "") else value


def env_bool(name, default=False):
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = env(name)
    try:
        return int(value) if value is not None else default
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from exc


def env_float(name, default):
    value = env(name)
    try:
        return float(value) if value is not None else default
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, got {value!r}") from exc


SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

SITE_NAME = env("PORTAL_SITE_NAME", "Hội đồng nhân dân thành phố Minh Giang")
SITE_SHORT_NAME = env("PORTAL_SITE_SHORT_NAME", "HĐND thành phố Minh Giang")
# The public address used in canonical links, feeds, sitemaps, QR codes and share links. Required
# in production; empty elsewhere means "the address the request came to" (portal.site_url).
SITE_URL = env("PORTAL_SITE_URL", "").rstrip("/")
# The office that runs the portal, shown in the footer of every page (defaults are fictional).
PORTAL_OFFICE = {
    "name": env("PORTAL_OFFICE_NAME", "Văn phòng Đoàn ĐBQH và HĐND thành phố Minh Giang"),
    "editor": env("PORTAL_OFFICE_EDITOR", "Ông Trần Quốc Bảo, Chánh Văn phòng"),
    "address": env(
        "PORTAL_OFFICE_ADDRESS", "Số 18 đường Bến Sông, phường Trung Tâm, thành phố Minh Giang"
    ),
    "phone": env("PORTAL_OFFICE_PHONE", "0200 3812 345"),
    "email": env("PORTAL_OFFICE_EMAIL", "vanphong@hdnd.minhgiang.example.vn"),
}
# Sidebar widgets kept up to date by staff are hidden, not shown stale, once older than this.
WIDGETS_MAX_AGE_HOURS = {
    "gold": env_int("WIDGET_GOLD_MAX_AGE_HOURS", 24),
    "weather": env_int("WIDGET_WEATHER_MAX_AGE_HOURS", 6),
}


INSTALLED_APPS = [
    # The admin with the staff login of portal.admin_site (lockout, second factor).
    "portal.admin_config.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_ckeditor_5",
    "simple_history",
    "captcha",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "portal",
    "news",
    "polls",
    "comments",
    "council",
]

MIDDLEWARE = [
    "portal.proxy.TrustedProxyMiddleware",
    # Old addresses of the replaced portal (?mod=news&id=123) answer 301 before the page cache
    # could answer them as the page at their path (news.legacy_redirects).
    "news.legacy_redirects.LegacyRedirectMiddleware",
    # Answers anonymous readers from the cache before anything else runs; an entry keeps the
    # headers the middleware below added (security headers included).
    "portal.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.site_url.RequestAddressMiddleware",
    "portal.security.SecurityHeadersMiddleware",
    "portal.security.AllowedMethodsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.sessions.StaffSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records who made each revision saved through a request (news, polls, widgets).
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
                "news.context_processors.navigation",
            ],
            "builtins": ["portal.templatetags.vn_format"],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# SQLite by default. WAL lets readers run while one process writes; IMMEDIATE transactions take
# the write lock up front so concurrent writers queue on the busy timeout instead of failing
# with "database is locked" half-way through a transaction.
SQLITE_PATH = Path(env("SQLITE_PATH", BASE_DIR / "db.sqlite3"))
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": ("PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"),
}


def database_config(url):
    """Build the default database from DATABASE_URL, or the embedded SQLite file."""
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": SQLITE_OPTIONS,
            # Opening the file again for every request (and Django registering its SQL functions
            # on each new connection) cost more than the article page's queries.
            "CONN_MAX_AGE": env_int("DATABASE_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
        }
    config = dj_database_url.parse(url, conn_health_checks=True)
    if config["ENGINE"] == "django.db.backends.postgresql":
        if env_bool("DATABASE_POOL", False):
            # Django's psycopg pool; persistent connections must then stay off.
            config["OPTIONS"] = {**config.get("OPTIONS", {}), "pool": True}
            config["CONN_MAX_AGE"] = 0
        else:
            config["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
    elif config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = SQLITE_OPTIONS
        config["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
    return config


DATABASES = {"default": database_config(env("DATABASE_URL"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ---------------------------------------------------------------------------------
# Everything the cache holds must be shared by all app processes (view de-duplication, throttles,
# tag generations). Redis for a city, behind the circuit breaker (portal.cache_backends.resilient):
# short socket timeouts bound what a stopped or frozen Redis costs, and after a failure the
# breaker stops asking for CACHE_FAILURE_SECONDS. For a ward without Redis, a cache in its own
# SQLite file next to the database (portal.cache_backends.sqlite), which every process on the
# server shares, so a ward runs several gunicorn processes too. Local memory only where asked for
# (tests).
REDIS_URL = env("REDIS_URL")
CACHE_SQLITE_PATH = Path(env("CACHE_SQLITE_PATH", SQLITE_PATH.with_name("cache.sqlite3")))


def cache_config(redis_url=None, *, key_prefix="hdnd", sqlite_path=None, local_memory=None):
    """The CACHES setting: Redis at redis_url, else the shared SQLite file at sqlite_path, else
    local memory named local_memory. Every settings module builds its CACHES here."""
    if redis_url:
        default = {
            "BACKEND": "portal.cache_backends.resilient.ResilientCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": key_prefix,
            "TIMEOUT": 300,
            "OPTIONS": {
                "BACKEND": "portal.cache_backends.redis.RedisCache",
                "FAILURE_SECONDS": env_float("CACHE_FAILURE_SECONDS", 30),
                "OPTIONS": {
                    "socket_connect_timeout": env_float("REDIS_CONNECT_TIMEOUT", 0.25),
                    "socket_timeout": env_float("REDIS_SOCKET_TIMEOUT", 0.5),
                },
            },
        }
    elif sqlite_path:
        default = {
            "BACKEND": "portal.cache_backends.sqlite.SQLiteCache",
            "LOCATION": str(sqlite_path),
            "KEY_PREFIX": key_prefix,
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    else:
        default = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": local_memory or "hdnd-portal",
            "KEY_PREFIX": key_prefix,
        }
    return {"default": default}


CACHES = cache_config(
    REDIS_URL, key_prefix=env("CACHE_KEY_PREFIX", "hdnd"), sqlite_path=CACHE_SQLITE_PATH
)


# Whole reader pages in the shared cache (portal.page_cache): edits forget them at once; this is
# the longest a page is kept anyway (the view count it shows), and a proxy in front may keep a
# page for the second number of seconds (s-maxage; edits then show up after at most that long).
# PORTAL_PAGE_CACHE_SECONDS=0 turns the page cache off.
PORTAL_PAGE_CACHE_SECONDS = env_int("PORTAL_PAGE_CACHE_SECONDS", 60)
PORTAL_PAGE_CACHE_PROXY_SECONDS = env_int("PORTAL_PAGE_CACHE_PROXY_SECONDS", 10)

# --- Auth -----------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First: refuses any login attempt from a locked-out account or address.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "admin:login"
# Where a login lands when its `next` is missing or refused (Django's default is a 404 here).
LOGIN_REDIRECT_URL = "admin:index"

# Lockout of password guessing (django-axes), counted in the database so that every app process
# sees it. Per account and, separately, per client address (portal.clients: the same
# TRUSTED_PROXY_COUNT rule as everywhere, IPv6 grouped by /64).
AXES_FAILURE_LIMIT = env_int("STAFF_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("STAFF_LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "portal.clients.client_network"
AXES_LOCKOUT_CALLABLE = "portal.staff_login.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]
# Failures come from the admin's login form: a wrong password, or a wrong second-factor code.
AXES_ENABLE_ACCESS_FAILURE_LOG = True

# Second factor (django-otp, TOTP with recovery codes). Required for superusers and for members
# of these groups; optional for other staff, who may enrol from the admin.
STAFF_TWO_FACTOR_REQUIRED = env_bool("STAFF_TWO_FACTOR_REQUIRED", True)
STAFF_TWO_FACTOR_GROUPS = env_list("STAFF_TWO_FACTOR_GROUPS", "Biên tập viên")
STAFF_RECOVERY_CODES = 10
OTP_TOTP_ISSUER = env("PORTAL_SITE_SHORT_NAME", "HĐND thành phố Minh Giang")
# Each wrong code doubles the wait before the next one is checked (django-otp's throttling).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# Staff sessions: an idle limit and a shorter absolute lifetime than Django's 14 days.
SESSION_COOKIE_AGE = env_int("STAFF_SESSION_MAX_AGE", 10 * 3600)
STAFF_SESSION_IDLE_SECONDS = env_int("STAFF_SESSION_IDLE_SECONDS", 2 * 3600)

# --- Language and time ----------------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Day/month/year input formats and Vietnamese separators (portal/locale_formats/vi/formats.py).
FORMAT_MODULE_PATH = ["portal.locale_formats"]
# Grouping every number a template prints would also group ids in addresses and attributes;
# the staff forms that take grouped numbers use portal.form_fields instead.
USE_THOUSAND_SEPARATOR = False
# Vietnamese for the admin strings Django's own catalog lacks; `make install` compiles it.
LOCALE_PATHS = [BASE_DIR / "locale"]
DEFAULT_CHARSET = "utf-8"

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Uploads: the local MEDIA_ROOT, or with MEDIA_S3_BUCKET an S3-compatible object store that
# every app server shares (portal.storage). Objects get no ACL unless MEDIA_S3_ACL names one:
# make the bucket (or MEDIA_S3_CUSTOM_DOMAIN in front of it) publicly readable by its policy.
# URLs are unsigned by default, because pages holding them are cached far longer than a
# signature lasts.
MEDIA_S3_BUCKET = env("MEDIA_S3_BUCKET")


def media_storage(bucket):
    if not bucket:
        return {"BACKEND": "portal.storage.MediaFileSystemStorage"}
    from botocore.config import Config

    options = {
        "bucket_name": bucket,
        "endpoint_url": env("MEDIA_S3_ENDPOINT_URL"),
        "region_name": env("MEDIA_S3_REGION"),
        "access_key": env("MEDIA_S3_ACCESS_KEY_ID"),
        "secret_key": env("MEDIA_S3_SECRET_ACCESS_KEY"),
        "custom_domain": env("MEDIA_S3_CUSTOM_DOMAIN"),
        "location": env("MEDIA_S3_PREFIX", ""),
        "default_acl": env("MEDIA_S3_ACL"),
        "addressing_style": env("MEDIA_S3_ADDRESSING_STYLE"),
        "querystring_auth": env_bool("MEDIA_S3_SIGNED_URLS", False),
        # Never replace an object: a name taken gets another, like the local folder.
        "file_overwrite": False,
        # A store that does not answer fails the upload in seconds, not a gunicorn timeout.
        "client_config": Config(
            connect_timeout=5, read_timeout=20, retries={"max_attempts": 3, "mode": "standard"}
        ),
    }
    return {
        "BACKEND": "portal.storage.MediaS3Storage",
        "OPTIONS": {key: value for key, value in options.items() if value is not None},
    }


# Council document files (PDF, Word, Excel) live outside MEDIA_ROOT: the proxy must not serve
# them itself; council.downloads sends each as an attachment with safe headers.
COUNCIL_FILES_ROOT = Path(env("COUNCIL_FILES_ROOT", BASE_DIR / "council-files"))
STORAGES = {
    "default": media_storage(MEDIA_S3_BUCKET),
    "council_documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": COUNCIL_FILES_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# What `manage.py backup` carries besides the database: {folder in the archive: storage alias}.
BACKUP_FILE_STORAGES = {"media/": "default", "council-files/": "council_documents"}
# Form fields other than files keep Django's 2.5 MB limit (readers' posts are tiny); image
# uploads are limited by NEWS_IMAGE_MAX_BYTES and, in front of it, the proxy's body size.
FILE_UPLOAD_PERMISSIONS = 0o644
# Django serves MEDIA_URL itself only in development and tests; in production the proxy does.
SERVE_MEDIA = False

# --- Backups (portal.backup) -----------------------------------------------------------------
# Where `manage.py backup` writes its archives; never under MEDIA_ROOT or STATIC_ROOT (refused).
BACKUP_DIR = Path(env("BACKUP_DIR", BASE_DIR / "backups"))
# Archives kept; older ones are removed after each successful backup.
BACKUP_KEEP = env_int("BACKUP_KEEP", 14)
# Folder of pg_dump/pg_restore matching the server's major version; empty: found on PATH.
BACKUP_PG_BIN_DIR = env("BACKUP_PG_BIN_DIR", "")

# --- Rich text editor (CKEditor 5) --------------------------------------------------------
# Uploads go to our own view (news.uploads), which validates and re-encodes every image; the
# package's view is not routed. Its permission setting is still set explicitly because a wrong
# value there fails open. Note the package spells the view setting CK_EDITOR_5_….
CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "news_image_upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp"]
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": "vi",
        "toolbar": [
            "heading",
            "|",
            "bold",
            "italic",
            "link",
            "bulletedList",
            "numberedList",
            "blockQuote",
            "|",
            "insertTable",
            "imageUpload",
            "|",
            "undo",
            "redo",
        ],
        # Only the levels the article page styles (the page title is the h1).
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Đoạn văn", "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Tiêu đề mục",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Tiêu đề nhỏ",
                    "class": "ck-heading_heading3",
                },
                {
                    "model": "heading4",
                    "view": "h4",
                    "title": "Tiêu đề phụ",
                    "class": "ck-heading_heading4",
                },
            ]
        },
        "link": {"defaultProtocol": "https://"},
        "image": {
            "toolbar": ["imageTextAlternative", "toggleImageCaption"],
            "upload": {"types": ["jpeg", "png", "gif", "webp"]},
        },
        "table": {
            "contentToolbar": ["tableColumn", "tableRow", "mergeTableCells", "toggleTableCaption"]
        },
    }
}
# Staff image uploads (news.images): bytes per file, and pixels per image, checked from the
# header before decoding so a small file declaring a huge canvas is refused cheaply.
NEWS_IMAGE_MAX_BYTES = env_int("NEWS_IMAGE_MAX_BYTES", 10 * 1024 * 1024)
NEWS_IMAGE_MAX_PIXELS = env_int("NEWS_IMAGE_MAX_PIXELS", 40_000_000)

# --- Captcha (django-simple-captcha) -------------------------------------------------------
CAPTCHA_TIMEOUT = 10  # minutes an answer stays valid
CAPTCHA_IMAGE_SIZE = (150, 50)
CAPTCHA_FONT_SIZE = 32
# Digits, which read naturally in Vietnamese; the picture keeps rotation, arcs and dots.
CAPTCHA_CHALLENGE_FUNCT = "portal.captcha.digit_challenge"
CAPTCHA_NOISE_FUNCTIONS = ("captcha.helpers.noise_arcs", "captcha.helpers.noise_dots")
# The spoken alternative ("Nghe mã xác nhận") is read by espeak-ng's Vietnamese voice; it is
# offered only when espeak-ng is found (scripts/system-deps.sh installs it on Debian). The
# library's own flite view is not routed.
CAPTCHA_ESPEAK_PATH = env("CAPTCHA_ESPEAK_PATH", shutil.which("espeak-ng"))
CAPTCHA_ESPEAK_VOICE = env("CAPTCHA_ESPEAK_VOICE", "vi")
CAPTCHA_FLITE_PATH = None

# --- Comments -------------------------------------------------------------------------------
COMMENTS_CONTENT_MIN = env_int("COMMENTS_CONTENT_MIN", 10)
COMMENTS_CONTENT_MAX = env_int("COMMENTS_CONTENT_MAX", 3000)
# Seconds a person needs at least between seeing the form and sending it; bots are faster.
COMMENTS_MIN_SECONDS = env_int("COMMENTS_MIN_SECONDS", 3)
# Comments one client address may send per window (kept in the shared cache). 0 disables.
COMMENTS_RATE_LIMIT = env_int("COMMENTS_RATE_LIMIT", 5)
COMMENTS_RATE_WINDOW = env_int("COMMENTS_RATE_WINDOW", 600)
# Captchas one address may draw per window (each writes a row); generous for a shared office.
COMMENTS_CAPTCHA_RATE_LIMIT = env_int("COMMENTS_CAPTCHA_RATE_LIMIT", 60)
# Links allowed in the body of one comment (none in the name or title).
COMMENTS_MAX_LINKS = env_int("COMMENTS_MAX_LINKS", 2)
# Days before `manage.py purge_comment_senders` blanks a comment's phone, address hash and browser.
COMMENTS_SENDER_RETENTION_DAYS = env_int("COMMENTS_SENDER_RETENTION_DAYS", 180)

# --- Security -------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# No script of ours reads the CSRF cookie: comments.js and polls.js get the token from the page
# or from the form's start data.
CSRF_COOKIE_HTTPONLY = True
# A Vietnamese page (or JSON for the poll and comment scripts) instead of Django's English one.
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
# Content-Security-Policy for every page, the admin included (portal.security). Our pages run
# no inline scripts; inline styles stay allowed for CKEditor 5 and the admin. Images come from
# our own origin and the hosts in PORTAL_CSP_IMG_HOSTS only (no tracking pixels in staff HTML).
PORTAL_CSP_IMG_HOSTS = env_list("PORTAL_CSP_IMG_HOSTS")
PORTAL_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", *PORTAL_CSP_IMG_HOSTS],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    # Session videos, framed only after the reader clicks (portal.video.FRAME_ORIGINS).
    "frame-src": ["https://www.youtube-nocookie.com", "https://www.facebook.com"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
    "report-uri": ["/.well-known/csp-report"],
}
# Violation reports one client address may send per minute; the rest are dropped unread.
PORTAL_CSP_REPORT_LIMIT = env_int("PORTAL_CSP_REPORT_LIMIT", 20)
# Report violations in the browser console instead of blocking (to try a changed policy first).
PORTAL_CSP_REPORT_ONLY = env_bool("PORTAL_CSP_REPORT_ONLY", False)
PORTAL_PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
# Behind a reverse proxy, the number of trusted proxies in front of the app. 0 means the client
# address is REMOTE_ADDR and X-Forwarded-For is ignored.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Addresses of those proxies: X-Forwarded-Proto (HTTPS or not) is believed only from them.
TRUSTED_PROXY_ADDRESSES = env_list("TRUSTED_PROXY_ADDRESSES", "127.0.0.1,::1")
# Salt for hashing client addresses (votes, comments, rate limits); raw addresses are never stored.
ADDRESS_HASH_SALT = env("ADDRESS_HASH_SALT", "")
# /.well-known/security.txt (RFC 9116): where to report a vulnerability, and until when it holds.
SECURITY_CONTACT = env("PORTAL_SECURITY_CONTACT", f"mailto:{PORTAL_OFFICE['email']}")
SECURITY_TXT_EXPIRES = env("PORTAL_SECURITY_TXT_EXPIRES")

# --- Polls ----------------------------------------------------------------------------------
# Votes one client address may cast in one poll per window (clearing cookies gives a new voter
# key, not a new address). Generous: a whole office may vote from behind one address. 0 disables.
POLLS_MAX_VOTES_PER_ADDRESS = env_int("POLLS_MAX_VOTES_PER_ADDRESS", 50)
POLLS_THROTTLE_SECONDS = env_int("POLLS_THROTTLE_SECONDS", 24 * 3600)
# purge_poll_voters anonymizes ballots older than this (address hashes; voter keys once closed).
POLLS_VOTER_RETENTION_DAYS = env_int("POLLS_VOTER_RETENTION_DAYS", 180)
# How long the sidebar keeps the current poll cached (staff edits clear it at once).
POLLS_WIDGET_CACHE_SECONDS = env_int("POLLS_WIDGET_CACHE_SECONDS", 60)

# --- Council records (documents and sessions) ------------------------------------------------
# One document file at most this big; a ZIP-based file (DOCX, XLSX, ODT) may unpack to at most
# COUNCIL_FILE_MAX_UNPACKED_BYTES; a PDF may have at most COUNCIL_PDF_MAX_PAGES pages.
COUNCIL_FILE_MAX_BYTES = env_int("COUNCIL_FILE_MAX_BYTES", 30 * 1024 * 1024)
COUNCIL_FILE_MAX_UNPACKED_BYTES = env_int("COUNCIL_FILE_MAX_UNPACKED_BYTES", 200 * 1024 * 1024)
COUNCIL_PDF_MAX_PAGES = env_int("COUNCIL_PDF_MAX_PAGES", 3000)
# The news categories that report on the council's sessions and documents: in the site menu the
# council's "Kỳ họp" and "Văn bản" pages take their place, and each side links to the other.
COUNCIL_NEWS_CATEGORIES = {
    "sessions": env("COUNCIL_SESSIONS_CATEGORY", "ky-hop"),
    "documents": env("COUNCIL_DOCUMENTS_CATEGORY", "nghi-quyet-hdnd"),
}
# Rows in one bulk import of documents (council.imports).
COUNCIL_IMPORT_MAX_ROWS = env_int("COUNCIL_IMPORT_MAX_ROWS", 2000)

# --- Voters' petitions and citizens' questions (council.petitions) ----------------------------
# The form "Gửi câu hỏi, kiến nghị" shares the comment form's captcha, honeypot and start note.
PETITIONS_TITLE_MAX = env_int("PETITIONS_TITLE_MAX", 200)
PETITIONS_CONTENT_MIN = env_int("PETITIONS_CONTENT_MIN", 20)
PETITIONS_CONTENT_MAX = env_int("PETITIONS_CONTENT_MAX", 5000)
PETITIONS_MAX_LINKS = env_int("PETITIONS_MAX_LINKS", 2)
PETITIONS_MIN_SECONDS = env_int("PETITIONS_MIN_SECONDS", 5)
# Questions one client address may send per window; 0 disables.
PETITIONS_RATE_LIMIT = env_int("PETITIONS_RATE_LIMIT", 3)
PETITIONS_RATE_WINDOW = env_int("PETITIONS_RATE_WINDOW", 3600)
# Wrong reference codes one address may type per window ("Tra cứu"); 0 disables.
PETITIONS_LOOKUP_RATE_LIMIT = env_int("PETITIONS_LOOKUP_RATE_LIMIT", 10)
PETITIONS_LOOKUP_RATE_WINDOW = env_int("PETITIONS_LOOKUP_RATE_WINDOW", 600)
# Days after staff decided on a question (or after it was sent, if never decided) before
# `manage.py purge_petition_senders` blanks the sender's phone, e-mail, address hash and browser.
PETITIONS_SENDER_RETENTION_DAYS = env_int("PETITIONS_SENDER_RETENTION_DAYS", 365)

# --- Mail ---------------------------------------------------------------------------------
# Staff notifications (news.notifications): SMTP configured from the environment in production,
# the console in development, Django's in-memory outbox in tests.
EMAIL_BACKEND = env("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("DJANGO_EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", PORTAL_OFFICE["email"])
# Readers' actions send no mail unless an address is set here (a new comment waiting).
COMMENTS_NOTIFY_EMAIL = env("COMMENTS_NOTIFY_EMAIL", "")

# --- Logging --------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "discard": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Everything goes to the root handler once (Django's own console handler would repeat
        # each line under DEBUG).
        "django": {"handlers": [], "level": env("DJANGO_LOG_LEVEL", "INFO"), "propagate": True},
        # Scanners send bad Host headers all day; each would log a traceback. ALLOWED_HOSTS
        # already answers them with a 400.
        "django.security.DisallowedHost": {"handlers": ["discard"], "propagate": False},
        # Lockouts and failed staff logins (django-axes) and CSP violation reports.
        "axes": {"handlers": [], "level": "WARNING", "propagate": True},
        "portal.security": {"handlers": [], "level": "INFO", "propagate": True},
        # fpdf2 subsets the demo PDFs' font through fontTools, which logs every step at INFO.
        "fontTools": {"level": "WARNING"},
    },
}

# --- Topics, related articles, "Nghe bài" (news.related, news.audio) --------------------------
# django-taggit holds the topics editors choose; its tables sit beside news' own (news.Topic).
INSTALLED_APPS.insert(INSTALLED_APPS.index("news"), "taggit")
TAGGIT_CASE_INSENSITIVE = True
TAGGIT_TAGS_FROM_STRING = "news.topics.parse"
TAGGIT_STRING_FROM_TAGS = "news.topics.join"
# espeak-ng and the Opus encoder that make each article's spoken version in the background
# (manage.py make_article_audio); without espeak-ng the page simply has no player.
NEWS_AUDIO_ESPEAK_PATH = env("NEWS_AUDIO_ESPEAK_PATH", "")
NEWS_AUDIO_VOICE = env("NEWS_AUDIO_VOICE", "vi")
NEWS_AUDIO_OPUSENC_PATH = env("NEWS_AUDIO_OPUSENC_PATH", "")
# Words read per minute (espeak-ng -s) and the longest text read, in characters.
NEWS_AUDIO_SPEED = env_int("NEWS_AUDIO_SPEED", 150)
NEWS_AUDIO_MAX_CHARS = env_int("NEWS_AUDIO_MAX_CHARS", 40000)
NEWS_AUDIO_TIMEOUT = env_int("NEWS_AUDIO_TIMEOUT", 300)
# Whether `load_demo` (make run) reads the demo articles aloud when the tools are there.
NEWS_AUDIO_DEMO = env_bool("NEWS_AUDIO_DEMO", True)
# Videos in the article body: CKEditor's media embed writes <oembed url>, which news.sanitize keeps
# for YouTube and Facebook only and the page turns into a click-to-load box.
CKEDITOR_5_CONFIGS["default"]["toolbar"].insert(
    CKEDITOR_5_CONFIGS["default"]["toolbar"].index("imageUpload") + 1, "mediaEmbed"
)
CKEDITOR_5_CONFIGS["default"]["mediaEmbed"] = {
    "previewsInData": False,
    # Only the hosts portal.video accepts; the editor refuses the others as it is typed.
    "removeProviders": [
        "dailymotion", "spotify", "vimeo", "instagram", "twitter", "googleMaps", "flickr",
    ],
}  # fmt: skip

# --- "Liên hệ" (council.contact): where citizens' messages are mailed, and their limits ----------
COUNCIL_CONTACT_EMAIL = env("COUNCIL_CONTACT_EMAIL", "")
COUNCIL_CONTACT_RATE_LIMIT = env_int("COUNCIL_CONTACT_RATE_LIMIT", 3)
COUNCIL_CONTACT_RATE_WINDOW = env_int("COUNCIL_CONTACT_RATE_WINDOW", 3600)
COUNCIL_CONTACT_MIN_SECONDS = env_int("COUNCIL_CONTACT_MIN_SECONDS", 3)
