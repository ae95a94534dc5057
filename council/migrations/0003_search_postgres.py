"""PostgreSQL only: trigram indexes for the accent-insensitive search of documents and sessions
(LIKE '%word%' on the tone-folded columns), as news 0004 does for articles."""

from django.db import migrations

INDEXES = {
    "council_doc_search_trgm": "council_document",
    "council_ses_search_trgm": "council_session",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_folded gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("council", "0002_document_kinds_and_clerk_role"), ("news", "0004_search_postgres")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
