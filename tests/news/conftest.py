import pytest


@pytest.fixture
def media_root(settings, tmp_path):
    """An empty MEDIA_ROOT for this test, so tests can see exactly which files were written."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    return root


def stored_files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
