"""Backups of the whole site, and restoring them: `manage.py backup` and `manage.py restore`.

One dated tar archive holds a consistent copy of the database (made by the backend module for
its vendor: postgresql.py with pg_dump/pg_restore, sqlite.py with SQLite's online backup API),
the media files (media.py, through the storage API, so from a local folder or an object store),
and a manifest with the row count of every table, the schema's constraints and indexes, the
applied migrations and the SHA-256 of every file (archive.py). A restore checks all of that
before it touches anything.
"""
