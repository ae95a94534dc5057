from pathlib import Path

from django.conf import settings


def stored_files():
    """Every file in the document storage (the test run's own folder)."""
    root = Path(settings.COUNCIL_FILES_ROOT)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
