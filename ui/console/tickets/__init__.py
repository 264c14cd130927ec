"""Guest tickets: batches, their sheets to print."""
