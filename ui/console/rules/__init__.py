"""Time allowances and session rules per visitor category, city-wide or a site's."""
