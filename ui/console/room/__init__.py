"""The room: every station as a tile or a line, and the desk's commands to them."""
