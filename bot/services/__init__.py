"""Domain services: they take and return plain values and own their transactions."""
