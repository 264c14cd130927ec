"""The Reports page: the label report as a file (PDF, XLSX, CSV ZIP)."""
