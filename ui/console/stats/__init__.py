"""Statistics of use: the period's figures, charts, CSV export."""
