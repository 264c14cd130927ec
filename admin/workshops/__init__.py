"""Workshops: initiations, trainings, workshops and courses on held stations (issue 17)."""
