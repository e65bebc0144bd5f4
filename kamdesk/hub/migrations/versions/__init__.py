"""Hub store revisions."""
