"""Class sessions: a teacher holds a room's PCs for a slot and acts on them all (docs/ARCHITECTURE.md)."""
