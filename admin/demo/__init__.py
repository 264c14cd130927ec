"""Sample data for ``epn demo``."""
