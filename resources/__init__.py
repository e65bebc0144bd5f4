"""Shipped content: scripts, rules, tips, checklists, translations, icons (installed as kamdesk.resources)."""
