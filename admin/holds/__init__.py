"""Stations held ahead of time (bookings, group bookings, workshops) and the desk's queue."""
