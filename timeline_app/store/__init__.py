"""The SQLite store (SQLAlchemy 2): the only package that knows SQL. Use `repositories.Store`."""
