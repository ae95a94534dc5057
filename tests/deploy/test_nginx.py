"""deploy/nginx.conf in front of gunicorn, both started by the test on loopback ports.

Debian's nginx runs in the foreground with its own prefix, pid and temporary folders under the
test's tmp folder; gunicorn serves a throw-away SQLite copy. The app and the test's edit share a
file-based cache so an edit made outside the app process forgets the pages, as Redis would.
"""

import http.client
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
GUNICORN = Path(sys.executable).with_name("gunicorn")
# TEST_NGINX_PORT moves both (the app listens on the next port) where 8170 is taken.
NGINX_PORT = int(os.environ.get("TEST_NGINX_PORT", "8170"))
APP_PORT = NGINX_PORT + 1
PROXY_SECONDS = 1

pytestmark = [
    pytest.mark.nginx,
    pytest.mark.skipif(not Path(NGINX).exists(), reason="needs Debian's nginx (system-deps)"),
    pytest.mark.skipif(not GUNICORN.exists(), reason="needs gunicorn in the virtualenv"),
]

SETTINGS = """
from portal.settings.test import *  # noqa: F403

CACHES = {{
    "default": {{
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": {cache!r},
    }}
}}
TRUSTED_PROXY_COUNT = 1
"""

SETUP = """
from news.models import Article, Category
from django.contrib.auth import get_user_model
from django.utils import timezone
category = Category.objects.create(name="Kỳ họp", slug="ky-hop")
Article.objects.create(title="Tiêu đề ban đầu", slug="bai-thu", category=category,
    status="published", published_at=timezone.now(), body="<p>Nội dung bài.</p>")
get_user_model().objects.create_superuser("quantri", "qt@example.org", "mat-khau-thu-nghiem")
"""

EDIT = """
from news.models import Article
article = Article.objects.get(slug="bai-thu")
article.title = "Tiêu đề đã sửa"
article.save()
"""

MAIN_CONF = """
{user}
daemon off;
master_process on;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/hdnd.conf;
}}
"""


def wait_for_port(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the process for port {port} stopped ({process.returncode})")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")


