"""Reports: statistics and occupancy, the audit log, app usage."""
