"""kamdesk: an offline-first desktop app for field sales reps who manage key accounts."""

__version__ = "0.1.0"
