"""The server's SQLite database: the store (one write path) and its migrations."""
