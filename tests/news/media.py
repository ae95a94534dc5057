"""What a test left in its MEDIA_ROOT (see the media_root fixture): which files were written."""


def stored_files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
