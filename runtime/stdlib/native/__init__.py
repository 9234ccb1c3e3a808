"""Native stdlib modules (see runtime/stdlib/__init__.py)."""
