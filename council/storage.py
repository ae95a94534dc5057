"""Where document files live: the "council_documents" storage (settings.STORAGES), outside
MEDIA_ROOT, so the web server never serves them itself (it would open a PDF in the browser, or
guess a type); readers get them only through council.downloads."""

from django.core.files.storage import storages

STORAGE_NAME = "council_documents"


def document_storage():
    """The storage for DocumentFile.file (a callable, so migrations do not freeze the path)."""
    return storages[STORAGE_NAME]
