"""Which piece of a captured page is what: category, title, date, view count, lead, body,
captions and byline; and which is page furniture, dropped.

Old portals print an article in a few shapes (see README, "Nhập bài từ cổng cũ"):

1. category, title, then a date line `14/03/2021 | 08:05 | View Count: 2310`;
2. category, title, then the lead opening with its time: `(15:45:00 02/06/2022) Sáng ngày…`;
3. the title with its time after it, `… thường kỳ (08:30 14/05/2021)`, then the lead;
4. a toolbar `Print Thứ Sáu, 07/05/2021 09:20 Gốc` before the body, the title only in a
   `QR CODE: <title>` line among the widgets further down.

Whatever the shape, the page's widgets, forms and lists of other articles are dropped, and so
are lines the old portal's encoding garbled; the body ends at the first heading of what follows
an article ("Tin khác", "Các bài mới đăng", "Gửi bình luận"). A page in none of these shapes
still gives its first line as the title, with a warning that no date was found.
"""

from __future__ import annotations

from . import cleanup
from .items import Block, LegacyArticle, Refused

MAX_TITLE = 255
NO_TITLE = "Không tìm thấy tiêu đề bài viết."
NO_BODY = "Bài không có nội dung (chỉ có tiêu đề)."
TITLE_TOO_LONG = "Dòng tiêu đề dài hơn 255 ký tự: có lẽ không phải tiêu đề."
NO_DATE = "Không tìm thấy ngày đăng; bài được nhập không có ngày."


def _text_blocks(blocks):
    """Tidy the text of each block; drop empty, garbled and furniture-only lines."""
    kept = []
    for block in blocks:
        if block.kind == "img":
            block.text = cleanup.tidy(block.text)
            kept.append(block)
            continue
        block.text = cleanup.tidy(block.text)
        if not block.text or (block.kind != "html" and cleanup.is_mojibake(block.text)):
            continue
        kept.append(block)
    return kept


def _anchor(blocks, title_hint):
    """(shape, index) of the block that fixes where the title and body are."""
    for i, block in enumerate(blocks):
        if block.kind not in ("p", "h"):
            continue
        line = block.text
        if title_hint and cleanup.same_text(line, title_hint):
            return "title", i
        if cleanup.is_end_marker(line) and i > 0:
            break
        if cleanup.is_date_line(line):
            return "dateline", i
        if cleanup.is_toolbar(line):
            return "toolbar", i
        if cleanup.title_with_time(line):
            return "titletime", i
        if cleanup.lead_with_time(line) and i > 0:
            return "leadtime", i
    return None, -1


def _previous_text(blocks, index):
    """The nearest text block before index that is not furniture, and its index."""
    for j in range(index - 1, -1, -1):
        block = blocks[j]
        if block.kind in ("p", "h") and not cleanup.is_furniture(block.text):
            return block.text, j
    return "", -1


def _clean_body(blocks, title, category):
    body = []
    for block in blocks:
        if block.kind in ("img", "html"):
            body.append(block)
            continue
        line = block.text
        if cleanup.is_end_marker(line):
            break
        if (
            cleanup.is_furniture(line)
            or cleanup.qr_title(line)
            or cleanup.is_date_line(line)
            or cleanup.is_toolbar(line)
            or cleanup.same_text(line, title)
            or (category and cleanup.same_text(line, category) and not body)
        ):
            continue
        body.append(block)
    return body


def _split_tail(body, article):
    """Take the byline and the "Nguồn:" line off the end of the body."""
    for _ in range(2):
        if not body or body[-1].kind not in ("p", "h"):
            return
        line = body[-1].text
        source = cleanup.source_of(line)
        if source and not article.source:
            article.source = source[:200]
        elif not article.byline and cleanup.looks_like_byline(line) and len(body) > 1:
            article.byline = line.strip("()")[:200]
        else:
            return
        body.pop()


def _split_lead(body, article):
    """The lead is the first paragraph (not a caption before it) unless one was given."""
    if article.sapo:
        return
    for i, block in enumerate(body):
        if block.kind != "p":
            if block.kind == "img":
                continue
            return
        if cleanup.looks_like_paragraph(block.text):
            article.sapo = block.text
            del body[i]
            return
        if i >= 2:
            return


