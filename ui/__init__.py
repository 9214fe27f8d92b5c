"""The Qt front end: thin widgets over `storage` services. No SQLAlchemy here."""
