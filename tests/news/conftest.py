import pytest

from tests.factories import EditorFactory, WriterFactory


@pytest.fixture
def media_root(settings, tmp_path):
    """An empty MEDIA_ROOT for this test, so tests can see exactly which files were written
    (tests.news.media.stored_files)."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    return root


@pytest.fixture
def writer():
    return WriterFactory()


@pytest.fixture
def editor():
    return EditorFactory()
