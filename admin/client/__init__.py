"""The staff API client used by the console and the CLI, one module of calls per area."""