def get(path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", NGINX_PORT, timeout=10)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nginx")
    (tmp / "nginx_test_settings.py").write_text(SETTINGS.format(cache=str(tmp / "cache")))
    static = tmp / "static" / "css"
    static.mkdir(parents=True)
    (static / "site.0123456789ab.css").write_text("body { color: #222; }\n")
    (static / "site.css").write_text("body { color: #222; }\n")
    media = tmp / "media"
    media.mkdir()
    (media / "trang.html").write_text("<script>alert(1)</script>")
    (media / "hinh.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"></svg>')
    (media / "anh.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    env = {
        **os.environ,
        "PYTHONPATH": f"{tmp}{os.pathsep}{ROOT}",
        "DJANGO_SETTINGS_MODULE": "nginx_test_settings",
        "SQLITE_PATH": str(tmp / "db.sqlite3"),
        "DJANGO_MEDIA_ROOT": str(media),
        "PORTAL_PAGE_CACHE_PROXY_SECONDS": str(PROXY_SECONDS),
    }
    env.pop("DATABASE_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, timeout=180)
    subprocess.run([*manage, "shell", "-c", SETUP], env=env, check=True, timeout=60)

    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    for shipped, here in [
        ("server 127.0.0.1:8000;", f"server 127.0.0.1:{APP_PORT};"),
        ("listen 80;", f"listen 127.0.0.1:{NGINX_PORT};"),
        ("/srv/hdnd/staticfiles/", f"{tmp}/static/"),
        ("/srv/hdnd/media/", f"{media}/"),
        ("/var/cache/nginx/hdnd", f"{tmp}/micro-cache"),
    ]:
        assert shipped in conf, shipped
        conf = conf.replace(shipped, here)
    (tmp / "hdnd.conf").write_text(conf)
    # Started as root, nginx would run its workers as nobody, who cannot read the tmp folder.
    user = "user root;" if os.geteuid() == 0 else ""
    (tmp / "nginx.conf").write_text(MAIN_CONF.format(tmp=tmp, user=user))

    logs = (tmp / "gunicorn.log").open("w")
    app = subprocess.Popen(
        [str(GUNICORN), "portal.wsgi:application", "--bind", f"127.0.0.1:{APP_PORT}"]
        + ["--workers", "1", "--threads", "4", "--timeout", "30"],
        cwd=ROOT,
        env=env,
        stdout=logs,
        stderr=subprocess.STDOUT,
    )
    proxy = None
    try:
        wait_for_port(APP_PORT, app)
        proxy = subprocess.Popen(
            [NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        wait_for_port(NGINX_PORT, proxy)
        yield {"env": env, "manage": manage, "tmp": tmp}
    finally:
        if proxy is not None:
            stop(proxy)
        stop(app)
        logs.close()


def test_an_anonymous_page_is_served_from_the_micro_cache(stack):
    get("/tin-tuc/bai-thu/")
    status, headers, body = get("/tin-tuc/bai-thu/")
    assert status == 200
    assert headers["x-micro-cache"] == "HIT"
    assert "set-cookie" not in headers
    assert "Tiêu đề" in body.decode()


def test_junk_query_strings_go_to_the_app_and_are_not_kept(stack):
    get("/?utm_source=zalo")
    status, headers, _ = get("/?utm_source=zalo")
    assert status == 200
    assert headers["x-micro-cache"] == "BYPASS"
    assert headers["x-page-cache"] == "hit"  # the app's own cache ignores the junk


def test_html_is_compressed(stack):
    _, headers, _ = get("/", {"Accept-Encoding": "gzip"})
    assert headers.get("content-encoding") == "gzip"


def login_as_staff():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    base = f"http://127.0.0.1:{NGINX_PORT}"
    page = opener.open(f"{base}/quan-tri/login/", timeout=10).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = {
        "username": "quantri",
        "password": "mat-khau-thu-nghiem",
        "csrfmiddlewaretoken": token,
        "next": "/quan-tri/",
    }
    request = urllib.request.Request(
        f"{base}/quan-tri/login/",
        data=urllib.parse.urlencode(form).encode(),
        headers={"Referer": f"{base}/quan-tri/login/"},
    )
    opener.open(request, timeout=10).read()
    assert any(cookie.name == "sessionid" for cookie in jar)
    return opener


def test_a_staff_reader_is_never_served_a_cached_page(stack):
    get("/")
    assert get("/")[1]["x-micro-cache"] == "HIT"
    staff = login_as_staff()
    base = f"http://127.0.0.1:{NGINX_PORT}"
    for path in ("/", "/quan-tri/", "/quan-tri/"):
        response = staff.open(base + path, timeout=10)
        assert response.headers["X-Micro-Cache"] == "BYPASS", path
        assert response.headers.get("X-Page-Cache") is None, path
        assert "private" in response.headers["Cache-Control"], path


def test_an_edit_shows_up_through_the_proxy(stack):
    get("/")
    assert "Tiêu đề ban đầu" in get("/")[2].decode()
    subprocess.run(
        [*stack["manage"], "shell", "-c", EDIT], env=stack["env"], check=True, timeout=60
    )
    deadline = time.monotonic() + PROXY_SECONDS + 5
    body = ""
    while time.monotonic() < deadline:
        body = get("/")[2].decode()
        if "Tiêu đề đã sửa" in body:
            break
        time.sleep(0.25)
    assert "Tiêu đề đã sửa" in body


def test_static_files_with_a_hash_are_kept_a_year(stack):
    _, hashed, _ = get("/static/css/site.0123456789ab.css")
    _, plain, _ = get("/static/css/site.css")
    assert "immutable" in hashed["cache-control"]
    assert "max-age=31536000" in hashed["cache-control"]
    assert plain["cache-control"] == "max-age=3600"


@pytest.mark.parametrize("name", ["trang.html", "hinh.svg"])
def test_uploads_are_never_rendered_as_html_or_svg(stack, name):
    status, headers, _ = get(f"/media/{name}")
    assert status == 200
    assert headers["content-type"] == "application/octet-stream"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-disposition"] == "attachment"
    assert "sandbox" in headers["content-security-policy"]


def test_uploaded_pictures_keep_their_type_and_nosniff(stack):
    status, headers, _ = get("/media/anh.jpg")
    assert status == 200
    assert headers["content-type"] == "image/jpeg"
    assert headers["x-content-type-options"] == "nosniff"
