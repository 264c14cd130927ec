"""Test helpers shared by unit, integration, GUI and end-to-end tests."""
