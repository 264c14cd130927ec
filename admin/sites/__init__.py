"""Sites: opening hours (pure rules), lock-screen texts and charter settings, charter acceptances."""