def _mark_captions(body):
    for i, block in enumerate(body):
        if block.kind != "p" or not cleanup.looks_like_caption(block.text):
            continue
        previous = body[i - 1] if i else None
        if previous is not None and previous.kind == "img" and not previous.text:
            previous.text = block.text
            block.kind = "drop"
        else:
            block.kind = "caption"
    body[:] = [b for b in body if b.kind != "drop"]


def analyse(
    blocks: list[Block],
    article: LegacyArticle,
    *,
    title_hint: str = "",
    date_hint=None,
    category_hint: str = "",
    known_categories=frozenset(),
) -> LegacyArticle:
    """Fill article from the blocks of a captured page; raise Refused when it has no title or
    no body. known_categories: folded names of the portal's categories (a first line naming
    one is the category, not the title)."""
    blocks = _text_blocks(blocks)
    lines = [b.text for b in blocks if b.kind in ("p", "h")]
    qr = next((cleanup.qr_title(line) for line in lines if cleanup.qr_title(line)), "")
    short = [line for line in lines if len(line) <= 80]
    views = next((v for v in map(cleanup.views_in, short) if v is not None), None)
    shape, at = _anchor(blocks, title_hint)
    title, category, body_from, published = "", "", 0, None

    if shape == "title":
        title = title_hint
        category = _previous_text(blocks, at)[0]
        body_from = at + 1
        nxt = next((b.text for b in blocks[at + 1 : at + 3] if b.kind == "p"), "")
        if cleanup.is_date_line(nxt):
            published = cleanup.find_datetime(nxt)
    elif shape == "dateline":
        published = cleanup.find_datetime(blocks[at].text)
        title, t = _previous_text(blocks, at)
        category = _previous_text(blocks, t)[0] if t > 0 else ""
        body_from = at + 1
        if qr and (not title or cleanup.is_toolbar(title)):
            title = qr
    elif shape == "toolbar":
        published = cleanup.find_datetime(blocks[at].text)
        before, b = _previous_text(blocks, at)
        title = qr or before
        category = before if qr else (_previous_text(blocks, b)[0] if b > 0 else "")
        body_from = at + 1
        if not title:
            first = next((x for x in blocks[at + 1 :] if x.kind in ("p", "h")), None)
            title = first.text if first else ""
    elif shape == "titletime":
        title, published = cleanup.title_with_time(blocks[at].text)
        category = _previous_text(blocks, at)[0]
        body_from = at + 1
    elif shape == "leadtime":
        published, lead = cleanup.lead_with_time(blocks[at].text)
        title, t = _previous_text(blocks, at)
        category = _previous_text(blocks, t)[0] if t > 0 else ""
        article.sapo = lead
        body_from = at + 1
    else:
        texts = [(i, b.text) for i, b in enumerate(blocks) if b.kind in ("p", "h")]
        texts = [(i, line) for i, line in texts if not cleanup.is_furniture(line)]
        if title_hint:
            title = title_hint
        elif qr:
            title = qr
        elif texts:
            first_i, first = texts[0]
            name = cleanup.category_name(first)
            is_category = (
                len(texts) > 1
                and name
                and (cleanup.comparable(name) in known_categories or name != first or category_hint)
            )
            if is_category:
                category = name
                first_i, first = texts[1]
            title, body_from = first, first_i + 1
        if title_hint or qr:
            body_from = 0

    title = cleanup.tidy(title)
    if not title or cleanup.is_furniture(title) or cleanup.is_date_line(title):
        raise Refused(NO_TITLE)
    if not any(ch.isalpha() for ch in title):
        raise Refused(NO_TITLE)
    if len(title) > MAX_TITLE:
        raise Refused(TITLE_TOO_LONG)
    article.title = title
    article.category = category_hint or cleanup.category_name(category)
    article.published_at = published or date_hint
    if article.published_at is None:
        article.warnings.append(NO_DATE)
    if article.view_count is None:
        article.view_count = views
    body = _clean_body(blocks[body_from:], title, article.category)
    _split_tail(body, article)
    _split_lead(body, article)
    _mark_captions(body)
    article.blocks = body
    if not article.sapo and not any(b.kind in ("p", "caption", "html", "h") for b in body):
        raise Refused(NO_BODY)
    return article
