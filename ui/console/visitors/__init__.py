"""Visitors: accounts, their use, CSV import and export, lockouts of cards."""
