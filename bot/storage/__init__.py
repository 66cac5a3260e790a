"""Storage: SQLAlchemy models, the engine and sessions, queries, Alembic migrations."""
