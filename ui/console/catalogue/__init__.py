"""The app catalogue: apps, profiles, which profile each station offers."""
