"""pathfinder: an assistant that recommends stackable upskilling pathways through micro-credentials."""

__version__ = "0.1.0"
