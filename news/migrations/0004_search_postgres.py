"""PostgreSQL only: a trigram index so accent-insensitive search stays fast as articles pile up.

news.search filters with LIKE '%word%' on the tone-folded column search_folded; a GIN index with
pg_trgm's gin_trgm_ops serves those filters (an ordinary B-tree cannot). SQLite scans the column
instead and needs nothing here. The index is not in Article.Meta because SQLite cannot build it.
pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
"""

from django.db import migrations

INDEX = "news_art_search_trgm"


def create_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON news_article USING gin (search_folded gin_trgm_ops)"
    )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The extension stays: other objects may have come to depend on it.
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("news", "0003_newsroom_roles")]

    operations = [migrations.RunPython(create_trigram_index, drop_trigram_index, elidable=False)]
