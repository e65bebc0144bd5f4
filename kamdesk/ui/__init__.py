"""The desktop window: widgets, dialogs, item models and the task runner (the only Qt layer)."""
