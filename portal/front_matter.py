"""Read text files that open with `key: value` lines between two `---` lines (demo articles)."""

from pathlib import Path

FENCE = "---\n"


def parse(text: str, name: str = "text") -> tuple[dict[str, str], str]:
    """Split text into its front matter (values as written, stripped) and the body after it."""
    if not text.startswith(FENCE):
        raise ValueError(f"{name}: front matter must open with a '---' line")
    head, fence, body = text[len(FENCE) :].partition("\n" + FENCE)
    if not fence:
        raise ValueError(f"{name}: front matter is not closed by a '---' line")
    meta = {}
    for number, line in enumerate(head.split("\n"), start=2):
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon or not key or key in meta:
            raise ValueError(f"{name}, line {number}: expected a new 'key: value', got {line!r}")
        meta[key] = value.strip()
    return meta, body


def read(path: Path) -> tuple[dict[str, str], str]:
    return parse(path.read_text(encoding="utf-8"), name=path.name)
