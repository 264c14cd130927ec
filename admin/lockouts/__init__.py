"""Limits on failed sign-ins, and staff seeing and clearing them."""
