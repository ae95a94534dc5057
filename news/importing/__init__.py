"""Importing the archive of the portal this one replaces (`manage.py import_articles`).

- `sources`: finds the files, tells their format and decodes their bytes (`encoding`);
- one reader per format, each yielding `items.LegacyArticle`: `text_capture` (page text saved
  from the old portal, analysed by `capture`), `html_page` (saved pages, through trafilatura),
  `wxr` (a WordPress export) and `csv_export` (title, date, category, body, views, old address);
- `runner`: writes each article in its own transaction through the model's own cleaning, with
  its pictures, its old addresses (news.legacy_redirects) and its import record;
- `report`: the counts and reasons, on screen and as JSON, and the progress output.
"""
