"""How editors type topics: comma-separated names, each kept whole ("Kỳ họp thứ Mười hai").

django-taggit's default splits a line without commas at every space, which would cut every
Vietnamese topic into syllables; settings point TAGGIT_TAGS_FROM_STRING here instead.
"""

from portal import text

MAX_TOPICS = 10


def parse(value: str) -> list[str]:
    """'Kỳ họp, Ngân sách; Giáo dục' → ['Giáo dục', 'Kỳ họp', 'Ngân sách'] (NFC, unique, sorted)."""
    cleaned = text.squash_spaces(value or "").replace(";", ",").replace("\n", ",")
    names = {" ".join(part.strip(" \"'").split())[:100] for part in cleaned.split(",")}
    return sorted(name for name in names if name)[:MAX_TOPICS]


def join(tags) -> str:
    """The topics back as the editor types them."""
    return ", ".join(sorted(tag.name for tag in tags))
