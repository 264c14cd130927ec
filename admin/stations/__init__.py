"""Stations: the server's end of a station's link (sign-in, events, commands), staff commands, the kiosk's staff panel, looking after stations."""
