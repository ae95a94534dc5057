"""Find and remove image files in the storage that no article uses any more.

Covers clean up after themselves when they are replaced or deleted (news.models), but files can
still be orphaned: an image uploaded into the editor and then cut from the body, an article
form abandoned after its cover was stored, rows removed with a raw query, or a write killed
half-way (the storage's hidden temporary files). The sweep works through the storage API, so
it is the same on the local folder and on an object store.

A file is kept while any article's cover or body mentions its stem (the original and all its
renditions share it), and every file younger than the grace period is kept, because an editor
may be writing the article its image was just uploaded for.
"""

import datetime
import posixpath
import re
from dataclasses import dataclass, field

from django.core.files.storage import default_storage
from django.utils import timezone

from portal.storage import STORAGE_ERRORS, TEMPORARY_PREFIX

from . import images
from .models import Article

FOLDER = "articles"
# The stem of a stored image: the dated folder and the random name, without rendition or type.
STEM = re.compile(rf"{FOLDER}/\d{{4}}/\d{{2}}/[0-9a-f]{{32}}")


def stem_of(name):
    match = STEM.search(name)
    return match.group(0) if match else None


def used_stems():
    """Stems of every file a cover or an article body refers to."""
    stems = set()
    articles = Article.objects.only("cover_image", "cover_renditions", "body")
    for article in articles.iterator(chunk_size=500):
        for name in article.cover_files():
            stems.add(stem_of(name) or name)
        stems.update(STEM.findall(article.body))
    return stems


def stored_names(folder=FOLDER):
    """Every file under folder, walking the storage (local folder or object store)."""
    directories, files = default_storage.listdir(folder)
    for name in files:
        yield posixpath.join(folder, name)
    for directory in directories:
        yield from stored_names(posixpath.join(folder, directory))


@dataclass
class SweepResult:
    removed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    kept_recent: int = 0


def sweep(grace=datetime.timedelta(hours=24), dry_run=False, now=None) -> SweepResult:
    result = SweepResult()
    try:
        names = list(stored_names())
    except FileNotFoundError:  # nothing was ever uploaded
        return result
    used = used_stems()
    cutoff = (now or timezone.now()) - grace
    orphans = []
    for name in names:
        temporary = posixpath.basename(name).startswith(TEMPORARY_PREFIX)
        if not temporary and (stem_of(name) in used or name in used):
            continue
        try:
            recent = default_storage.get_modified_time(name) > cutoff
        except STORAGE_ERRORS:
            recent = True  # gone meanwhile or unreadable: leave it for the next run
        if recent:
            result.kept_recent += 1
        else:
            orphans.append(name)
    if dry_run:
        result.removed = orphans
        return result
    result.failed = images.delete_files(orphans)
    result.removed = [name for name in orphans if name not in result.failed]
    return result
