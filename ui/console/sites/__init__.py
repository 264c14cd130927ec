"""Sites: opening hours, closed dates, lock-screen message and charter."""
