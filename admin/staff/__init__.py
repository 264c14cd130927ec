"""Staff: what the desk asks (log in, stations, sessions, commands) and the accounts."""
