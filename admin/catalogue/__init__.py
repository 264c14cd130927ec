"""The app catalogue: the pure choice rule, its loaders and its editing."""
