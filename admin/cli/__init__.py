"""The admin CLI: ``epn <noun> <verb>``, one module of commands per area."""
