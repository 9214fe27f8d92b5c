"""Persistence: the models, the engine and its one sessionmaker, migrations, and the
services that carry out each user action in a transaction of its own.

Everything a service returns is plain data (see `storage.records`), so callers in
`ui/` never touch SQLAlchemy.
"""
