"""SQLAlchemy models, Alembic migrations, the loader, read views and exports."""
