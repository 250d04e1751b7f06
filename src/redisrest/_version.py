"""The package version, as a literal so that reading it costs no import of importlib.metadata."""

__version__ = "0.1.0"
