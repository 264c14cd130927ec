"""Building blocks of the server with no domain rule: errors, clock, secrets, audit rows, notifications, safe logs and CSV, the actors."""
