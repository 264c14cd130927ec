"""Visitors: accounts, CSV import and export, guest tickets."""
