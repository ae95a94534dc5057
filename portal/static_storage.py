"""The static files' storage in production: whitenoise's compressed manifest storage, with each
address worked out once per process.

The manifest cannot change while a process runs (collectstatic, then a restart), and every page
names a dozen static files, so `{% static %}` answers from a small table after the first time.
"""

import threading

from whitenoise.storage import CompressedManifestStaticFilesStorage

MAX_REMEMBERED = 1000


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._addresses: dict[str, str] = {}
        self._lock = threading.Lock()

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        address = self._addresses.get(name)
        if address is None:
            address = super().url(name)
            with self._lock:
                if len(self._addresses) < MAX_REMEMBERED:
                    self._addresses[name] = address
        return address
