"""gunicorn settings for the portal.

    gunicorn -c deploy/gunicorn.conf.py portal.wsgi:application

Threaded workers (gthread): a request that waits on the database, Redis or the object store
lets another thread run. Most answers now come from the page cache and remembered blocks and
keep the CPU busy, so a few threads per process are enough: on 2 cores, 4 threads served a
drawn article 1.7 times as fast as 8, with a third of the slowest answers' time. The cache is
shared between processes (Redis, or without it the SQLite cache file), so one process per core.
Each GUNICORN_* variable overrides its default.
"""

import multiprocessing
import os


def _int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
workers = _int("GUNICORN_WORKERS", multiprocessing.cpu_count())
threads = _int("GUNICORN_THREADS", 4)

# A request still running after this is stuck (the slowest page, an image upload with its
# renditions, takes a few seconds); the worker is restarted rather than holding its threads.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 30
keepalive = 5

# Restart each worker after about this many requests, at different moments thanks to the jitter,
# so a slow leak never grows and the workers never all restart at once.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = max(1, max_requests // 10)

# The reverse proxy in front is the only client; its X-Forwarded-* headers are trusted from here.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

# Logs go to stdout/stderr (journald under systemd). The access log leaves the reader's address
# out: the portal keeps only salted hashes of addresses, and the proxy's log has them when needed.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'

# Refuse absurd request lines and headers before Django sees them.
limit_request_line = 8190
limit_request_fields = 100
