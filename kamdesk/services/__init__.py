"""Use cases in plain Python (no Qt): they take a Session and return plain data."""
